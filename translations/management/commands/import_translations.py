"""Import PO files exported by export_translations, each applied whole or refused."""

from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from translations import po_files


class Command(BaseCommand):
    help = (
        "Import translated PO files (or every .po file of the directories "
        "given) into the translations they were exported from. A file with a "
        "problem is refused whole; the others are applied. Publish the "
        "translations in the translation editor."
    )

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", type=Path)

    def handle(self, *args, paths, **options):
        files = sorted(
            file
            for path in paths
            for file in (path.glob("*.po") if path.is_dir() else [path])
        )
        refused = 0
        for file in files:
            try:
                po = po_files.parse(file.read_bytes())
                translation = po_files.translation_of(po)
                po_files.check(translation, po)
                applied = po_files.apply(translation, po, tool_name="PO import")
            except (OSError, po_files.POFileRefused) as problem:
                refused += 1
                self.stderr.write(
                    _("%(file)s refused: %(reason)s")
                    % {"file": file.name, "reason": problem}
                )
                continue
            self.stdout.write(
                ngettext(
                    "%(file)s applied: %(count)d translated message for %(page)s.",
                    "%(file)s applied: %(count)d translated messages for %(page)s.",
                    applied,
                )
                % {
                    "file": file.name,
                    "count": applied,
                    "page": translation.source.object_repr,
                }
            )
        if refused:
            raise CommandError(
                _("%(refused)d of %(total)d PO files refused.")
                % {"refused": refused, "total": len(files)}
            )
