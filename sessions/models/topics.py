from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from sessions import api
from sessions.blocks import BodyBlock
from sessions.preview import FrontEndPreviewMixin

from .base import SitePage


class TopicPage(FrontEndPreviewMixin, SitePage):
    introduction = models.TextField(_("introduction"), blank=True)
    image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("introduction"),
        FieldPanel("image"),
        FieldPanel("body"),
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["infosessions.InformationSessionPage"]

    search_fields = [
        *Page.search_fields,
        index.SearchField("introduction"),
        index.SearchField("body"),
    ]

    api_fields = [
        APIField("introduction"),
        APIField("image", serializer=api.ImageField(api.IMAGE_RENDITIONS)),
        APIField("body", serializer=api.BodyField()),
        APIField("translations", serializer=api.TranslationsField()),
    ]

    class Meta:
        verbose_name = _("topic")
        verbose_name_plural = _("topics")

    def sessions(self):
        from .information_sessions import InformationSessionPage

        return (
            InformationSessionPage.objects.child_of(self)
            .live()
            .public()
            .select_related("image")
        )

    def upcoming_sessions(self):
        return self.sessions().filter(end__gte=timezone.now()).order_by("start")

    def past_sessions(self):
        return self.sessions().filter(end__lt=timezone.now()).order_by("-start")
