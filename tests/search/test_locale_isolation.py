"""A search never shows a page of another language."""

import pytest
from django.urls import reverse
from django.utils import translation
from wagtail.models import Page

from search.query import search_pages, suggest_pages
from search.views import searchable_pages

pytestmark = pytest.mark.django_db

# Words found in the pages of every language: names, places, acronyms.
SHARED_WORDS = ["Shasha", "Zoom", "EPIK", "KCSF", "Mitrovica", "Puka", "Kosov", "EU"]


@pytest.mark.parametrize("language", ["sq", "sr-latn", "en"])
@pytest.mark.parametrize("query", SHARED_WORDS)
def test_results_are_pages_of_the_searched_language(locales, language, query):
    results = list(search_pages(query, locales[language], searchable_pages()).results)

    assert {page.locale_id for page in results} <= {locales[language].pk}


@pytest.mark.parametrize("language", ["sq", "sr-latn", "en"])
def test_shared_words_find_pages_in_every_language(locales, language):
    """The words above do find pages, so the test before it tests something."""
    found = [
        query
        for query in SHARED_WORDS
        if search_pages(query, locales[language], searchable_pages()).results
    ]

    assert len(found) >= len(SHARED_WORDS) - 2


@pytest.mark.parametrize("language", ["sq", "sr-latn", "en"])
def test_search_page_links_only_to_its_language(client, language):
    with translation.override(language):
        url = reverse("search")
    own_pages = {
        page.url for page in Page.objects.live().filter(locale__language_code=language)
    }
    other_pages = {
        page.url for page in Page.objects.live().exclude(locale__language_code=language)
    }

    response = client.get(url, {"query": "Shasha"})
    html = response.content.decode()

    assert any(f'href="{page_url}"' in html for page_url in own_pages - {None})
    assert not [u for u in other_pages if u and f'<a href="{u}">' in html]


@pytest.mark.parametrize("language", ["sq", "sr-latn", "en"])
def test_suggestions_are_pages_of_the_searched_language(locales, language):
    for prefix in ("Sh", "Da", "Dr", "EU", "Ko"):
        for page in suggest_pages(prefix, locales[language], searchable_pages()):
            assert page.locale_id == locales[language].pk
