from django.db import models
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


class SpeakerIndexPage(FrontEndPreviewMixin, SitePage):
    introduction = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("introduction")]

    parent_page_types = ["home.HomePage"]
    subpage_types = ["infosessions.SpeakerPage"]
    max_count_per_parent = 1

    search_fields = [*Page.search_fields, index.SearchField("introduction")]

    api_fields = [
        APIField("introduction"),
        APIField("translations", serializer=api.TranslationsField()),
    ]

    class Meta:
        verbose_name = _("speaker index")
        verbose_name_plural = _("speaker indexes")

    def speakers(self):
        return (
            SpeakerPage.objects.child_of(self)
            .live()
            .public()
            .select_related("photo")
            .order_by("title")
        )


class SpeakerPage(FrontEndPreviewMixin, SitePage):
    photo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("photo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    job_title = models.CharField(_("job title"), max_length=200, blank=True)
    organisation = models.CharField(_("organisation"), max_length=200, blank=True)
    bio = models.TextField(_("short biography"), blank=True)
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = [
        FieldPanel("title", heading=_("Name")),
        FieldPanel("photo"),
        FieldPanel("job_title"),
        FieldPanel("organisation"),
        FieldPanel("bio"),
        FieldPanel("body"),
    ]

    parent_page_types = ["infosessions.SpeakerIndexPage"]
    subpage_types = []

    search_fields = [
        *Page.search_fields,
        index.SearchField("job_title"),
        index.SearchField("organisation"),
        index.SearchField("bio"),
        index.SearchField("body"),
    ]

    api_fields = [
        APIField("photo", serializer=api.ImageField(api.PHOTO_RENDITIONS)),
        APIField("job_title"),
        APIField("organisation"),
        APIField("bio"),
        APIField("body", serializer=api.BodyField()),
        APIField("sessions", serializer=api.SpeakerSessionsField()),
        APIField("translations", serializer=api.TranslationsField()),
    ]

    class Meta:
        verbose_name = _("speaker")
        verbose_name_plural = _("speakers")

    def sessions(self):
        """The live sessions this speaker took part in, latest first."""
        from .information_sessions import InformationSessionPage

        return (
            InformationSessionPage.objects.live()
            .public()
            .filter(locale_id=self.locale_id, session_speakers__speaker=self)
            .select_related("image")
            .distinct()
            .order_by("-start")
        )
