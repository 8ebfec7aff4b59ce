import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF, UNSAFE_INLINE
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent

INSTALLED_APPS = [
    "cms.apps.CmsConfig",
    "home",
    "sessions.apps.InfoSessionsConfig",
    "search",
    "translations",
    "admin_i18n",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.api.v2",
    "wagtail.api.v3",
    "wagtail_headless_preview",
    "wagtail.contrib.redirects",
    "wagtail.contrib.frontend_cache",
    "wagtail.contrib.settings",
    "wagtail.contrib.search_promotions",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "corsheaders",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "axes",
    "csp",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "corsheaders.middleware.CorsMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # ETags, and 304 answers to conditional requests, cached responses included.
    "django.middleware.http.ConditionalGetMiddleware",
    "cms.page_cache.PageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "cms.middleware.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "cms.security.ContentSecurityPolicyMiddleware",
    "cms.security.NoStoreForWritesMiddleware",
    "cms.health.DatabaseUnavailableMiddleware",
    # Last, as django-axes requires.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "cms.urls"

# Anonymous visitors get whole responses from the cache until a change to what
# they show purges them (cms/page_cache.py, cms/purging.py); at most this long.
PAGE_CACHE_ENABLED = True
PAGE_CACHE_TIMEOUT = 24 * 60 * 60

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

WSGI_APPLICATION = "cms.wsgi.application"

# SQLite by default; DATABASE_URL (e.g. postgres://user@host:5432/name) switches.
# https://github.com/jazzband/dj-database-url
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}", conn_max_age=60
    )
}


# PostgreSQL's JIT compiler can spend seconds compiling a page's short queries
# when small tables have no statistics yet; none of them runs long enough to
# gain from it.
# https://www.postgresql.org/docs/current/jit-decision.html
def without_jit(database):
    if database["ENGINE"] == "django.db.backends.postgresql":
        database.setdefault("OPTIONS", {})["options"] = "-c jit=off"
    return database


without_jit(DATABASES["default"])

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {
        "NAME": "django.contrib.auth.password_validation."
        "UserAttributeSimilarityValidator"
    },
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Repeated failed sign-ins lock out that user name from that address.
# https://django-axes.readthedocs.io/en/latest/4_configuration.html
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = timedelta(minutes=15)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "lockout.html"

# One list of languages for Django, Wagtail content and the admin.
# https://docs.wagtail.org/en/stable/advanced_topics/i18n.html
LANGUAGE_CODE = "sq"
LANGUAGES = WAGTAIL_CONTENT_LANGUAGES = WAGTAILADMIN_PERMITTED_LANGUAGES = [
    ("sq", "shqip"),
    ("sr-latn", "srpski"),
    ("en", "English"),
]
# Our own catalogue first, then our translations of the packages' admin, which
# Django merges over the packages' own catalogues (see admin_i18n/catalogues.py).
# https://docs.djangoproject.com/en/5.2/topics/i18n/translation/#how-django-discovers-translations
LOCALE_PATHS = [
    BASE_DIR / "locale",
    BASE_DIR / "locale" / "vendor" / "wagtail_localize",
    BASE_DIR / "locale" / "vendor" / "wagtail",
]
TIME_ZONE = "Europe/Belgrade"
USE_I18N = True
USE_TZ = True
WAGTAIL_I18N_ENABLED = True

STATICFILES_DIRS = [BASE_DIR / "static"]
# Only development and test servers serve uploaded media from Django.
SERVE_MEDIA = False
# `create_demo_users` refuses to run unless a settings module allows it.
ALLOW_DEMO_USERS = False
STATIC_ROOT = BASE_DIR / "staticfiles"
STATIC_URL = "/static/"
MEDIA_ROOT = BASE_DIR / "media"
MEDIA_URL = "/media/"

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# Page editors post many fields for StreamField-heavy pages.
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

WAGTAIL_SITE_NAME = _("Kosovo Resource Centre for Civil Society")
WAGTAILADMIN_BASE_URL = "http://127.0.0.1:8000"

# The sign-in form, with its password label translated (admin_i18n/forms.py).
# https://docs.wagtail.org/en/stable/reference/settings.html#wagtailadmin-user-login-form
WAGTAILADMIN_USER_LOGIN_FORM = "admin_i18n.forms.LoginForm"

# Wagtail's database search, each page read in its own language (search/backends);
# ELASTICSEARCH_URL switches to Elasticsearch or OpenSearch (README, "Search").
# https://docs.wagtail.org/en/stable/topics/search/backends.html
if os.environ.get("ELASTICSEARCH_URL"):
    from search.elasticsearch import language_backends

    WAGTAILSEARCH_BACKENDS = language_backends(
        os.environ["ELASTICSEARCH_URL"], os.environ.get("ELASTICSEARCH_BACKEND")
    )
else:
    WAGTAILSEARCH_BACKENDS = {
        "default": {"BACKEND": "search.backends", "FUZZY_SIMILARITY_THRESHOLD": 0.5}
    }

WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
WAGTAILIMAGES_EXTENSIONS = ["gif", "jpg", "jpeg", "png", "webp"]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 64_000_000

WAGTAILEMBEDS_RESPONSIVE_HTML = True

# Documents go through Wagtail's serve view, which checks collection privacy,
# answers conditional requests and sends every type but PDF as an attachment.
# https://docs.wagtail.org/en/stable/reference/settings.html#documents
WAGTAILDOCS_SERVE_METHOD = "serve_view"
# The admin calls no third party: no Gravatar avatars, no release check
# (updates come through requirements.txt).
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_UPDATE_CHECK = False

# One Content-Security-Policy everywhere; cms.security relaxes it for the admin.
# https://django-csp.readthedocs.io/en/latest/configuration.html
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        # Wagtail's responsive embeds size their frame with a style attribute.
        "style-src-attr": [UNSAFE_INLINE],
        "img-src": [SELF, "data:", "blob:"],
        "font-src": [SELF, "data:"],
        "media-src": [SELF],
        "connect-src": [SELF],
        "frame-src": [
            SELF,
            "https://www.youtube.com",
            "https://www.youtube-nocookie.com",
            "https://player.vimeo.com",
        ],
        "frame-ancestors": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
    }
}
X_FRAME_OPTIONS = "DENY"

# Local overrides of Django's date formats, per language.
# https://docs.djangoproject.com/en/5.2/topics/i18n/formatting/#creating-custom-format-files
FORMAT_MODULE_PATH = ["cms.formats"]

# The headless API: Wagtail's API v2 and v3, served at /api/.
# https://docs.wagtail.org/en/stable/advanced_topics/api/v2/configuration.html
WAGTAILAPI_LIMIT_MAX = 50
WAGTAILAPI_RICH_TEXT_FORMAT = "html"

# Browsers may call the API from the origins listed per environment.
# https://github.com/adamchainz/django-cors-headers#configuration
CORS_URLS_REGEX = r"^/api/"
CORS_ALLOWED_ORIGINS = []

# "Preview in front end" sends editors to this client with a preview token.
# https://github.com/torchbox/wagtail-headless-preview#configuration
WAGTAIL_HEADLESS_PREVIEW = {
    "CLIENT_URLS": {"default": "{SITE_ROOT_URL}/api/v2/page_preview/"},
}
