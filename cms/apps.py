from django.apps import AppConfig


class CmsConfig(AppConfig):
    """The project package, installed for its signal handlers."""

    name = "cms"

    def ready(self):
        from cms import purging

        purging.connect()
