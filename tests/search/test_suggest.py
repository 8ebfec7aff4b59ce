"""Suggestions for the header's search box."""

from http import HTTPStatus

import pytest
from django.urls import reverse
from django.utils import translation

from .conftest import demo_page

pytestmark = pytest.mark.django_db


def suggest(client, language, text):
    with translation.override(language):
        url = reverse("search_suggest")
    response = client.get(url, {"q": text})
    assert response.status_code == HTTPStatus.OK
    return response.json()["results"]


def test_a_prefix_suggests_the_pages_whose_titles_start_with_it(client):
    speaker = demo_page("sr-latn", "speaker", "dimitrijevic")

    results = suggest(client, "sr-latn", "Dimi")

    assert {"title": speaker.title, "url": speaker.url} in [
        {"title": r["title"], "url": r["url"]} for r in results
    ]


def test_a_prefix_typed_without_diacritics_finds_titles_with_them(client):
    topic = demo_page("sr-latn", "topic", "civil-society")

    results = suggest(client, "sr-latn", "koncept civilnog drus")

    assert topic.url in [result["url"] for result in results]


def test_suggestions_name_the_page_type_in_the_visitors_language(client):
    topic = demo_page("sq", "topic", "eu")
    with translation.override("sq"):
        topic_type = str(topic._meta.verbose_name)

    results = suggest(client, "sq", "Bashk")

    assert {"url": topic.url, "type": topic_type} in [
        {"url": r["url"], "type": r["type"]} for r in results
    ]


@pytest.mark.parametrize("text", ["", "D", " d ", "!!"])
def test_less_than_two_letters_suggest_nothing(client, text):
    assert suggest(client, "en", text) == []
