"""Fixtures of the admin-in-our-languages tests: the demo editor and translator."""

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.test import Client


@pytest.fixture
def demo_users(db):
    call_command("create_demo_users", verbosity=0)
    return {user.username: user for user in get_user_model().objects.all()}


def signed_in(user):
    client = Client()
    client.force_login(user)
    return client


@pytest.fixture
def editor(demo_users):
    """The Albanian demo editor (``Editors``, admin in Albanian)."""
    return signed_in(demo_users["editor"])


@pytest.fixture
def translator(demo_users):
    """The Serbian demo translator (``Translators (sr-latn)``, admin in Serbian)."""
    return signed_in(demo_users["translator-sr-latn"])
