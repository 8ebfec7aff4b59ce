from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class InfoSessionsConfig(AppConfig):
    # django.contrib.sessions already owns the label "sessions".
    name = "sessions"
    label = "infosessions"
    verbose_name = _("Information sessions")
    default_auto_field = "django.db.models.BigAutoField"
