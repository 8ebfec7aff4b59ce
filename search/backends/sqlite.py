"""SQLite FTS5 search (development) with accents folded as on PostgreSQL.

FTS5's tokenizer drops the marks of letters that decompose (š → s, ë → e) but
keeps đ, so "gradjani"/"gradani" would miss "građani": the index rows are stored
folded. SQLite has no stemmers; the relevance tests that need one run on
PostgreSQL only.
"""

import operator
from functools import reduce

from django.utils.encoding import force_str
from modelsearch.backends.database.sqlite import sqlite
from modelsearch.backends.database.sqlite.query import Lexeme, SearchQueryExpression
from modelsearch.query import PlainText
from modelsearch.utils import get_content_type_pk

from search import analysis

from .base import (
    AnalysedAutocompleteMixin,
    AnalysedBackendMixin,
    AnalysedQueryCompilerMixin,
)


class PlainTextQueryMixin:
    def build_search_query_content(self, query, config=None):
        if not isinstance(query, PlainText):
            return super().build_search_query_content(query, config=config)
        lexemes = [
            reduce(
                operator.or_,
                (Lexeme(spelling, prefix=term.prefix) for spelling in term.spellings),
            )
            for term in self.analyse(query.query_string)
        ]
        if not lexemes:
            return None
        combine = operator.and_ if query.operator.lower() == "and" else operator.or_
        return SearchQueryExpression(reduce(combine, lexemes), config=config)


class SQLiteSearchQueryCompiler(
    AnalysedQueryCompilerMixin, PlainTextQueryMixin, sqlite.SQLiteSearchQueryCompiler
):
    pass


class SQLiteAutocompleteQueryCompiler(
    AnalysedAutocompleteMixin,
    PlainTextQueryMixin,
    sqlite.SQLiteAutocompleteQueryCompiler,
):
    pass


class SQLiteIndex(sqlite.SQLiteIndex):
    FOLDED_FIELDS = ("title", "body", "autocomplete")

    def add_items(self, model, objs):
        super().add_items(model, objs)
        entries = list(
            self.entries.filter(
                content_type_id=get_content_type_pk(model),
                object_id__in=[force_str(obj.pk) for obj in objs],
            )
        )
        for entry in entries:
            for field in self.FOLDED_FIELDS:
                value = getattr(entry, field)
                if value:
                    setattr(entry, field, analysis.unaccent(value))
        # The FTS5 table follows through IndexEntry's update trigger.
        self.entries.bulk_update(entries, self.FOLDED_FIELDS)


class SQLiteSearchBackend(AnalysedBackendMixin, sqlite.SQLiteSearchBackend):
    query_compiler_class = SQLiteSearchQueryCompiler
    autocomplete_query_compiler_class = SQLiteAutocompleteQueryCompiler
    index_class = SQLiteIndex
    supports_fuzzy = False
