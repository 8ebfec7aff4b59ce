"""Create the demo accounts of `make run`, one per role. Development only."""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from wagtail.users.models import UserProfile

from translations.roles import EDITORS, translators

DEMO_PASSWORD = "kcsf-demo-2021"  # noqa: S105
DEMO_SUPERUSER = "admin"
# (username, group, admin interface language)
DEMO_ROLE_USERS = [
    ("editor", EDITORS, "sq"),
    ("translator-sq", translators("sq"), "sq"),
    ("translator-sr-latn", translators("sr-latn"), "sr-latn"),
    ("translator-en", translators("en"), "en"),
]


class Command(BaseCommand):
    help = (
        "Create the demo superuser and one demo user per role "
        "(development only; credentials in the README)."
    )

    def handle(self, *args, **options):
        if not settings.ALLOW_DEMO_USERS:
            raise CommandError(
                "Demo users are for development and tests only "
                "(ALLOW_DEMO_USERS is off in these settings)."
            )
        call_command("setup_roles", verbosity=0)
        self.create_user(DEMO_SUPERUSER, is_superuser=True)
        for username, group_name, language in DEMO_ROLE_USERS:
            user = self.create_user(username)
            user.groups.add(Group.objects.get(name=group_name))
            profile = UserProfile.get_for_user(user)
            profile.preferred_language = language
            profile.save(update_fields=["preferred_language"])
        if options["verbosity"]:
            usernames = [DEMO_SUPERUSER, *(name for name, *_ in DEMO_ROLE_USERS)]
            self.stdout.write(
                f"Demo users (password {DEMO_PASSWORD}): {', '.join(usernames)}"
            )

    def create_user(self, username, is_superuser=False):
        user, created = get_user_model().objects.get_or_create(
            username=username,
            defaults={"is_staff": is_superuser, "is_superuser": is_superuser},
        )
        if created:
            user.set_password(DEMO_PASSWORD)
            user.save()
        return user
