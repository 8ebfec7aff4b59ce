from django.db import migrations

# Every public page's header lists the home page's children shown in menus
# (sessions/navigation.py). Wagtail indexes neither the depth nor
# show_in_menus, so without this index that query reads every page of the
# site; with it, the few menu pages. PostgreSQL and SQLite both know partial
# indexes.


class Migration(migrations.Migration):
    dependencies = [
        ("infosessions", "0003_session_start_and_end_indexes"),
        ("wagtailcore", "0098_apitoken"),
    ]

    operations = [
        migrations.RunSQL(
            "CREATE INDEX infosessions_page_menu_idx "
            "ON wagtailcore_page (depth) WHERE show_in_menus",
            "DROP INDEX infosessions_page_menu_idx",
        ),
    ]
