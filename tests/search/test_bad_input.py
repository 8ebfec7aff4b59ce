"""Malformed, hostile or absurd input gets a page, never an error."""

from http import HTTPStatus

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext

pytestmark = pytest.mark.django_db

BAD_QUERIES = [
    "x" * 1000,
    "shoqeri " * 150,
    "!!!???...,,,;;;",
    "' OR 1=1 --",
    "'; DROP TABLE wagtailcore_page; --",
    "&|!()",
    "!(a | b) & c:*",
    '"unclosed',
    'NEAR("a" "b")',
    "title: body:",
    "\x00\x01\x02\x1b[31m",
    "a\u200b\u200d\ufeffb",
    "🙂🙃 🇽🇰",
    "<script>alert(1)</script>",
    "%00%27",
    "\\",
    "*",
    "a*",
    "-",
]


def url(language, name="search"):
    with translation.override(language):
        return reverse(name)


@pytest.mark.parametrize("language", ["sq", "sr-latn", "en"])
@pytest.mark.parametrize("query", BAD_QUERIES)
def test_bad_query_returns_a_page(client, language, query):
    response = client.get(url(language), {"query": query})

    assert response.status_code == HTTPStatus.OK


@pytest.mark.parametrize("name", ["search", "search_suggest"])
def test_bytes_that_are_not_utf8_return_a_page(client, name):
    response = client.get(f"{url('sr-latn', name)}?query=%ED%A0%80%FF%FE&q=%C3%28")

    assert response.status_code == HTTPStatus.OK


@pytest.mark.parametrize("query", BAD_QUERIES)
def test_bad_query_returns_suggestions(client, query):
    response = client.get(url("sq", "search_suggest"), {"q": query})

    assert response.status_code == HTTPStatus.OK
    assert isinstance(response.json()["results"], list)


def test_a_query_without_words_asks_for_one(client):
    with translation.override("sr-latn"):
        message = gettext("Type at least one word to search for.")

    response = client.get(url("sr-latn"), {"query": "&|!()"})

    assert message in response.content.decode()


def test_a_long_query_is_shortened_and_says_so(client):
    with translation.override("sq"):
        message = gettext("Your search was long: only its first words were used.")

    response = client.get(url("sq"), {"query": "shoqeri civile " + "fjale " * 300})

    assert response.status_code == HTTPStatus.OK
    assert message in response.content.decode()
    assert len(response.context["search_query"]) <= 200


def test_a_long_query_costs_no_more_queries_than_an_ordinary_one(client):
    with CaptureQueriesContext(connection) as ordinary:
        client.get(url("en"), {"query": "zzzzqqq"})
    with CaptureQueriesContext(connection) as long:
        client.get(url("en"), {"query": "zzzzqqq " + "qqqzzzz " * 200})

    assert len(long) <= len(ordinary)


@pytest.mark.parametrize("page", ["abc", "0", "-1", "99999", "1.5", "9" * 5000, ""])
def test_a_page_out_of_range_shows_the_first_with_a_notice(client, page):
    with translation.override("en"):
        message = gettext("There is no such page of results; here is the first one.")

    response = client.get(url("en"), {"query": "Kosovo", "page": page})

    assert response.status_code == HTTPStatus.OK
    assert response.context["search_results"].number == 1
    assert message in response.content.decode()


def test_the_notice_is_in_the_visitors_language(client):
    with translation.override("sq"):
        message = gettext("There is no such page of results; here is the first one.")

    response = client.get(url("sq"), {"query": "Kosove", "page": "999"})

    assert message != "There is no such page of results; here is the first one."
    assert message in response.content.decode()
