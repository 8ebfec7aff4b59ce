"""Create the Editors and Translators groups with their permissions."""

from django.core.management.base import BaseCommand
from django.utils.translation import gettext as _

from translations.roles import EDITORS, setup_roles, translators


class Command(BaseCommand):
    help = (
        "Create or complete the groups Editors and Translators (<language>) "
        "with their Wagtail permissions. Safe to run again."
    )

    def handle(self, *args, **options):
        for language_code in setup_roles():
            self.stderr.write(
                self.style.WARNING(
                    _(
                        "No home page in %(language)s yet: run this command "
                        "again once it exists to give “%(group)s” their pages."
                    )
                    % {"language": language_code, "group": translators(language_code)}
                )
            )
        if options["verbosity"]:
            self.stdout.write(
                self.style.SUCCESS(
                    _("Roles ready: %(editors)s and the translators of each language.")
                    % {"editors": EDITORS}
                )
            )
