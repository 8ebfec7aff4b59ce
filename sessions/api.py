"""What the headless API says about pages, beyond their plain fields.

The fields here are Django REST framework fields named in the page models'
``api_fields``: Wagtail's API v2 serialises with them, and API v3 reuses them
(typed from the return annotation of ``to_representation``). In API v2 the
request is in ``self.context``; API v3 gives these fields no context, so links
to the API then point at API v3.

A listing calls ``prefetch_for_api`` on its page of results, so that related
data costs the same few queries however many pages, speakers, images or
translations there are. A field used without it (a detail view, API v3) loads
the same data for its one page.
"""

from datetime import date, datetime, time
from typing import Any

from django import forms
from django.core.exceptions import ValidationError
from django.db.models import Exists, OuterRef, Prefetch, Q, prefetch_related_objects
from django.db.models.functions import Length, Substr
from django.urls import NoReverseMatch, reverse
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _
from rest_framework.fields import Field
from typing_extensions import TypedDict
from wagtail.api.utils import get_full_url
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, CollectionViewRestriction, Page

# The sizes the rendered site uses, so the API reuses their renditions.
PHOTO_RENDITIONS = {"thumbnail": "fill-96x96", "medium": "fill-240x240"}
IMAGE_RENDITIONS = {"card": "fill-480x270", "hero": "fill-1200x600"}


class RenditionData(TypedDict):
    url: str
    width: int
    height: int


class ImageData(TypedDict):
    id: int
    title: str
    alt: str
    width: int
    height: int
    renditions: dict[str, RenditionData]


class PageLinkData(TypedDict):
    id: int
    title: str
    locale: str
    detail_url: str
    html_url: str | None


class SpeakerData(PageLinkData):
    name: str
    job_title: str
    organisation: str
    role: str
    role_label: str
    photo: ImageData | None


class DocumentData(TypedDict):
    id: int
    title: str
    url: str
    file_extension: str


class SessionLinkData(PageLinkData):
    start: datetime
    end: datetime


def api_detail_url(context, page):
    """The page's address in the API the request came through."""
    router = context.get("router")
    if router is not None:
        from wagtail.api.v2.utils import get_object_detail_url

        return get_object_detail_url(router, context.get("request"), Page, page.pk)
    try:
        path = reverse("wagtailapi_v3:detail_page", kwargs={"page_id": page.pk})
    except NoReverseMatch:
        return None
    return get_full_url(context.get("request"), path)


def page_link(context, page) -> PageLinkData:
    return {
        "id": page.pk,
        "title": page.title,
        "locale": page.locale.language_code,
        "detail_url": api_detail_url(context, page),
        "html_url": page.get_full_url(context.get("request")),
    }


def public_pages(model=Page):
    return model.objects.live().public()


def image_data(image, renditions) -> ImageData:
    found = image.get_renditions(*renditions.values())
    return {
        "id": image.pk,
        "title": image.title,
        "alt": image.default_alt_text,
        "width": image.width,
        "height": image.height,
        "renditions": {
            name: {
                "url": found[spec].url,
                "width": found[spec].width,
                "height": found[spec].height,
            }
            for name, spec in renditions.items()
        },
    }


def rendition_prefetch(lookup, renditions):
    """Load the named renditions of the images at ``lookup`` in one query."""
    rendition_model = get_image_model().get_rendition_model()
    return Prefetch(
        f"{lookup}__renditions",
        queryset=rendition_model.objects.filter(
            filter_spec__in=list(renditions.values())
        ),
    )


def speaker_links(public, renditions=True):
    """Links to the speaker pages among ``public``, with what the API shows."""
    from sessions.models import SessionSpeaker

    links = SessionSpeaker.objects.filter(
        speaker__in=public.values("pk")
    ).select_related("speaker__locale", "speaker__photo")
    if renditions:
        links = links.prefetch_related(
            rendition_prefetch("speaker__photo", PHOTO_RENDITIONS)
        )
    return links


def speakers(public):
    from sessions.models import SpeakerPage

    return (
        SpeakerPage.objects.filter(pk__in=public.values("pk"))
        .select_related("locale", "photo")
        .prefetch_related(rendition_prefetch("photo", PHOTO_RENDITIONS))
    )


def restricted_collections():
    """Collections under a view restriction, or inside one.

    The public API never shows their images and documents, whoever asks. Used
    as ``collection__in``: search backends filter on indexed fields only.
    """
    return Collection.objects.filter(
        Exists(
            CollectionViewRestriction.objects.filter(
                collection__path=Substr(OuterRef("path"), 1, Length("collection__path"))
            )
        )
    )


def public_documents():
    return get_document_model().objects.exclude(collection__in=restricted_collections())


def public_links(links, name, targets):
    """``links`` whose target ``name`` is among ``targets``, loaded in one query.

    The links may be a draft's, held in memory (a preview), so they are
    filtered here rather than in the database.
    """
    links = list(links)
    found = targets.in_bulk([getattr(link, f"{name}_id") for link in links])
    for link in links:
        setattr(link, name, found.get(getattr(link, f"{name}_id")))
    return [link for link in links if getattr(link, name) is not None]


def select_related_for_api(queryset):
    """Join the images a listing of one page type shows to its query."""
    from sessions.models import InformationSessionPage, SpeakerPage, TopicPage

    related = {
        InformationSessionPage: ["image"],
        TopicPage: ["image"],
        SpeakerPage: ["photo"],
    }
    return queryset.select_related("locale", *related.get(queryset.model, []))


def document_links():
    from sessions.models import SessionDocument

    return SessionDocument.objects.exclude(
        document__collection__in=restricted_collections()
    ).select_related("document")


def prefetch_for_api(pages, public, details=False):
    """Load what the API fields of ``pages`` show, in a fixed number of queries.

    ``public`` is the queryset of pages the API may show. ``details`` also
    loads what only a detail view shows; for one page, the renditions come
    from Wagtail's rendition cache rather than a query.
    """
    from sessions.models import InformationSessionPage, SpeakerPage, TopicPage

    by_model = {}
    for page in pages:
        by_model.setdefault(type(page), []).append(page)
    attach_translations_and_parents(pages, public)
    if sessions := by_model.get(InformationSessionPage):
        lookups = [
            Prefetch(
                "session_speakers",
                speaker_links(public, renditions=not details),
                to_attr="api_speakers",
            )
        ]
        if details:
            lookups.append(
                Prefetch("documents", document_links(), to_attr="api_documents")
            )
        else:
            lookups.append(rendition_prefetch("image", IMAGE_RENDITIONS))
        prefetch_related_objects(sessions, *lookups)
    if not details:
        if topics := by_model.get(TopicPage):
            prefetch_related_objects(
                topics, rendition_prefetch("image", IMAGE_RENDITIONS)
            )
        if speakers := by_model.get(SpeakerPage):
            prefetch_related_objects(
                speakers, rendition_prefetch("photo", PHOTO_RENDITIONS)
            )


def attach_translations_and_parents(pages, public):
    """Both are pages of ``public``, loaded together in one query."""
    parent_paths = {page.path[: -Page.steplen] for page in pages}
    related = public.filter(
        Q(translation_key__in={page.translation_key for page in pages})
        | Q(path__in=parent_paths)
    ).select_related("locale")
    translations = {}
    by_path = {}
    for other in sorted(related, key=lambda page: page.locale.language_code):
        translations.setdefault(other.translation_key, []).append(other)
        by_path[other.path] = other
    for page in pages:
        page.api_translations = [
            other
            for other in translations.get(page.translation_key, ())
            if other.pk != page.pk
        ]
        page.api_parent = by_path.get(page.path[: -Page.steplen])


class PageField(Field):
    """A field computed from the whole page, in the page's own language."""

    def __init__(self, **kwargs):
        kwargs.setdefault("source", "*")
        kwargs.setdefault("read_only", True)
        super().__init__(**kwargs)


class TranslationsField(PageField):
    def to_representation(self, page) -> list[PageLinkData]:
        if not hasattr(page, "api_translations"):
            attach_translations_and_parents([page], public_pages())
        return [page_link(self.context, other) for other in page.api_translations]


class TopicField(PageField):
    def to_representation(self, page) -> PageLinkData | None:
        if not hasattr(page, "api_parent"):
            attach_translations_and_parents([page], public_pages())
        topic = page.api_parent
        return page_link(self.context, topic) if topic else None


class ParentField(PageField):
    """The parent page if the API shows it, as Wagtail's API v2 nests pages."""

    def to_representation(self, page) -> dict[str, Any] | None:
        if not hasattr(page, "api_parent"):
            attach_translations_and_parents([page], public_pages())
        parent = page.api_parent
        if parent is None:
            return None
        return {
            "id": parent.pk,
            "meta": {
                "type": parent.specific_class._meta.label,
                "detail_url": api_detail_url(self.context, parent),
                "html_url": parent.get_full_url(self.context.get("request")),
            },
            "title": parent.title,
        }


class SpeakersField(PageField):
    def to_representation(self, page) -> list[SpeakerData]:
        links = getattr(page, "api_speakers", None)
        if links is None:
            links = public_links(
                page.session_speakers.all(), "speaker", speakers(public_pages())
            )
        with translation.override(page.locale.language_code):
            return [
                {
                    **page_link(self.context, link.speaker),
                    "name": link.speaker.title,
                    "job_title": link.speaker.job_title,
                    "organisation": link.speaker.organisation,
                    "role": link.role,
                    "role_label": str(link.get_role_display()),
                    "photo": image_data(link.speaker.photo, PHOTO_RENDITIONS)
                    if link.speaker.photo
                    else None,
                }
                for link in links
            ]


class DocumentsField(PageField):
    def to_representation(self, page) -> list[DocumentData]:
        items = getattr(page, "api_documents", None)
        if items is None:
            items = public_links(page.documents.all(), "document", public_documents())
        return [
            {
                "id": item.document.pk,
                "title": item.document.title,
                "url": get_full_url(self.context.get("request"), item.document.url),
                "file_extension": item.document.file_extension,
            }
            for item in items
        ]


class ImageField(Field):
    def __init__(self, renditions, **kwargs):
        self.renditions = renditions
        kwargs.setdefault("read_only", True)
        super().__init__(**kwargs)

    def to_representation(self, image) -> ImageData:
        return image_data(image, self.renditions)


class FormatLabelField(PageField):
    """The display name of the session's format, in the page's language."""

    def to_representation(self, page) -> str:
        with translation.override(page.locale.language_code):
            return str(page.get_format_display())


class LanguageLabelsField(PageField):
    """The display names of the session's languages, in the page's language."""

    def to_representation(self, page) -> list[str]:
        with translation.override(page.locale.language_code):
            return [str(label) for label in page.language_labels()]


class BodyField(PageField):
    """The StreamField as JSON, links in rich text resolved to the page's language.

    Rich text links follow ``Page.localized``, the translation in the active
    language, so the page's own language is made active while serialising.
    """

    def __init__(self, field_name="body", **kwargs):
        self.stream_field_name = field_name
        super().__init__(**kwargs)

    def to_representation(self, page) -> list[dict[str, Any]]:
        value = getattr(page, self.stream_field_name)
        with translation.override(page.locale.language_code):
            return value.stream_block.get_api_representation(value, self.context)


class SpeakerSessionsField(PageField):
    def to_representation(self, page) -> list[SessionLinkData]:
        from sessions.models import InformationSessionPage

        sessions = (
            public_pages(InformationSessionPage)
            .filter(session_speakers__speaker=page)
            .select_related("locale")
            .distinct()
            .order_by("-start")
        )
        return [
            {
                **page_link(self.context, session),
                "start": session.start,
                "end": session.end,
            }
            for session in sessions
        ]


def session_formats():
    from sessions.models.information_sessions import SessionFormat

    return SessionFormat.choices


class SessionFilterForm(forms.Form):
    """The session filters of the pages endpoint, checked before any query."""

    SESSION_FILTERS = ("topic", "format", "upcoming", "starts_after", "starts_before")
    # Dates far outside this range overflow when converted to UTC.
    EARLIEST = date(1900, 1, 1)
    LATEST = date(2200, 12, 31)

    topic = forms.IntegerField(min_value=1, max_value=2**31 - 1, required=False)
    format = forms.ChoiceField(choices=session_formats, required=False)
    upcoming = forms.TypedChoiceField(
        choices=[(value, value) for value in ("true", "false", "1", "0")],
        coerce=lambda value: value in ("true", "1"),
        empty_value=None,
        required=False,
    )
    starts_after = forms.DateField(input_formats=["%Y-%m-%d"], required=False)
    starts_before = forms.DateField(input_formats=["%Y-%m-%d"], required=False)

    def clean_starts_after(self):
        return self.clean_date("starts_after")

    def clean_starts_before(self):
        return self.clean_date("starts_before")

    def clean_date(self, name):
        value = self.cleaned_data[name]
        if value and not self.EARLIEST <= value <= self.LATEST:
            raise ValidationError(
                _("Choose a date between %(earliest)s and %(latest)s."),
                params={"earliest": self.EARLIEST, "latest": self.LATEST},
            )
        return value

    def clean(self):
        cleaned_data = super().clean()
        after = cleaned_data.get("starts_after")
        before = cleaned_data.get("starts_before")
        if after and before and after >= before:
            self.add_error(
                "starts_before", _("This date must be later than starts_after.")
            )
        return cleaned_data

    def filters_sessions(self):
        return any(
            self.cleaned_data.get(name) not in (None, "")
            for name in self.SESSION_FILTERS
        )

    def filter_sessions(self, queryset, public_pages):
        """The sessions of ``queryset`` that match, topics among ``public_pages``."""
        from sessions.models import TopicPage

        data = self.cleaned_data
        if data["topic"]:
            queryset = queryset.filter(
                self.topic_q(public_pages.type(TopicPage), data["topic"])
            )
        if data["format"]:
            queryset = queryset.filter(format=data["format"])
        if data["starts_after"]:
            queryset = queryset.filter(start__gte=start_of_day(data["starts_after"]))
        if data["starts_before"]:
            queryset = queryset.filter(start__lt=start_of_day(data["starts_before"]))
        if data["upcoming"] is True:
            queryset = queryset.filter(end__gte=timezone.now())
        elif data["upcoming"] is False:
            queryset = queryset.filter(end__lt=timezone.now())
        return queryset

    @staticmethod
    def topic_q(topics, topic_id):
        """Sessions of the topic in any language: children of its translations."""
        topic = topics.filter(pk=topic_id).first()
        if topic is None:
            raise ValidationError({"topic": _("No published topic has this id.")})
        condition = Q(pk__in=[])
        for version in topics.filter(translation_key=topic.translation_key):
            condition |= Q(path__startswith=version.path, depth=version.depth + 1)
        return condition


def start_of_day(day):
    return timezone.make_aware(datetime.combine(day, time.min))
