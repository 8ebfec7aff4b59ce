"""Searching the pages of one language, shared by the search page, its
suggestions and the API's ``search`` parameter."""

import re
import unicodedata
from dataclasses import dataclass

from django.conf import settings
from django.utils import translation
from modelsearch.query import Fuzzy
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from search import analysis

# Longer input is cut: a query never costs more than one of this length.
MAX_QUERY_LENGTH = 200
# A word must be this long before a near miss counts as a typo of it.
TYPO_MIN_WORD_LENGTH = 5


@dataclass
class PageSearch:
    query: str
    results: object
    words: list
    # No page has all the words: these results contain words like them.
    approximate: bool = False
    # Only the beginning of a long query was searched for.
    shortened: bool = False


def clean_query(text):
    """``text`` without control or invisible characters, spaces collapsed.

    What is beyond twice ``MAX_QUERY_LENGTH`` is not even looked at.
    """
    visible = "".join(
        " " if unicodedata.category(char).startswith("C") else char
        for char in text[: MAX_QUERY_LENGTH * 2]
    )
    return re.sub(r"\s+", " ", visible).strip()


def backend_for_language(language_code):
    """The search backend for one language.

    The database backend serves every language from one index. Elasticsearch
    set-ups configure one backend per language, named by its code, each with
    that language's analysers (``search.elasticsearch``).
    """
    if language_code in settings.WAGTAILSEARCH_BACKENDS:
        return get_search_backend(language_code)
    return get_search_backend()


def supports_fuzzy(backend):
    # Wagtail's SQLite, MySQL and fallback database backends match exact words
    # only; its PostgreSQL, Elasticsearch and OpenSearch backends match near ones.
    return getattr(
        backend,
        "supports_fuzzy",
        not type(backend).__module__.startswith("modelsearch.backends.database"),
    )


def search_pages(query, locale, queryset=None, operator="and", order_by_relevance=True):
    """Live, public pages of ``locale`` matching ``query`` as its readers mean it.

    Every word must match, in any inflection the language's analysis knows and
    with or without diacritics. When no page has them all, pages with words a
    typo away are returned, marked ``approximate``.
    """
    if queryset is None:
        queryset = Page.objects.live().public()
    queryset = queryset.filter(locale=locale)
    language_code = locale.language_code
    visible = clean_query(query)
    query = visible[:MAX_QUERY_LENGTH].strip()
    words = analysis.content_words(query, language_code)
    shortened = len(visible) > MAX_QUERY_LENGTH or analysis.is_shortened(
        query, language_code
    )
    if not words:
        return PageSearch(query, queryset.none(), words, shortened=shortened)

    backend = backend_for_language(language_code)
    with translation.override(language_code):
        results = backend.search(
            query, queryset, operator=operator, order_by_relevance=order_by_relevance
        )
        typo_candidates = [
            word
            for word in words[: analysis.MAX_QUERY_WORDS]
            if len(word) >= TYPO_MIN_WORD_LENGTH
        ]
        if typo_candidates and supports_fuzzy(backend) and not results.count():
            results = backend.search(
                Fuzzy(" ".join(typo_candidates), unaccent=True),
                queryset,
                order_by_relevance=order_by_relevance,
            )
            return PageSearch(
                query, results, words, approximate=True, shortened=shortened
            )
    return PageSearch(query, results, words, shortened=shortened)


def suggest_pages(query, locale, queryset=None, limit=8):
    """Pages of ``locale`` whose titles start like ``query``, for its search box."""
    if queryset is None:
        queryset = Page.objects.live().public()
    query = clean_query(query)[:MAX_QUERY_LENGTH]
    if len("".join(analysis.words(query))) < 2:
        return []
    backend = backend_for_language(locale.language_code)
    with translation.override(locale.language_code):
        return list(backend.autocomplete(query, queryset.filter(locale=locale))[:limit])
