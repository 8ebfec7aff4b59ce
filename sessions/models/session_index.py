from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.models import Page
from wagtail.search import index

from sessions import api, listing

from .base import SitePage


class SessionIndexPage(SitePage):
    """Every session of the site's language, filterable, with feeds to follow."""

    introduction = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("introduction")]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    search_fields = [*Page.search_fields, index.SearchField("introduction")]

    api_fields = [
        APIField("introduction"),
        APIField("translations", serializer=api.TranslationsField()),
    ]

    class Meta:
        verbose_name = _("session index")
        verbose_name_plural = _("session indexes")

    def sessions(self):
        from .information_sessions import InformationSessionPage

        return (
            InformationSessionPage.objects.descendant_of(self.get_parent())
            .live()
            .public()
            .select_related("image")
        )

    def topics(self):
        from .topics import TopicPage

        return TopicPage.objects.child_of(self.get_parent()).live().public()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["listing"] = listing.SessionListing(
            request.GET, self.sessions(), topics=self.topics()
        )
        return context
