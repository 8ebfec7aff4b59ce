from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    MultipleChooserPanel,
)
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from sessions import api
from sessions.blocks import BodyBlock
from sessions.fields import MultipleChoiceField
from sessions.preview import FrontEndPreviewMixin

from .base import SitePage


class SessionFormat(models.TextChoices):
    ONLINE = "online", _("Online")
    IN_PERSON = "in_person", _("In person")
    HYBRID = "hybrid", _("Hybrid")


class SessionLanguage(models.TextChoices):
    # The languages official and in use in Kosovo, and English.
    ALBANIAN = "sq", _("Albanian")
    SERBIAN = "sr", _("Serbian")
    TURKISH = "tr", _("Turkish")
    BOSNIAN = "bs", _("Bosnian")
    ROMANI = "rom", _("Romani")
    ENGLISH = "en", _("English")


class SpeakerRole(models.TextChoices):
    SPEAKER = "speaker", _("Speaker")
    MODERATOR = "moderator", _("Moderator")
    PANELLIST = "panellist", _("Panellist")
    TRAINER = "trainer", _("Trainer")


class InformationSessionPage(FrontEndPreviewMixin, SitePage):
    number = models.PositiveSmallIntegerField(
        _("number"),
        null=True,
        blank=True,
        help_text=_("Shown as “Information Session 3”."),
    )
    start = models.DateTimeField(_("start"))
    end = models.DateTimeField(_("end"))
    format = models.CharField(
        _("format"),
        max_length=20,
        choices=SessionFormat.choices,
        default=SessionFormat.ONLINE,
    )
    venue = models.CharField(
        _("venue"),
        max_length=200,
        blank=True,
        help_text=_("Where the session takes place in person, e.g. North Mitrovica."),
    )
    platform = models.CharField(
        _("online platform"),
        max_length=100,
        blank=True,
        help_text=_("E.g. Zoom."),
    )
    join_url = models.URLField(
        _("join or registration URL"),
        blank=True,
        help_text=_("Where participants join or register."),
    )
    languages = MultipleChoiceField(
        _("languages"),
        choices=SessionLanguage.choices,
        blank=True,
        help_text=_("The languages the session is held in."),
    )
    participants = models.PositiveIntegerField(
        _("number of participants"), null=True, blank=True
    )
    summary = models.TextField(_("summary"), blank=True)
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
        MultiFieldPanel(
            [
                FieldPanel("number"),
                FieldRowPanel([FieldPanel("start"), FieldPanel("end")]),
                FieldPanel("format"),
                FieldPanel("venue"),
                FieldRowPanel([FieldPanel("platform"), FieldPanel("join_url")]),
                FieldPanel("languages"),
                FieldPanel("participants"),
            ],
            heading=_("When and where"),
        ),
        MultipleChooserPanel(
            "session_speakers",
            chooser_field_name="speaker",
            heading=_("Speakers"),
            label=_("Speaker"),
        ),
        FieldPanel("summary"),
        FieldPanel("image"),
        FieldPanel("body"),
        InlinePanel("documents", heading=_("Documents"), label=_("Document")),
    ]

    parent_page_types = ["infosessions.TopicPage"]
    subpage_types = []

    search_fields = [
        *Page.search_fields,
        index.SearchField("summary"),
        index.SearchField("venue"),
        index.SearchField("body"),
        index.SearchField("speaker_names"),
        index.SearchField("topic_title"),
        index.FilterField("start"),
        index.FilterField("end"),
        index.FilterField("format"),
    ]

    api_fields = [
        APIField("number"),
        APIField("start"),
        APIField("end"),
        APIField("format"),
        APIField("format_label", serializer=api.FormatLabelField()),
        APIField("venue"),
        APIField("platform"),
        APIField("join_url"),
        APIField("languages"),
        APIField("language_labels", serializer=api.LanguageLabelsField()),
        APIField("participants"),
        APIField("summary"),
        APIField("topic", serializer=api.TopicField()),
        APIField("speakers", serializer=api.SpeakersField()),
        APIField("image", serializer=api.ImageField(api.IMAGE_RENDITIONS)),
        APIField("body", serializer=api.BodyField()),
        APIField("documents", serializer=api.DocumentsField()),
        APIField("translations", serializer=api.TranslationsField()),
    ]

    # Platform names such as "Zoom" are the same in every language.
    override_translatable_fields = [SynchronizedField("platform")]

    class Meta:
        verbose_name = _("information session")
        verbose_name_plural = _("information sessions")
        # Upcoming (end) and latest (start) sessions are found by walking
        # these, not by sorting every session of the site.
        indexes = [
            models.Index(fields=["start"], name="session_start_idx"),
            models.Index(fields=["end"], name="session_end_idx"),
        ]

    def clean(self):
        super().clean()
        if self.start and self.end and self.end < self.start:
            raise ValidationError({"end": _("The end must not be before the start.")})

    def get_admin_display_title(self):
        """The title with the date and format, for the admin's page explorer."""
        title = super().get_admin_display_title()
        if not self.start:
            return title
        start = date_format(timezone.localtime(self.start), "SHORT_DATE_FORMAT")
        return f"{title} · {start} · {self.get_format_display()}"

    def save(self, *args, **kwargs):
        self.localize_speakers()
        return super().save(*args, **kwargs)

    def localize_speakers(self):
        """Point every speaker link at the speaker page in this page's locale.

        wagtail-localize copies the speaker links from the source page as
        synchronised child objects, still pointing at the source language's
        speaker pages.
        """
        locale = self.locale if self.locale_id else self.get_default_locale()
        for link in self.session_speakers.all():
            speaker = link.speaker
            if speaker.locale_id != locale.pk:
                link.speaker = speaker.get_translation_or_none(locale) or speaker

    @property
    def is_past(self):
        return self.end < timezone.now()

    @property
    def topic(self):
        return self.parent_page().specific

    def parent_page(self):
        # Lists of sessions load their topics at once with Wagtail's
        # PageManager.annotate_parent_page().
        return getattr(self, "_parent_page", None) or self.get_parent()

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["speaker_links"] = list(self.speaker_links())
        context["documents"] = list(self.documents.select_related("document"))
        return context

    def language_labels(self):
        return self._meta.get_field("languages").labels(self.languages)

    def speaker_links(self):
        return self.session_speakers.select_related("speaker", "speaker__photo")

    def speaker_names(self):
        """Indexed, so that a speaker's name finds the sessions they spoke at."""
        return [link.speaker.title for link in self.session_speakers.all()]

    def topic_title(self):
        """Indexed, so that a topic's name finds its sessions."""
        return self.parent_page().title


class SessionSpeaker(Orderable):
    page = ParentalKey(
        InformationSessionPage,
        on_delete=models.CASCADE,
        related_name="session_speakers",
    )
    speaker = models.ForeignKey(
        "infosessions.SpeakerPage",
        verbose_name=_("speaker"),
        on_delete=models.CASCADE,
        related_name="session_links",
    )
    role = models.CharField(
        _("role"),
        max_length=20,
        choices=SpeakerRole.choices,
        default=SpeakerRole.SPEAKER,
    )

    panels = [FieldPanel("speaker"), FieldPanel("role")]

    class Meta(Orderable.Meta):
        verbose_name = _("session speaker")
        verbose_name_plural = _("session speakers")


class SessionDocument(Orderable):
    page = ParentalKey(
        InformationSessionPage, on_delete=models.CASCADE, related_name="documents"
    )
    document = models.ForeignKey(
        "wagtaildocs.Document",
        verbose_name=_("document"),
        on_delete=models.CASCADE,
        related_name="+",
    )

    panels = [FieldPanel("document")]

    class Meta(Orderable.Meta):
        verbose_name = _("session document")
        verbose_name_plural = _("session documents")
