"""The API's ``search`` parameter reads queries like the search page."""

from http import HTTPStatus

import pytest

from .conftest import demo_page

pytestmark = [pytest.mark.django_db, pytest.mark.urls("tests.search.api_urls")]


def api_search(client, **params):
    response = client.get("/search-api/pages/", params, HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == HTTPStatus.OK
    return response.json()["items"]


def test_search_reads_the_query_in_the_language_of_the_locale_parameter(client):
    session = demo_page("sr-latn", "session", 3)

    items = api_search(client, search="Šta je civilno drustvo", locale="sr-latn")

    assert session.pk in [item["id"] for item in items]
    assert {item["meta"]["locale"] for item in items} == {"sr-latn"}


def test_without_a_locale_search_uses_the_language_of_the_request(client):
    items = api_search(client, search="Shasha")

    assert items
    assert {item["meta"]["locale"] for item in items} == {"en"}


@pytest.mark.parametrize("query", ["' OR 1=1 --", "&|!()", '"unclosed', "x" * 1000])
def test_bad_queries_return_no_pages_rather_than_an_error(client, query):
    assert api_search(client, search=query, locale="sq") == []


@pytest.mark.postgresql_only
def test_search_forgives_a_typo(client):
    speaker = demo_page("en", "speaker", "dimitrijevic")

    items = api_search(client, search="Dimitrievic", locale="en")

    assert speaker.pk in [item["id"] for item in items]
