"""The RSS feed of each language's sessions (Django's syndication framework)."""

from django.contrib.syndication.views import Feed
from django.utils.translation import gettext as _
from wagtail.models import Locale

from sessions.models import InformationSessionPage, SessionIndexPage

FEED_LENGTH = 50


def locale_sessions(locale):
    return (
        InformationSessionPage.objects.live()
        .public()
        .filter(locale=locale)
        .select_related("locale")
        .order_by("-start")
    )


def session_index_url(locale, request):
    index = SessionIndexPage.objects.live().public().filter(locale=locale).first()
    return index.get_url(request) if index else f"/{locale.language_code}/"


class SessionFeed(Feed):
    """Sessions of the active language, latest start first."""

    def get_object(self, request, *args, **kwargs):
        self.request = request
        return Locale.get_active()

    def title(self):
        return _("Information sessions · Kosovo Resource Centre for Civil Society")

    def description(self):
        return _(
            "Information sessions on civil society, participation and European "
            "integration, in the languages official and in use in Kosovo."
        )

    def link(self, locale):
        return session_index_url(locale, self.request)

    def items(self, locale):
        return locale_sessions(locale)[:FEED_LENGTH]

    def item_title(self, session):
        return session.title

    def item_description(self, session):
        return session.summary

    def item_link(self, session):
        return session.get_url(self.request)

    def item_guid(self, session):
        return f"{session.translation_key}-{session.locale.language_code}"

    item_guid_is_permalink = False

    def item_pubdate(self, session):
        return session.first_published_at

    def item_updateddate(self, session):
        return session.last_published_at

    def item_categories(self, session):
        return [session.get_format_display()]
