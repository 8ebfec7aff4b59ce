"""examples/upcoming_sessions.py renders the upcoming sessions from the API alone."""

import importlib.util
import io
import urllib.error
from urllib.parse import urlsplit

import pytest
from django.conf import settings
from django.utils import timezone

from sessions.models import InformationSessionPage
from tests.conftest import LANGUAGES

from .conftest import add_session, add_topic

pytestmark = pytest.mark.django_db


def load_example():
    path = settings.BASE_DIR / "examples" / "upcoming_sessions.py"
    spec = importlib.util.spec_from_file_location("upcoming_sessions", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def served_by(client):
    """urllib's ``urlopen`` for the script, answered by the test server."""

    def open_url(request):
        address = urlsplit(request.full_url)
        headers = {
            f"HTTP_{name.upper().replace('-', '_')}": value
            for name, value in request.header_items()
        }
        response = client.get(address.path, QUERY_STRING=address.query, **headers)
        if response.status_code >= 400:
            raise urllib.error.HTTPError(
                request.full_url, response.status_code, "", {}, None
            )
        return io.BytesIO(response.content)

    return open_url


@pytest.mark.parametrize("language", LANGUAGES)
def test_example_client_prints_the_upcoming_sessions(client, capsys, language):
    add_session(add_topic(), title="Sesion i ri", days=5)
    load_example().main(
        ["upcoming_sessions.py", "http://testserver", language], served_by(client)
    )

    printed = capsys.readouterr().out
    sessions = InformationSessionPage.objects.filter(locale__language_code=language)
    upcoming = [page for page in sessions if page.end >= timezone.now()]
    past = [page for page in sessions if page.end < timezone.now()]
    assert upcoming and past
    for page in upcoming:
        assert page.title in printed
        assert f"http://localhost{page.url}" in printed
    for page in past:
        assert page.title not in printed
    if language == "sq":
        later = sessions.get(number=4).title
        assert printed.index("Sesion i ri") < printed.index(later)
