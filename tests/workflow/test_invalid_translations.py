"""Invalid translations are refused at publish; the translator's work is kept."""

import json
import uuid
from http import HTTPStatus

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse
from wagtail.models import Page
from wagtail_localize.models import OverridableSegment, SegmentOverride

from .conftest import (
    counterpart,
    publish_translation,
    start_translating,
    string_segments,
    translate_segment,
    translated_strings,
    translation_into,
)

pytestmark = pytest.mark.django_db


def error_messages(response):
    return [
        str(m) for m in get_messages(response.wsgi_request) if m.level_tag == "error"
    ]


def published_revision(page):
    return Page.objects.get(pk=page.pk).live_revision_id


@pytest.fixture
def serbian(translated_session):
    page = counterpart(translated_session, "sr-latn")
    return page, translation_into(translated_session, "sr-latn")


def segment_at(translation, field):
    return next(
        segment
        for segment in string_segments(translation)
        if segment.context.path.split(".")[0] == field
    )


def test_a_rich_text_segment_with_broken_tags_is_not_published(
    serbian, translator, django_capture_on_commit_callbacks
):
    page, translation = serbian
    segment = segment_at(translation, "body")
    live_revision = published_revision(page)

    translate_segment(translator, translation, segment, "<b>Nezatvoreno")
    with django_capture_on_commit_callbacks(execute=True):
        response = publish_translation(translator, page)

    assert len(error_messages(response)) == 1
    assert published_revision(page) == live_revision
    assert translated_strings(translation)[segment.context.path] == "<b>Nezatvoreno"


def test_an_empty_title_is_refused_at_every_publish(
    serbian, translator, django_capture_on_commit_callbacks
):
    page, translation = serbian
    title = segment_at(translation, "title")
    translate_segment(translator, translation, title, "")

    for _attempt in range(2):
        with django_capture_on_commit_callbacks(execute=True):
            response = publish_translation(translator, page)
        assert error_messages(response)
        assert Page.objects.get(pk=page.pk).title == page.title

    editor_props = translator.get(
        reverse("wagtailadmin_pages:edit", args=[page.pk])
    ).context["props"]
    [title_translation] = [
        string
        for string in json.loads(editor_props)["initialStringTranslations"]
        if string["segment_id"] == title.pk
    ]
    assert title_translation["error"]


def test_correcting_the_segment_lets_the_translation_publish(
    serbian, translator, django_capture_on_commit_callbacks
):
    page, translation = serbian
    segment = segment_at(translation, "body")
    translate_segment(translator, translation, segment, "<b>Nezatvoreno")
    with django_capture_on_commit_callbacks(execute=True):
        publish_translation(translator, page)

    translate_segment(translator, translation, segment, "<b>Zatvoreno</b> sada.")
    with django_capture_on_commit_callbacks(execute=True):
        response = publish_translation(translator, page)

    assert error_messages(response) == []
    html = translator.get(Page.objects.get(pk=page.pk).url).content.decode()
    assert "<b>Zatvoreno</b> sada." in html


@pytest.fixture
def session_with_a_link(editor, topic, translator, django_capture_on_commit_callbacks):
    """A session whose call to action leads to its topic, started in Serbian."""
    from wagtail.test.utils.form_data import nested_form_data

    from .conftest import session_form

    data = session_form("Sesion me lidhje", "sesion-me-lidhje", [])
    data.update(
        nested_form_data(
            {
                "body": {
                    "count": "1",
                    "0": {
                        "type": "call_to_action",
                        "id": str(uuid.uuid4()),
                        "deleted": "",
                        "order": "0",
                        "value": {
                            "text": "Shihni temën.",
                            "button_label": "Tema",
                            "page": str(topic.pk),
                            "url": "",
                        },
                    },
                }
            }
        )
    )
    response = editor.post(
        reverse(
            "wagtailadmin_pages:add",
            args=["infosessions", "informationsessionpage", topic.pk],
        ),
        data,
    )
    assert response.status_code == HTTPStatus.FOUND
    session = Page.objects.get(slug="sesion-me-lidhje", locale=topic.locale)
    with django_capture_on_commit_callbacks(execute=True):
        start_translating(translator, counterpart(session, "sr-latn"))
    return session


def override_link(client, translation, page):
    segment = OverridableSegment.objects.get(
        source=translation.source, context__path__startswith="body."
    )
    return client.put(
        reverse("wagtail_localize:edit_override", args=[translation.pk, segment.pk]),
        f"value={page.pk}",
        content_type="application/x-www-form-urlencoded",
    )


def test_a_link_to_a_page_in_another_language_is_refused(
    session_with_a_link, topic, translator, django_capture_on_commit_callbacks
):
    translation = translation_into(session_with_a_link, "sr-latn")
    page = counterpart(session_with_a_link, "sr-latn")
    override_link(translator, translation, counterpart(topic, "en"))

    with django_capture_on_commit_callbacks(execute=True):
        response = publish_translation(translator, page)

    assert len(error_messages(response)) == 1
    override = SegmentOverride.objects.get(locale=translation.target_locale)
    assert override.has_error and override.field_error

    override_link(translator, translation, counterpart(topic, "sr-latn"))
    with django_capture_on_commit_callbacks(execute=True):
        response = publish_translation(translator, page)

    assert error_messages(response) == []
    page = Page.objects.get(pk=page.pk).specific
    assert page.body[0].value["page"].pk == counterpart(topic, "sr-latn").pk
