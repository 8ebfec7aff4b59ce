from django.db import migrations

SOURCE_LANGUAGE = "sq"
SYNCHRONISED_LANGUAGES = ["sr-latn", "en"]


def synchronise_locales(apps, schema_editor):
    """Mirror every Albanian page into the other locales as an alias to translate."""
    Locale = apps.get_model("wagtailcore", "Locale")
    LocaleSynchronization = apps.get_model("wagtail_localize", "LocaleSynchronization")
    source = Locale.objects.get(language_code=SOURCE_LANGUAGE)
    for code in SYNCHRONISED_LANGUAGES:
        LocaleSynchronization.objects.get_or_create(
            locale=Locale.objects.get(language_code=code),
            defaults={"sync_from": source},
        )


def stop_synchronising(apps, schema_editor):
    LocaleSynchronization = apps.get_model("wagtail_localize", "LocaleSynchronization")
    LocaleSynchronization.objects.filter(
        locale__language_code__in=SYNCHRONISED_LANGUAGES,
        sync_from__language_code=SOURCE_LANGUAGE,
    ).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0002_create_locales"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
    ]

    operations = [migrations.RunPython(synchronise_locales, stop_synchronising)]
