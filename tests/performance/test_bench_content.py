"""The benchmark's bulk-written sessions are pages like any other."""

from http import HTTPStatus

import pytest
from django.core.management import call_command
from wagtail.models import Page

from search.query import search_pages
from search.views import searchable_pages
from sessions.models import InformationSessionPage, SpeakerPage

pytestmark = pytest.mark.django_db

LANGUAGES = ("sq", "sr-latn", "en")


@pytest.fixture
def bench_sessions(locales):
    call_command("load_bench_content", scale=6, stdout=None)
    return {
        code: list(
            InformationSessionPage.objects.filter(
                locale=locales[code], slug__startswith="bench-"
            )
        )
        for code in LANGUAGES
    }


def test_the_page_tree_stays_sound(bench_sessions):
    assert all(not problems for problems in Page.find_problems())
    assert all(len(sessions) == 6 for sessions in bench_sessions.values())


def test_each_session_is_served_in_each_language_with_three_speakers(
    client, bench_sessions
):
    for sessions in bench_sessions.values():
        session = sessions[0]
        response = client.get(session.url)

        assert response.status_code == HTTPStatus.OK
        assert session.title in response.content.decode()
        speakers = [link.speaker for link in session.session_speakers.all()]
        assert len(speakers) == 3
        assert {speaker.locale_id for speaker in speakers} == {session.locale_id}
        assert f'href="{speakers[0].url}"' in response.content.decode()


def test_translations_share_their_albanian_page_key(bench_sessions):
    keys = [
        {page.translation_key for page in bench_sessions[code]} for code in LANGUAGES
    ]
    assert keys[0] == keys[1] == keys[2]


def test_the_sessions_are_searchable(locales, bench_sessions):
    session = bench_sessions["en"][0]

    found = search_pages(session.title, locales["en"], searchable_pages()).results

    assert session in found


def test_running_it_again_adds_nothing(bench_sessions):
    pages = Page.objects.count()

    call_command("load_bench_content", scale=6, stdout=None)

    assert Page.objects.count() == pages
    assert SpeakerPage.objects.filter(slug__startswith="bench-").count() == 3 * 3
