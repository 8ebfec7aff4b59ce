"""PostgreSQL full-text search with each language's own text search configuration.

Wagtail keeps one index row per object, built with one configuration, and
queries with that same one. Every page here has one locale, so its row is built
with its language's configuration, and a query uses the configuration of the
language it is made in; results are always limited to that language's pages.
The configurations are created by ``search/migrations/0001_postgresql_text_search``.
"""

import copy
import operator
from collections import defaultdict
from functools import reduce

from django.contrib.postgres.search import SearchQuery
from modelsearch.backends.database.postgres import postgres
from modelsearch.backends.database.postgres.query import Lexeme
from modelsearch.query import PlainText
from wagtail.models import Locale

from .base import (
    AnalysedAutocompleteMixin,
    AnalysedBackendMixin,
    AnalysedQueryCompilerMixin,
)

# Each folds accents with unaccent before its dictionary. Albanian has no
# stemmer in PostgreSQL: ``search.analysis`` handles its endings in queries.
TEXT_SEARCH_CONFIGS = {
    "sq": "albanian_unaccent",
    "sr-latn": "serbian_unaccent",
    "en": "english_unaccent",
}
# For objects that belong to no locale (images, documents) and for
# search-as-you-type, which must match unfinished words unstemmed.
NEUTRAL_CONFIG = "simple_unaccent"


class PlainTextQueryMixin:
    def build_tsquery_content(self, query, config=None, invert=False):
        if not isinstance(query, PlainText):
            return super().build_tsquery_content(query, config=config, invert=invert)
        lexemes = [
            self.term_lexeme(term, invert) for term in self.analyse(query.query_string)
        ]
        if not lexemes:
            return None
        combine = operator.and_ if query.operator == "and" else operator.or_
        return SearchQuery(reduce(combine, lexemes), search_type="raw", config=config)

    def term_lexeme(self, term, invert):
        # Not (a or b) is (not a) and (not b).
        either = operator.and_ if invert else operator.or_
        return reduce(
            either,
            (
                Lexeme(spelling, invert=invert, prefix=term.prefix)
                for spelling in term.spellings
            ),
        )


class PostgresSearchQueryCompiler(
    AnalysedQueryCompilerMixin,
    PlainTextQueryMixin,
    postgres.PostgresSearchQueryCompiler,
):
    def get_config(self, backend):
        return backend.config_for_language(self.language_code)


class PostgresAutocompleteQueryCompiler(
    AnalysedAutocompleteMixin,
    PlainTextQueryMixin,
    postgres.PostgresAutocompleteQueryCompiler,
):
    pass


class PostgresIndex(postgres.PostgresIndex):
    def add_items(self, model, objs):
        languages = dict(Locale.objects.values_list("pk", "language_code"))
        by_language = defaultdict(list)
        for obj in objs:
            by_language[languages.get(getattr(obj, "locale_id", None))].append(obj)
        for language_code, group in by_language.items():
            language_backend = self.backend.for_language(language_code)
            postgres.PostgresIndex(language_backend).add_items(model, group)


class PostgresSearchBackend(AnalysedBackendMixin, postgres.PostgresSearchBackend):
    query_compiler_class = PostgresSearchQueryCompiler
    autocomplete_query_compiler_class = PostgresAutocompleteQueryCompiler
    index_class = PostgresIndex
    supports_fuzzy = True

    def __init__(self, params):
        super().__init__(params)
        self.config = self.autocomplete_config = NEUTRAL_CONFIG

    def config_for_language(self, language_code):
        return TEXT_SEARCH_CONFIGS.get(language_code, NEUTRAL_CONFIG)

    def for_language(self, language_code):
        """This backend indexing with ``language_code``'s configuration."""
        language_backend = copy.copy(self)
        language_backend.config = self.config_for_language(language_code)
        return language_backend
