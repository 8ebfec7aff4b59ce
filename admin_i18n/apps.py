from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AdminI18nConfig(AppConfig):
    name = "admin_i18n"
    verbose_name = _("Admin translations")
