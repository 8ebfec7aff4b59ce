import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.test import Client
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


@pytest.fixture
def demo_users(db):
    """The demo users of ``make run``, one per role, by user name."""
    call_command("create_demo_users", verbosity=0)
    return {user.username: user for user in get_user_model().objects.all()}


def signed_in(user):
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def editor(demo_users):
    """The demo editor (``Editors``, admin in Albanian)."""
    return signed_in(demo_users["editor"])


@pytest.fixture
def translator(demo_users):
    """The Serbian demo translator (``Translators (sr-latn)``, admin in Serbian)."""
    return signed_in(demo_users["translator-sr-latn"])


@pytest.fixture(scope="session")
def live_site(tmp_path_factory):
    """The demo site served by a real server process on a database of its own."""
    from .live_site import LiveSite

    site = LiveSite(tmp_path_factory.mktemp("live_site")).start()
    yield site
    site.stop()
