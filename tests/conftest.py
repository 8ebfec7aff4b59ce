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
