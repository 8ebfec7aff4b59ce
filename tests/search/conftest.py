import pytest
from django.db import connection
from wagtail.models import Page

from home import demo_content


@pytest.fixture(autouse=True)
def _postgresql_only(request):
    if request.node.get_closest_marker("postgresql_only") and (
        connection.vendor != "postgresql"
    ):
        pytest.skip(
            "needs PostgreSQL full-text search (stemmers, configurations, "
            "trigram similarity); "
            "runs in the PostgreSQL pass of CI"
        )


def demo_page(language_code, kind, key=None):
    """A page of the demo content, found by its slug in ``language_code``."""
    if kind == "speaker_index":
        data = demo_content.SPEAKER_INDEX
    elif kind == "session":
        sessions = [*demo_content.SESSIONS, demo_content.EXAMPLE_SESSION]
        data = next(s for s in sessions if s["number"] == key)
    else:
        data = {"topic": demo_content.TOPICS, "speaker": demo_content.SPEAKERS}[kind][
            key
        ]
    return Page.objects.get(
        locale__language_code=language_code, slug=data["slug"][language_code]
    ).specific
