"""Wagtail's database search backend, reading each page in its own language.

``WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "search.backends"}}`` picks,
like ``wagtail.search.backends.database``, the implementation for the default
database: PostgreSQL full-text search with one text search configuration per
language, or SQLite FTS5 with accents folded. Both read queries the way
``search.analysis`` describes.
"""

from django.db import connection
from modelsearch.backends import database


# Wagtail looks the backend up by this name, as in its own database module.
def SearchBackend(params):
    if connection.vendor == "postgresql":
        from .postgres import PostgresSearchBackend

        return PostgresSearchBackend(params)

    from modelsearch.backends.database.sqlite.sqlite import (
        SQLiteSearchBackend as WagtailSQLiteSearchBackend,
    )

    backend = database.SearchBackend(params)
    if isinstance(backend, WagtailSQLiteSearchBackend):
        from .sqlite import SQLiteSearchBackend

        return SQLiteSearchBackend(params)
    return backend
