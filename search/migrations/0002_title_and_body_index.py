"""A GIN index on the vector Wagtail's PostgreSQL backend matches queries against.

modelsearch filters on ``title || body``; its own indexes cover each column
alone, so without this one every search read the whole index table (a search
of 10,000 sessions a language spent 120 ms in that scan alone).
"""

from django.db import migrations

INDEX = "search_indexentry_title_body_gin"


def create(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    table = schema_editor.quote_name(
        apps.get_model("wagtailsearch", "IndexEntry")._meta.db_table
    )
    schema_editor.execute(
        f"CREATE INDEX IF NOT EXISTS {INDEX} ON {table} USING gin ((title || body))"
    )


def drop(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [("search", "0001_postgresql_text_search")]

    operations = [migrations.RunPython(create, drop, elidable=False)]
