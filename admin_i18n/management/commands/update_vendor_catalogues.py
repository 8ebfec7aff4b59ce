from django.core.management.base import BaseCommand

from admin_i18n import catalogues


class Command(BaseCommand):
    help = (
        "Merge the messages of the installed Wagtail and wagtail-localize into "
        "locale/vendor/ after an upgrade, keeping every existing translation, and "
        "compile them."
    )

    def handle(self, *args, **options):
        for package in catalogues.PACKAGES:
            for domain in catalogues.DOMAINS:
                if not catalogues.source_catalogues(package, domain):
                    continue
                for language in catalogues.target_languages():
                    result = catalogues.refresh(package, language, domain)
                    self.stdout.write(
                        f"{result.path.relative_to(catalogues.PROJECT_DIR)}: "
                        f"{result.kept} kept, {result.added} new, "
                        f"{result.fuzzy} fuzzy, {result.obsolete} obsolete"
                    )
