from .base import *

DEBUG = False
SECRET_KEY = "test-only-insecure-key"  # noqa: S105
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# Tests read what they have just changed; tests/performance switch it on.
PAGE_CACHE_ENABLED = False
MEDIA_ROOT = BASE_DIR / "test-media"
SERVE_MEDIA = True
ALLOW_DEMO_USERS = True
# Static files straight from the app folders, no collectstatic before tests.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
# Django's test client signs in without a request, which django-axes refuses;
# tests of the lockout switch it on.
AXES_ENABLED = False
