"""Production: every value comes from the environment (README, "Deploying")."""

import os

from django.core.exceptions import ImproperlyConfigured

from .base import *


def required(name):
    if not os.environ.get(name):
        raise ImproperlyConfigured(
            f"The {name} environment variable is required in production "
            "(see .env.example)."
        )
    return os.environ[name]


def env_list(name):
    return [item for item in os.environ.get(name, "").split(",") if item]


def env_bool(name, default):
    value = os.environ.get(name)
    return default if value is None else value.lower() in {"1", "true", "yes", "on"}


DEBUG = False
SECRET_KEY = required("SECRET_KEY")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "")

# https://docs.djangoproject.com/en/5.2/ref/databases/#persistent-connections
DATABASES = {
    "default": without_jit(
        dj_database_url.parse(
            required("DATABASE_URL"), conn_max_age=60, conn_health_checks=True
        )
    )
}

# The cache fails open: with Redis down, pages are rendered uncached and the
# errors are logged once a minute (LOGGING below), not on every request.
# https://github.com/jazzband/django-redis#memcached-exceptions-behavior
if os.environ.get("REDIS_URL"):
    CACHES = {
        "default": {
            "BACKEND": "cms.redis_cache.FailOpenRedisCache",
            "LOCATION": os.environ["REDIS_URL"],
            "KEY_PREFIX": "kcsf",
            "OPTIONS": {
                "SOCKET_CONNECT_TIMEOUT": 0.5,
                "SOCKET_TIMEOUT": 0.5,
                "IGNORE_EXCEPTIONS": True,
            },
        }
    }
    DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True
    DJANGO_REDIS_LOGGER = "django_redis.cache"
# Cached pages are purged in the cache every worker shares: none without Redis.
PAGE_CACHE_ENABLED = env_bool("PAGE_CACHE", bool(os.environ.get("REDIS_URL")))

STATIC_ROOT = os.environ.get("STATIC_ROOT", STATIC_ROOT)
# https://whitenoise.readthedocs.io/en/stable/django.html#add-compression-and-caching-support
STORAGES["staticfiles"] = {
    "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
}

# Uploaded media on this server's disk (shared by app servers over NFS or the
# like), or in an S3-compatible bucket. The web server or bucket policy must
# refuse documents/ and original_images/ (deploy/nginx.conf).
# https://django-storages.readthedocs.io/en/latest/backends/amazon-S3.html
MEDIA_STORAGE = os.environ.get("MEDIA_STORAGE", "local")
if MEDIA_STORAGE == "s3":
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": required("AWS_STORAGE_BUCKET_NAME"),
            "endpoint_url": os.environ.get("AWS_S3_ENDPOINT_URL"),
            "region_name": os.environ.get("AWS_S3_REGION_NAME"),
            "custom_domain": os.environ.get("AWS_S3_CUSTOM_DOMAIN"),
            "default_acl": None,
            "file_overwrite": False,
            "querystring_auth": False,
        },
    }
    # Renditions are read straight from the bucket; documents still go
    # through Wagtail's serve view, which streams them from the bucket.
    media_origin = (
        f"https://{os.environ['AWS_S3_CUSTOM_DOMAIN']}"
        if os.environ.get("AWS_S3_CUSTOM_DOMAIN")
        else os.environ.get("AWS_S3_ENDPOINT_URL", "https://*.amazonaws.com")
    )
    for directive in ("img-src", "media-src"):
        CONTENT_SECURITY_POLICY["DIRECTIVES"][directive].append(media_origin)
elif MEDIA_STORAGE == "local":
    MEDIA_ROOT = os.environ.get("MEDIA_ROOT", MEDIA_ROOT)
    # nginx sends the bytes of a document after Wagtail's privacy checks,
    # with range and conditional requests (deploy/nginx.conf).
    # https://django-sendfile2.readthedocs.io/en/latest/backends.html#nginx-backend
    if env_bool("DOCUMENTS_X_ACCEL_REDIRECT", False):
        SENDFILE_BACKEND = "django_sendfile.backends.nginx"
        SENDFILE_ROOT = os.path.join(MEDIA_ROOT, "documents")
        SENDFILE_URL = "/protected-documents"
else:
    raise ImproperlyConfigured('MEDIA_STORAGE must be "local" or "s3".')

# https://docs.djangoproject.com/en/5.2/topics/email/#smtp-backend
EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "587"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", True)
DEFAULT_FROM_EMAIL = SERVER_EMAIL = os.environ.get(
    "DEFAULT_FROM_EMAIL", "webmaster@localhost"
)

# HTTPS only, behind a proxy that terminates TLS and sets X-Forwarded-Proto.
# ALLOW_PLAIN_HTTP is for a rehearsal on one's own machine (`make serve`).
# https://docs.djangoproject.com/en/5.2/howto/deployment/checklist/
HTTPS = not env_bool("ALLOW_PLAIN_HTTP", False)
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = HTTPS
# Load balancers probe the health check over plain HTTP.
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
SESSION_COOKIE_SECURE = CSRF_COOKIE_SECURE = HTTPS
SECURE_HSTS_SECONDS = (
    int(os.environ.get("SECURE_HSTS_SECONDS", "31536000")) if HTTPS else 0
)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)
# Visitors' addresses for django-axes: the proxy in front overwrites
# X-Forwarded-For (deploy/nginx.conf); gunicorn listens on no public address.
AXES_IPWARE_META_PRECEDENCE_ORDER = ["HTTP_X_FORWARDED_FOR", "REMOTE_ADDR"]

# One JSON object a line on standard output, for journald or a log shipper.
# https://nhairs.github.io/python-json-logger/latest/
LOG_LEVEL = os.environ.get("LOG_LEVEL", "INFO").upper()
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "json": {
            "()": "pythonjsonlogger.json.JsonFormatter",
            "fmt": "{asctime}{levelname}{name}{message}",
            "style": "{",
            "rename_fields": {"asctime": "time", "levelname": "level"},
        }
    },
    "filters": {"once_a_minute": {"()": "cms.log.OncePerInterval", "seconds": 60}},
    "handlers": {
        "stdout": {
            "class": "logging.StreamHandler",
            "stream": "ext://sys.stdout",
            "formatter": "json",
        }
    },
    "root": {"handlers": ["stdout"], "level": LOG_LEVEL},
    "loggers": {
        "django": {"handlers": [], "level": LOG_LEVEL},
        "django_redis.cache": {"filters": ["once_a_minute"]},
        "cms.health": {"filters": ["once_a_minute"]},
    },
}

# Purge a CDN or Varnish in front when pages are published or unpublished.
# https://docs.wagtail.org/en/stable/reference/contrib/frontendcache.html
WAGTAILFRONTENDCACHE = {}
if os.environ.get("VARNISH_URL"):
    WAGTAILFRONTENDCACHE["varnish"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
        "LOCATION": os.environ["VARNISH_URL"],
    }
if os.environ.get("CLOUDFLARE_ZONEID"):
    WAGTAILFRONTENDCACHE["cloudflare"] = {
        "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
        "BEARER_TOKEN": required("CLOUDFLARE_BEARER_TOKEN"),
        "ZONEID": os.environ["CLOUDFLARE_ZONEID"],
    }

# The front ends that may call the API from a browser, and the one editors
# preview drafts in (README, "API").
CORS_ALLOWED_ORIGINS = env_list("CORS_ALLOWED_ORIGINS")
if os.environ.get("HEADLESS_PREVIEW_URL"):
    WAGTAIL_HEADLESS_PREVIEW = {
        "CLIENT_URLS": {"default": os.environ["HEADLESS_PREVIEW_URL"]}
    }

# Machine translation in the translation editor: DeepL with DEEPL_API_KEY, or
# LibreTranslate at LIBRETRANSLATE_URL; with neither, the editor has no button.
# https://wagtail-localize.org/stable/how-to/integrations/machine-translation/
if os.environ.get("DEEPL_API_KEY"):
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "wagtail_localize.machine_translators.deepl.DeepLTranslator",
        "OPTIONS": {"AUTH_KEY": os.environ["DEEPL_API_KEY"]},
    }
elif os.environ.get("LIBRETRANSLATE_URL"):
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "wagtail_localize.machine_translators.libretranslate.LibreTranslator",
        "OPTIONS": {
            "LIBRETRANSLATE_URL": os.environ["LIBRETRANSLATE_URL"],
            "API_KEY": os.environ.get("LIBRETRANSLATE_API_KEY", ""),
        },
    }
