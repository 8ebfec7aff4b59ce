"""Fixtures of the translation workflow tests: the demo roles and admin forms.

Everything a test checks goes through the admin views with Django's test
client; the helpers here only build the form data those views expect.
"""

import uuid
from urllib.parse import urlencode

import pytest
from django.urls import reverse
from django.utils.timezone import localtime
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)

from sessions.models import InformationSessionPage, SpeakerPage, TopicPage
from tests.builders import counterpart


@pytest.fixture
def topic(locales):
    return TopicPage.objects.get(
        locale=locales["sq"], slug="bashkimi-evropian-ne-nje-dite"
    )


@pytest.fixture
def speaker(locales):
    return SpeakerPage.objects.get(locale=locales["sq"], slug="dren-puka")


def stream(blocks):
    """StreamField form data for ``[(type, value, id)]``, keeping block ids."""
    data = {
        str(index): {
            "type": block_type,
            "value": value,
            "id": block_id,
            "deleted": "",
            "order": str(index),
        }
        for index, (block_type, value, block_id) in enumerate(blocks)
    }
    data["count"] = str(len(blocks))
    return data


def session_form(
    title,
    slug,
    paragraphs,
    speakers=(),
    paragraph_ids=None,
    speaker_link_ids=(),
    **fields,
):
    """The editor's form for a session; ``fields`` replace the defaults.

    By default the session is online, on 2 March 2026 from 10:00 to 12:00.
    """
    paragraph_ids = paragraph_ids or [str(uuid.uuid4()) for _ in paragraphs]
    data = nested_form_data(
        {
            "title": title,
            "slug": slug,
            "number": "",
            "start": "2026-03-02 10:00",
            "end": "2026-03-02 12:00",
            "format": "online",
            "venue": "",
            "platform": "Zoom",
            "join_url": "https://example.org/join",
            "participants": "",
            "summary": f"Përmbledhje: {title}",
            "image": "",
            **fields,
            "session_speakers": inline_formset(
                [
                    {"id": link_id, "speaker": speaker.pk, "role": "speaker"}
                    for speaker, link_id in zip(
                        speakers,
                        [*speaker_link_ids, *[""] * len(speakers)],
                        strict=False,
                    )
                ],
                initial=len(speaker_link_ids),
            ),
            "body": stream(
                [
                    ("paragraph", rich_text(f"<p>{text}</p>"), block_id)
                    for text, block_id in zip(paragraphs, paragraph_ids, strict=True)
                ]
            ),
            "documents": inline_formset([]),
            "comments": inline_formset([]),
            "seo_title": "",
            "search_description": "",
            "go_live_at": "",
            "expire_at": "",
            "action-publish": "action-publish",
        }
    )
    data["languages"] = ["sq", "sr"]
    return data


def create_session(client, topic, title, slug, paragraphs, speakers=()):
    """Create and publish a session below ``topic`` through the admin."""
    response = client.post(
        reverse(
            "wagtailadmin_pages:add",
            args=["infosessions", "informationsessionpage", topic.pk],
        ),
        session_form(title, slug, paragraphs, speakers),
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    return InformationSessionPage.objects.get(locale=topic.locale, slug=slug)


def edit_session(client, page, paragraphs, **fields):
    """Publish ``page`` with new paragraph texts and ``fields``; the rest stays."""
    page = InformationSessionPage.objects.get(pk=page.pk)
    links = list(page.session_speakers.all())
    current = {
        "number": page.number or "",
        "start": localtime(page.start).strftime("%Y-%m-%d %H:%M"),
        "end": localtime(page.end).strftime("%Y-%m-%d %H:%M"),
        "format": page.format,
        "venue": page.venue,
        "join_url": page.join_url,
        "participants": page.participants or "",
        "summary": page.summary,
        "image": page.image_id or "",
    }
    response = client.post(
        reverse("wagtailadmin_pages:edit", args=[page.pk]),
        session_form(
            page.title,
            page.slug,
            paragraphs,
            speakers=[link.speaker for link in links],
            paragraph_ids=[block.id for block in page.body],
            speaker_link_ids=[link.pk for link in links],
            **{**current, **fields},
        ),
    )
    assert response.status_code == 302, response.content.decode()[:2000]


def translation_into(page, language_code):
    return Translation.objects.get(
        source=TranslationSource.objects.get_for_instance(page),
        target_locale__language_code=language_code,
    )


def string_segments(translation):
    return (
        StringSegment.objects.filter(source=translation.source)
        .select_related("string", "context")
        .order_by("order")
    )


def translated_strings(translation):
    """``{context path: translated text}`` of ``translation``."""
    return dict(
        StringTranslation.objects.filter(
            locale=translation.target_locale,
            context__object_id=translation.source.object_id,
        ).values_list("context__path", "data")
    )


def start_translating(client, alias):
    """Turn a synchronised alias into a translation, as a task's button does."""
    return client.post(
        reverse("wagtail_localize:submit_page_translation", args=[alias.alias_of_id]),
        {
            "locales": [alias.locale_id],
            "next": reverse("wagtailadmin_pages:edit", args=[alias.pk]),
        },
    )


def translate_segment(client, translation, segment, text):
    return client.put(
        reverse(
            "wagtail_localize:edit_string_translation",
            args=[translation.pk, segment.pk],
        ),
        urlencode({"value": text}),
        content_type="application/x-www-form-urlencoded",
    )


def publish_translation(client, page):
    """Publish from the translation editor, and come back to it as the editor does."""
    return client.post(
        reverse("wagtailadmin_pages:edit", args=[page.pk]),
        {"action": "publish"},
        follow=True,
    )


PARAGRAPHS = [
    "Sesioni trajtoi rolin e shoqërisë civile.",
    "Pjesëmarrësit diskutuan për integrimin evropian.",
    "Sesioni u mbyll me pyetje dhe përgjigje.",
]
SERBIAN = {
    "title": "Sesija o civilnom društvu",
    "slug": "sesija-o-civilnom-drustvu",
    "summary": "Rezime: sesija o civilnom društvu",
    "body": [
        "Sesija se bavila ulogom civilnog društva.",
        "Učesnici su razgovarali o evropskim integracijama.",
        "Sesija je završena pitanjima i odgovorima.",
    ],
}


def serbian_text(segment, body):
    field = segment.context.path.split(".")[0]
    return next(body) if field == "body" else SERBIAN[field]


@pytest.fixture
def new_session(editor, topic, speaker):
    """A session the editor has just published in Albanian."""
    return create_session(
        editor,
        topic,
        "Sesion për shoqërinë civile",
        "sesion-per-shoqerine-civile",
        PARAGRAPHS,
        speakers=[speaker],
    )


@pytest.fixture
def translated_session(new_session, translator, django_capture_on_commit_callbacks):
    """``new_session`` translated into Serbian by the translator, and published."""
    alias = counterpart(new_session, "sr-latn")
    with django_capture_on_commit_callbacks(execute=True):
        start_translating(translator, alias)
    translation = translation_into(new_session, "sr-latn")
    body = iter(SERBIAN["body"])
    for segment in string_segments(translation):
        translate_segment(translator, translation, segment, serbian_text(segment, body))
    with django_capture_on_commit_callbacks(execute=True):
        publish_translation(translator, alias)
    return new_session
