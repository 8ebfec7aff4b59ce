"""An editor publishes a session in Albanian; the Serbian translator translates it."""

from http import HTTPStatus

import pytest
from django.urls import reverse
from django.utils.timezone import localtime
from wagtail.models import Page

from .conftest import (
    PARAGRAPHS,
    SERBIAN,
    counterpart,
    publish_translation,
    serbian_text,
    start_translating,
    string_segments,
    translate_segment,
    translation_into,
)

pytestmark = pytest.mark.django_db


def test_a_page_published_in_albanian_appears_as_an_alias_in_the_other_languages(
    new_session,
):
    for language_code in ("sr-latn", "en"):
        alias = counterpart(new_session, language_code)
        assert alias.alias_of_id == new_session.pk
        assert alias.live


def test_the_alias_is_a_task_on_the_translators_dashboard(new_session, translator):
    alias = counterpart(new_session, "sr-latn")

    response = translator.get(reverse("wagtailadmin_home"))

    assert response.status_code == HTTPStatus.OK
    html = response.content.decode()
    assert 'id="localization-tasks-section"' in html
    assert f'data-task="{alias.pk}"' in html
    start_url = reverse(
        "wagtail_localize:submit_page_translation", args=[new_session.pk]
    )
    assert f'action="{start_url}"' in html


def test_translator_translates_every_segment_and_publishes(
    new_session, translator, speaker, django_capture_on_commit_callbacks
):
    alias = counterpart(new_session, "sr-latn")

    with django_capture_on_commit_callbacks(execute=True):
        response = start_translating(translator, alias)
    assert response.status_code == 302
    assert response.url == reverse("wagtailadmin_pages:edit", args=[alias.pk])
    editor_page = translator.get(response.url)
    assert editor_page.status_code == HTTPStatus.OK
    assert "js-translation-editor" in editor_page.content.decode()

    translation = translation_into(new_session, "sr-latn")
    body = iter(SERBIAN["body"])
    for segment in string_segments(translation):
        response = translate_segment(
            translator, translation, segment, serbian_text(segment, body)
        )
        assert response.status_code in (HTTPStatus.OK, HTTPStatus.CREATED)
    with django_capture_on_commit_callbacks(execute=True):
        response = publish_translation(translator, alias)
    assert response.redirect_chain == [(editor_page.wsgi_request.path, 302)]
    assert [m.level_tag for m in response.context["messages"]] == ["success"]

    page = Page.objects.get(pk=alias.pk).specific
    assert page.alias_of_id is None
    assert page.slug == SERBIAN["slug"]
    public = translator.get(page.url)
    assert public.status_code == HTTPStatus.OK
    html = public.content.decode()
    for text in (SERBIAN["title"], SERBIAN["summary"], *SERBIAN["body"]):
        assert text in html
    assert not any(paragraph in html for paragraph in PARAGRAPHS)
    # Dates and speakers come from the source; the speaker is the Serbian page.
    assert page.start == new_session.start and page.end == new_session.end
    serbian_speaker = counterpart(speaker, "sr-latn")
    assert [link.speaker_id for link in page.session_speakers.all()] == [
        serbian_speaker.pk
    ]
    assert f'href="{serbian_speaker.url}"' in html
    for moment in (new_session.start, new_session.end):
        assert f'datetime="{localtime(moment).isoformat()}"' in html
