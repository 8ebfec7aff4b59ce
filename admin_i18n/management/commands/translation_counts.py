from django.core.management.base import BaseCommand

from admin_i18n import catalogues


class Command(BaseCommand):
    help = "Print the number of translated messages per catalogue and language."

    def handle(self, *args, **options):
        rows = catalogues.counts()
        self.stdout.write(
            f"{'catalogue':<18}{'domain':<10}{'language':<10}"
            f"{'translated':>11}{'total':>7}{'%':>7}"
        )
        for row in rows:
            self.stdout.write(
                f"{row.catalogue:<18}{row.domain:<10}{row.language:<10}"
                f"{row.translated:>11}{row.total:>7}{row.percent:>7.1f}"
            )
