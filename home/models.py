from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from home import routing
from sessions import api
from sessions.blocks import BodyBlock
from sessions.models import InformationSessionPage, TopicPage
from sessions.models.base import SitePage
from sessions.preview import FrontEndPreviewMixin


class HomePage(FrontEndPreviewMixin, SitePage):
    introduction = models.TextField(_("introduction"), blank=True)
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("introduction"),
        FieldPanel("body"),
    ]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "infosessions.TopicPage",
        "infosessions.SessionIndexPage",
        "infosessions.SpeakerIndexPage",
    ]

    search_fields = [
        *Page.search_fields,
        index.SearchField("introduction"),
        index.SearchField("body"),
    ]

    api_fields = [
        APIField("introduction"),
        APIField("body", serializer=api.BodyField()),
        APIField("translations", serializer=api.TranslationsField()),
    ]

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")

    def route(self, request, path_components):
        return routing.route(self, request, path_components)

    def topics(self):
        return TopicPage.objects.child_of(self).live().public().select_related("image")

    def sessions(self):
        return (
            InformationSessionPage.objects.descendant_of(self)
            .live()
            .public()
            .select_related("image")
        )

    def upcoming_sessions(self):
        return self.sessions().filter(end__gte=timezone.now()).order_by("start")[:3]

    def latest_past_sessions(self):
        return self.sessions().filter(end__lt=timezone.now()).order_by("-start")[:3]
