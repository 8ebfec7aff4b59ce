"""Each public page costs a fixed number of queries (issue 7's budgets), however
many sessions, speakers, images or translations it shows.

Counted on the second request of an anonymous visitor, with the page cache
off (as in every test but tests/performance/test_page_cache.py): the first
one makes the image renditions. The API's budgets are pinned in
tests/api/test_query_counts.py.
"""

from http import HTTPStatus

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from lxml import html

from tests.builders import counterpart, translate

from .conftest import add_session, add_speaker, add_topic, home

pytestmark = pytest.mark.django_db

BUDGETS = {
    "home": 12,
    "topic": 10,
    "session": 10,
    "speaker": 10,
    "listing": 10,
    "search": 12,
}


def warm_get(client, url):
    """The second response to ``url``, and the queries it took."""
    assert client.get(url).status_code == HTTPStatus.OK
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url)
    assert response.status_code == HTTPStatus.OK
    return response, len(queries)


@pytest.fixture
def assert_warm_queries(
    client, django_assert_num_queries, django_assert_max_num_queries
):
    """``check(url, count, kind)``: warm, ``url`` takes exactly ``count`` queries,
    and no more than the budget of ``kind``; returns the response."""

    def check(url, count, kind):
        warm_get(client, url)
        with (
            django_assert_num_queries(count),
            django_assert_max_num_queries(BUDGETS[kind]),
        ):
            return client.get(url)

    return check


def tree(response):
    return html.fromstring(response.content)


def listing_url(language_code="sq"):
    from sessions.models import SessionIndexPage

    return SessionIndexPage.objects.get(locale__language_code=language_code).url


def topic_with_sessions(number):
    topic = add_topic(f"Temë me {number} sesione")
    for n in range(number):
        add_session(topic, f"Sesion {n} i temës me {number}", days=n - number // 2)
    return topic


def test_topic_page_queries_do_not_grow_with_its_sessions(client, assert_warm_queries):
    small, large = topic_with_sessions(3), topic_with_sessions(30)
    small_response, small_queries = warm_get(client, small.url)
    response = assert_warm_queries(large.url, small_queries, "topic")

    assert len(tree(small_response).cssselect(".session-card")) == 3
    assert len(tree(response).cssselect(".session-card")) == 10


def session_with(speakers, images, documents):
    topic = add_topic()
    people = [add_speaker(f"Folëse {n} nga {speakers}") for n in range(speakers)]
    return add_session(
        topic,
        f"Sesion me {speakers} folës",
        speakers=people,
        images=images,
        documents=documents,
    )


def test_session_page_queries_do_not_grow_with_speakers_images_or_documents(
    client, assert_warm_queries
):
    small = session_with(speakers=1, images=1, documents=1)
    large = session_with(speakers=8, images=8, documents=5)
    _response, small_queries = warm_get(client, small.url)
    response = assert_warm_queries(large.url, small_queries, "session")

    page = tree(response)
    assert len(page.cssselect(".speaker-list li")) == 8
    assert len(page.cssselect(".image-block")) == 8
    assert len(page.cssselect('section[aria-labelledby="documents-heading"] li')) == 5


def test_a_translated_session_costs_what_an_untranslated_one_does(
    client, django_assert_num_queries, django_capture_on_commit_callbacks
):
    untranslated = session_with(speakers=2, images=2, documents=1)
    with django_capture_on_commit_callbacks(execute=True):
        translated = session_with(speakers=2, images=2, documents=1)
        speakers = [link.speaker for link in translated.session_speakers.all()]
        translate(translated.get_parent(), *speakers, translated)
    _response, baseline = warm_get(client, untranslated.url)
    warm_get(client, translated.url)

    with django_assert_num_queries(baseline):
        response = client.get(translated.url)

    links = tree(response).cssselect("link[rel=alternate][hreflang]")
    assert {link.get("href") for link in links} >= {
        response.wsgi_request.build_absolute_uri(counterpart(translated, code).url)
        for code in ("sr-latn", "en")
    }


def test_translated_pages_keep_the_budget_in_every_language(
    client, django_assert_max_num_queries, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        session = session_with(speakers=3, images=2, documents=1)
        translate(session.get_parent(), session)
    serbian = counterpart(session, "sr-latn")
    pages = {
        "home": home("sr-latn").url,
        "topic": serbian.get_parent().url,
        "session": serbian.url,
        "listing": listing_url("sr-latn") + "?format=online",
    }
    for kind, url in pages.items():
        warm_get(client, url)
        with django_assert_max_num_queries(BUDGETS[kind]):
            client.get(url)


def speaker_with_sessions(number):
    speaker = add_speaker(f"Folëse me {number} sesione")
    topic = add_topic()
    for n in range(number):
        add_session(topic, f"Sesion {n} i folëses", days=n - 1, speakers=[speaker])
    return speaker


def test_speaker_page_queries_do_not_grow_with_their_sessions(
    client, assert_warm_queries
):
    small, large = speaker_with_sessions(1), speaker_with_sessions(20)
    _response, small_queries = warm_get(client, small.url)
    response = assert_warm_queries(large.url, small_queries, "speaker")

    assert len(tree(response).cssselect(".session-card")) == 20


def test_home_page_queries_do_not_grow_with_the_sessions(client, assert_warm_queries):
    url = home().url
    _response, before = warm_get(client, url)
    topic_with_sessions(30)
    response = assert_warm_queries(url, before, "home")

    assert len(tree(response).cssselect(".session-card")) == 6


def test_filtered_listing_queries_do_not_grow_with_the_sessions(
    client, assert_warm_queries
):
    url = listing_url() + "?format=online&when=upcoming"
    topic_with_sessions(3)
    _response, before = warm_get(client, url)
    topic_with_sessions(30)
    response = assert_warm_queries(url, before, "listing")

    assert len(tree(response).cssselect(".session-card")) == 10


def test_search_results_queries_do_not_grow_with_the_results(
    client, assert_warm_queries
):
    topic = add_topic("Temë e kërkimit")
    speakers = [add_speaker(f"Folëse {n} e kërkimit") for n in range(3)]
    add_session(topic, "Vendbanimet rurale", speakers=speakers)
    url = "/sq/search/?query=vendbanimet"
    _response, one_result = warm_get(client, url)
    for n in range(12):
        add_session(topic, f"Vendbanimet rurale {n}", speakers=speakers)
    response = assert_warm_queries(url, one_result, "search")

    assert len(tree(response).cssselect(".search-result")) == 10
