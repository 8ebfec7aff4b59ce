"""PostgreSQL set-up for search in each language; nothing on other databases.

- unaccent, and the immutable ``f_unaccent()`` wrapper Wagtail's fuzzy search
  calls (as Wagtail's ``enable_unaccent`` command creates it);
- pg_trgm, and trigram indexes on the accent-folded index text, for typos;
- one text search configuration per language, folding accents before its
  dictionary (``search.backends.postgres.TEXT_SEARCH_CONFIGS``).

CREATE EXTENSION needs a superuser, or the database owner: unaccent and pg_trgm
are trusted extensions since PostgreSQL 13. See README, "Search".
"""

from django.db import migrations

# (name, template configuration, dictionary after unaccent)
CONFIGURATIONS = [
    ("simple_unaccent", "simple", "simple"),
    ("albanian_unaccent", "simple", "simple"),
    ("serbian_unaccent", "serbian", "serbian_stem"),
    ("english_unaccent", "english", "english_stem"),
]
# Token types that may hold letters with diacritics.
ACCENTED_TOKENS = "hword, hword_part, word"
TRIGRAM_INDEXES = [
    ("modelsearch_title_text_unaccent_trgm", "title_text"),
    ("modelsearch_body_text_unaccent_trgm", "body_text"),
]


def create(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    table = schema_editor.quote_name(
        apps.get_model("wagtailsearch", "IndexEntry")._meta.db_table
    )
    schema_editor.execute("CREATE EXTENSION IF NOT EXISTS unaccent")
    schema_editor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    schema_editor.execute(
        "CREATE OR REPLACE FUNCTION f_unaccent(text) RETURNS text"
        " LANGUAGE sql IMMUTABLE PARALLEL SAFE STRICT"
        " AS $$ SELECT public.unaccent('public.unaccent', $1) $$"
    )
    for name, template, dictionary in CONFIGURATIONS:
        schema_editor.execute(
            f"CREATE TEXT SEARCH CONFIGURATION {name} (COPY = {template})"
        )
        schema_editor.execute(
            f"ALTER TEXT SEARCH CONFIGURATION {name}"
            f" ALTER MAPPING FOR {ACCENTED_TOKENS} WITH unaccent, {dictionary}"
        )
    for index, column in TRIGRAM_INDEXES:
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {index} ON {table}"
            f" USING gin (f_unaccent({column}) gin_trgm_ops)"
        )


def drop(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for index, _column in TRIGRAM_INDEXES:
        schema_editor.execute(f"DROP INDEX IF EXISTS {index}")
    for name, _template, _dictionary in CONFIGURATIONS:
        schema_editor.execute(f"DROP TEXT SEARCH CONFIGURATION IF EXISTS {name}")


class Migration(migrations.Migration):
    dependencies = [("wagtailsearch", "0010_add_text_fields")]

    operations = [migrations.RunPython(create, drop, elidable=False)]
