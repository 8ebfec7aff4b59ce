"""Export the pages of a language that wait for translation, one PO file each."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from wagtail.models import Locale
from wagtail_localize.models import Translation, TranslationSource
from wagtail_localize.operations import translate_object

from translations.tasks import TaskState, localization_tasks

EXPORTED_STATES = [
    TaskState.NOT_TRANSLATED,
    TaskState.IN_PROGRESS,
    TaskState.OUT_OF_DATE,
]


class Command(BaseCommand):
    help = (
        "Write one PO file per page of LANGUAGE that is untranslated, partly "
        "translated or out of date into DIRECTORY. Pages still mirroring their "
        "source start their translation, and out-of-date translations are synced "
        "from their source first, as the admin's buttons do. Bring the files back "
        "with import_translations."
    )

    def add_arguments(self, parser):
        parser.add_argument("language", help="e.g. sr-latn")
        parser.add_argument("directory", type=Path)

    def handle(self, *args, language, directory, **options):
        locale = Locale.objects.filter(language_code=language).first()
        if locale is None:
            raise CommandError(_("No such language: %(code)s.") % {"code": language})
        directory.mkdir(parents=True, exist_ok=True)
        tasks = localization_tasks().filter(locale=locale, state__in=EXPORTED_STATES)
        for task in tasks:
            translation = self.prepare(task)
            path = directory / f"{task.pk}-{task.slug}.po"
            path.write_text(str(translation.export_po()), encoding="utf-8")
            self.stdout.write(
                f"{path.name}: {task.get_admin_display_title()} "
                f"({TaskState(task.state).label})"
            )
        self.stdout.write(
            ngettext(
                "%(count)d PO file written to %(directory)s.",
                "%(count)d PO files written to %(directory)s.",
                len(tasks),
            )
            % {"count": len(tasks), "directory": directory}
        )

    @transaction.atomic
    def prepare(self, task):
        """The Translation of ``task``, started or synced as it needs."""
        if task.state == TaskState.OUT_OF_DATE:
            TranslationSource.objects.get(pk=task.task_source_id).update_from_db()
        elif task.task_source_id is None:
            translate_object(task.alias_of.specific, [task.locale])
        return Translation.objects.get(
            source__object_id=task.translation_key, target_locale=task.locale
        )
