"""An editor publishes a session in Albanian; the Serbian translator translates it."""

from http import HTTPStatus

import pytest
from django.urls import reverse
from django.utils.timezone import localtime
from wagtail.models import Page

from sessions.models import InformationSessionPage
from translations.tasks import TaskState, tasks_for

from .conftest import (
    PARAGRAPHS,
    SERBIAN,
    counterpart,
    create_session,
    edit_session,
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


def test_syncing_brings_new_dates_and_keeps_the_translated_text(
    translated_session, editor, django_capture_on_commit_callbacks
):
    translation = translation_into(translated_session, "sr-latn")
    edit_session(
        editor,
        translated_session,
        PARAGRAPHS,
        start="2026-04-20 09:00",
        end="2026-04-20 11:30",
    )

    with django_capture_on_commit_callbacks(execute=True):
        response = editor.post(
            reverse(
                "wagtail_localize:update_translations", args=[translation.source_id]
            ),
            {"publish_translations": "on"},
        )

    assert response.status_code == 302
    source = InformationSessionPage.objects.get(pk=translated_session.pk)
    serbian = counterpart(source, "sr-latn")
    assert (serbian.start, serbian.end) == (source.start, source.end)
    assert localtime(serbian.start).strftime("%Y-%m-%d %H:%M") == "2026-04-20 09:00"
    html = editor.get(serbian.url).content.decode()
    assert all(text in html for text in SERBIAN["body"])
    assert f'datetime="{localtime(source.start).isoformat()}"' in html


def test_an_editor_may_start_a_page_in_serbian_and_have_it_translated(
    editor, topic, demo_users, django_capture_on_commit_callbacks
):
    serbian_topic = counterpart(topic, "sr-latn")
    page = create_session(
        editor, serbian_topic, "Sesija na srpskom", "sesija-na-srpskom", ["Tekst."]
    )
    locales = {code: counterpart(topic, code).locale_id for code in ("sq", "en")}

    with django_capture_on_commit_callbacks(execute=True):
        response = editor.post(
            reverse("wagtail_localize:submit_page_translation", args=[page.pk]),
            {"locales": list(locales.values())},
        )

    assert response.status_code == 302
    assert response.url == reverse("wagtailadmin_explore", args=[serbian_topic.pk])
    for code in locales:
        translated = counterpart(page, code)
        assert translated.get_parent().specific == counterpart(topic, code)
    tasks = tasks_for(demo_users["translator-sq"]).filter(
        translation_key=page.translation_key
    )
    assert [task.state for task in tasks] == [TaskState.NOT_TRANSLATED]


def test_moving_the_source_moves_its_translations(editor, translated_session, topic):
    other_topic = Page.objects.get(
        locale=topic.locale, slug="koncepti-i-shoqerise-civile"
    )

    response = editor.post(
        reverse(
            "wagtailadmin_pages:move_confirm",
            args=[translated_session.pk, other_topic.pk],
        )
    )

    assert response.status_code == HTTPStatus.FOUND
    for language_code in ("sq", "sr-latn", "en"):
        page = counterpart(translated_session, language_code)
        assert page.get_parent().translation_key == other_topic.translation_key
        assert page.get_parent().locale == page.locale
    assert counterpart(translated_session, "sr-latn").title == SERBIAN["title"]


def test_deleting_the_source_deletes_its_translations(editor, translated_session):
    response = editor.post(
        reverse("wagtailadmin_pages:delete", args=[translated_session.pk])
    )

    assert response.status_code == HTTPStatus.FOUND
    assert not Page.objects.filter(
        translation_key=translated_session.translation_key
    ).exists()


def test_unpublishing_the_source_unpublishes_its_translations(
    editor, translated_session
):
    response = editor.post(
        reverse("wagtailadmin_pages:unpublish", args=[translated_session.pk])
    )

    assert response.status_code == HTTPStatus.FOUND
    assert not Page.objects.filter(
        translation_key=translated_session.translation_key, live=True
    ).exists()


def test_deleting_a_translation_leaves_the_source_and_the_other_languages(
    editor, translated_session
):
    translation = counterpart(translated_session, "sr-latn")

    response = editor.post(reverse("wagtailadmin_pages:delete", args=[translation.pk]))

    assert response.status_code == HTTPStatus.FOUND
    remaining = Page.objects.filter(translation_key=translated_session.translation_key)
    assert {page.locale.language_code for page in remaining} == {"sq", "en"}
