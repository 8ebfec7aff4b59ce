from .base import *

DEBUG = True
SECRET_KEY = "dev-only-insecure-key-not-for-production"  # noqa: S105
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
SERVE_MEDIA = True
ALLOW_DEMO_USERS = True
# A front end under development, e.g. `python -m http.server 3000` in examples/.
CORS_ALLOWED_ORIGINS = ["http://localhost:3000", "http://127.0.0.1:3000"]
# wagtail-localize's stand-in machine translator, so the editor's button works.
# https://wagtail-localize.org/stable/how-to/integrations/machine-translation/
WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
    "CLASS": "wagtail_localize.machine_translators.dummy.DummyTranslator",
}
