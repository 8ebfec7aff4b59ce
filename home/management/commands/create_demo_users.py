"""Create the demo accounts of `make run`. Development only."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

DEMO_SUPERUSER = {"username": "admin", "password": "kcsf-demo-2021"}


class Command(BaseCommand):
    help = "Create the demo superuser (development only; credentials in the README)."

    def handle(self, *args, **options):
        if not settings.ALLOW_DEMO_USERS:
            raise CommandError(
                "Demo users are for development and tests only "
                "(ALLOW_DEMO_USERS is off in these settings)."
            )
        user_model = get_user_model()
        user, created = user_model.objects.get_or_create(
            username=DEMO_SUPERUSER["username"],
            defaults={"is_staff": True, "is_superuser": True},
        )
        if created:
            user.set_password(DEMO_SUPERUSER["password"])
            user.save()
        self.stdout.write(
            f"Demo superuser: {DEMO_SUPERUSER['username']} / "
            f"{DEMO_SUPERUSER['password']}"
        )
