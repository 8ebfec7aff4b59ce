"""The search page: form, results with type, highlighted snippet, date, pages."""

from http import HTTPStatus

import pytest
from django.urls import reverse
from django.utils import formats, translation
from django.utils.timezone import localtime
from django.utils.translation import gettext
from wagtail.contrib.search_promotions.models import Query, SearchPromotion

from search import views

from .conftest import demo_page

pytestmark = pytest.mark.django_db


def search_url(language):
    with translation.override(language):
        return reverse("search")


@pytest.mark.parametrize("params", [{}, {"query": ""}, {"query": "   "}])
def test_without_a_query_the_page_shows_the_form(client, params):
    response = client.get(search_url("sq"), params)

    assert response.status_code == HTTPStatus.OK
    assert 'name="query"' in response.content.decode()
    assert response.context["search_query"] == ""
    assert "search_results" not in response.context


def test_results_mark_the_words_found_without_diacritics(client):
    response = client.get(search_url("sr-latn"), {"query": "drustvo"})

    html = response.content.decode()
    assert "<mark>društvo</mark>" in html


def test_results_name_their_page_type(client):
    with translation.override("en"):
        speaker_type = str(demo_page("en", "speaker", "shasha")._meta.verbose_name)

    response = client.get(search_url("en"), {"query": "Demush Shasha"})

    types = [str(result["type"]) for result in response.context["results"]]
    assert speaker_type in types


def test_session_results_show_the_session_date(client):
    session = demo_page("sr-latn", "session", 2)
    with translation.override("sr-latn"):
        date = formats.date_format(localtime(session.start), "DATE_FORMAT")

    response = client.get(search_url("sr-latn"), {"query": "Severna Mitrovica"})

    html = response.content.decode()
    assert f'datetime="{localtime(session.start).isoformat()}"' in html
    assert date in html


def test_results_are_paginated(client, monkeypatch):
    monkeypatch.setattr(views, "RESULTS_PER_PAGE", 2)

    first = client.get(search_url("en"), {"query": "Kosovo"})
    second = client.get(search_url("en"), {"query": "Kosovo", "page": 2})

    first_pages = {result["page"] for result in first.context["results"]}
    second_pages = {result["page"] for result in second.context["results"]}
    assert len(first_pages) == len(second_pages) == 2
    assert not first_pages & second_pages
    assert 'rel="next"' in first.content.decode()
    assert 'rel="prev"' in second.content.decode()


def test_no_results_says_so_in_the_visitors_language(client):
    with translation.override("sq"):
        message = gettext("No results for “%(search_query)s”.") % {
            "search_query": "zzzzqqq"
        }

    response = client.get(search_url("sq"), {"query": "zzzzqqq"})

    assert response.status_code == HTTPStatus.OK
    assert message in response.content.decode()


def test_a_search_is_counted_for_the_editors_statistics(client):
    client.get(search_url("en"), {"query": "Media Freedom"})
    client.get(search_url("en"), {"query": "media  freedom"})

    assert Query.get("media freedom").hits == 2


def test_a_promoted_page_is_shown_in_the_visitors_language(client):
    albanian_topic = demo_page("sq", "topic", "governance")
    english_topic = demo_page("en", "topic", "governance")
    SearchPromotion.objects.create(
        query=Query.get("zoom"), page=albanian_topic, description="Shihni këtë."
    )

    response = client.get(search_url("en"), {"query": "zoom"})

    promotions = response.context["promotions"]
    assert [p["url"] for p in promotions] == [english_topic.url]
    # The editor's description is in the language of the page they chose.
    assert promotions[0]["description"] == ""
    assert f'href="{albanian_topic.url}"' not in response.content.decode()


def test_a_promoted_page_keeps_its_description_in_its_language(client):
    topic = demo_page("sq", "topic", "governance")
    SearchPromotion.objects.create(
        query=Query.get("zoom"), page=topic, description="Shihni këtë."
    )

    response = client.get(search_url("sq"), {"query": "Zoom"})

    assert "Shihni këtë." in response.content.decode()


def test_every_page_has_the_search_box_with_suggestions_of_its_language(client):
    page = demo_page("sr-latn", "topic", "eu")
    with translation.override("sr-latn"):
        suggest_url = reverse("search_suggest")

    html = client.get(page.url).content.decode()

    assert f'data-suggest-url="{suggest_url}"' in html
    assert "js/search-suggest.js" in html
