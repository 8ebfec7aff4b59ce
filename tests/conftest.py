import pytest
from django.core.management import call_command
from wagtail.models import Locale

LANGUAGES = ("sq", "sr-latn", "en")


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """Load the demo content once; each test runs in a transaction rolled back after it.

    The loader runs outside a test transaction because wagtail-localize publishes
    translations when the transaction commits.
    """
    with django_db_blocker.unblock():
        call_command("load_demo_content", verbosity=0)


@pytest.fixture
def locales(db):
    return {code: Locale.objects.get(language_code=code) for code in LANGUAGES}


@pytest.fixture(scope="session")
def live_site(tmp_path_factory):
    """The demo site served by a real server process on a database of its own."""
    from .live_site import LiveSite

    site = LiveSite(tmp_path_factory.mktemp("live_site")).start()
    yield site
    site.stop()
