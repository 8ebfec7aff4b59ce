"""What the index holds, and how it is rebuilt and kept up to date."""

import datetime
import io

import pytest
from django.core.management import call_command
from django.db import connection
from django.utils import timezone
from wagtail.models import Page
from wagtail.search.models import IndexEntry

from search.backends.postgres import NEUTRAL_CONFIG, TEXT_SEARCH_CONFIGS
from search.query import search_pages
from search.views import searchable_pages
from sessions.models import InformationSessionPage, SessionSpeaker, SpeakerPage

from .conftest import demo_page

pytestmark = pytest.mark.django_db


def index_entry(page):
    return IndexEntry.objects.get(
        content_type__model=page._meta.model_name, object_id=str(page.pk)
    )


def test_update_index_rebuilds_every_language_with_progress(locales):
    output = io.StringIO()

    call_command("update_index", stdout=output)

    assert "infosessions.InformationSessionPage" in output.getvalue()
    assert "indexed" in output.getvalue()
    for locale in locales.values():
        for page in Page.objects.filter(locale=locale, depth__gt=1).specific():
            assert index_entry(page)


def test_update_index_can_run_twice(locales):
    call_command("update_index", stdout=io.StringIO())
    entries = IndexEntry.objects.count()

    call_command("update_index", stdout=io.StringIO())

    assert IndexEntry.objects.count() == entries
    session = demo_page("sr-latn", "session", 3)
    found = search_pages("drustvo", locales["sr-latn"], searchable_pages())
    assert session in found.results


def test_renaming_a_speaker_updates_the_sessions_they_spoke_at(locales):
    speaker = demo_page("sq", "speaker", "shasha")
    speaker.title = "Demush Zanaj"
    speaker.save_revision().publish()

    results = search_pages("Zanaj", locales["sq"], searchable_pages()).results

    assert demo_page("sq", "session", 1) in results


def test_a_new_session_is_found_by_the_name_of_its_speaker(locales):
    speaker = demo_page("sq", "speaker_index", None).add_child(
        instance=SpeakerPage(title="Arta Zogaj", slug="arta-zogaj")
    )
    start = timezone.now() + datetime.timedelta(days=30)
    session = demo_page("sq", "topic", "eu").add_child(
        instance=InformationSessionPage(
            title="Sesion i ri",
            slug="sesion-i-ri",
            start=start,
            end=start + datetime.timedelta(hours=2),
            session_speakers=[SessionSpeaker(speaker=speaker)],
        )
    )
    session.save_revision().publish()

    results = search_pages("Zogaj", locales["sq"], searchable_pages()).results

    assert session in results


def test_sessions_are_indexed_with_their_topic_title(locales):
    results = search_pages(
        "Qeverisja e brendshme", locales["sq"], searchable_pages()
    ).results

    assert demo_page("sq", "session", 4) in results


@pytest.mark.postgresql_only
def test_each_text_search_configuration_exists():
    with connection.cursor() as cursor:
        cursor.execute("SELECT cfgname FROM pg_ts_config")
        names = {row[0] for row in cursor.fetchall()}

    assert {*TEXT_SEARCH_CONFIGS.values(), NEUTRAL_CONFIG} <= names


@pytest.mark.postgresql_only
@pytest.mark.parametrize(
    ("language", "stem"),
    [("sr-latn", "'drustv'"), ("en", "'societi'"), ("sq", "'shoqerise'")],
)
def test_each_language_is_indexed_with_its_own_configuration(language, stem):
    """Serbian and English words are stemmed, Albanian ones only unaccented."""
    topic = demo_page(language, "topic", "civil-society")

    assert stem in str(index_entry(topic).title)
