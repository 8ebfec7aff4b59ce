"""The localization tasks: states from wagtail-localize's records, per role."""

from http import HTTPStatus

import pytest
from django.urls import reverse
from wagtail_localize.models import StringSegment

from translations.tasks import TaskState, tasks_for

from .conftest import (
    PARAGRAPHS,
    SERBIAN,
    counterpart,
    edit_session,
    publish_translation,
    start_translating,
    string_segments,
    translate_segment,
    translated_strings,
    translation_into,
)

pytestmark = pytest.mark.django_db

TASKS = reverse("translations:tasks")


def states(user, page):
    """``{language: state}`` of the tasks of ``page`` that ``user`` sees."""
    return {
        task.locale.language_code: task.state
        for task in tasks_for(user).filter(translation_key=page.translation_key)
    }


def test_demo_content_has_no_task(demo_users):
    assert not tasks_for(demo_users["admin"]).exists()


def test_a_new_page_is_not_yet_translated_in_both_target_languages(
    new_session, demo_users
):
    assert states(demo_users["editor"], new_session) == {
        "sr-latn": TaskState.NOT_TRANSLATED,
        "en": TaskState.NOT_TRANSLATED,
    }


def test_translators_see_the_tasks_of_their_own_language_only(new_session, demo_users):
    assert states(demo_users["translator-sr-latn"], new_session) == {
        "sr-latn": TaskState.NOT_TRANSLATED
    }
    assert states(demo_users["translator-sq"], new_session) == {}


def test_the_report_lists_the_translators_tasks_with_counts(new_session, translator):
    serbian = counterpart(new_session, "sr-latn")
    english = counterpart(new_session, "en")

    response = translator.get(TASKS)

    assert response.status_code == HTTPStatus.OK
    html = response.content.decode()
    assert f'data-task="{serbian.pk}"' in html
    assert f'data-task="{english.pk}"' not in html
    counts = response.context["counts"]
    assert [(locale.language_code, row) for locale, row in counts] == [
        ("sr-latn", [1, 0, 0, 0])
    ]


def test_the_report_filters_by_language_topic_and_state(
    new_session, editor, locales, topic
):
    english = counterpart(new_session, "en")
    other_topic = topic.get_siblings().exclude(pk=topic.pk).type(type(topic)).first()

    def listed(**params):
        response = editor.get(TASKS, params)
        assert response.status_code == HTTPStatus.OK
        return {task.pk for task in response.context["object_list"]}

    assert listed(locale=locales["en"].pk) == {english.pk}
    assert english.pk in listed(topic=topic.pk)
    assert listed(topic=other_topic.pk) == set()
    assert english.pk in listed(state=TaskState.NOT_TRANSLATED)
    assert listed(state=TaskState.OUT_OF_DATE) == set()


def test_a_half_translated_page_is_in_progress_with_its_percentage(
    new_session, translator, demo_users, django_capture_on_commit_callbacks
):
    alias = counterpart(new_session, "sr-latn")
    with django_capture_on_commit_callbacks(execute=True):
        start_translating(translator, alias)
    translation = translation_into(new_session, "sr-latn")
    segments = list(string_segments(translation))
    translate_segment(translator, translation, segments[0], SERBIAN["title"])

    assert states(demo_users["translator-sr-latn"], new_session) == {
        "sr-latn": TaskState.IN_PROGRESS
    }
    response = translator.get(TASKS)
    [task] = response.context["object_list"]
    assert (task.translated_count, task.segment_count) == (1, len(segments))
    assert f"({round(100 / len(segments))}&nbsp;%)" in response.content.decode()


def test_a_translated_page_leaves_the_tasks_once_published(
    translated_session, demo_users
):
    assert states(demo_users["editor"], translated_session) == {
        "en": TaskState.NOT_TRANSLATED
    }


def test_publishing_the_source_puts_its_translation_out_of_date_and_syncing_keeps_every_unchanged_segment(  # noqa: E501
    translated_session, editor, translator, demo_users
):
    translation = translation_into(translated_session, "sr-latn")
    before = translated_strings(translation)
    changed = [*PARAGRAPHS]
    changed[1] = "Pjesëmarrësit diskutuan për Marrëveshjen e Stabilizim-Asociimit."

    edit_session(editor, translated_session, changed)

    assert states(demo_users["translator-sr-latn"], translated_session) == {
        "sr-latn": TaskState.OUT_OF_DATE
    }
    out_of_date = editor.get(TASKS, {"state": TaskState.OUT_OF_DATE})
    sync_url = reverse(
        "wagtail_localize:update_translations", args=[translation.source_id]
    )
    assert sync_url in out_of_date.content.decode()
    assert sync_url not in translator.get(TASKS).content.decode()

    assert editor.post(sync_url).status_code == HTTPStatus.FOUND

    assert states(demo_users["translator-sr-latn"], translated_session) == {
        "sr-latn": TaskState.IN_PROGRESS
    }
    untranslated = [
        segment.string.data
        for segment in StringSegment.objects.filter(source=translation.source)
        .annotate_translation(translation.target_locale)
        .filter(translation__isnull=True)
        .select_related("string")
    ]
    assert untranslated == [changed[1]]
    kept = translated_strings(translation)
    assert all(kept[path] == text for path, text in before.items())


def test_a_translation_not_yet_published_is_listed_as_unpublished(
    translated_session,
    editor,
    translator,
    demo_users,
    django_capture_on_commit_callbacks,
):
    translation = translation_into(translated_session, "sr-latn")
    changed = [*PARAGRAPHS]
    changed[2] = "Sesioni u mbyll me një pyetësor."
    edit_session(editor, translated_session, changed)
    editor.post(
        reverse("wagtail_localize:update_translations", args=[translation.source_id])
    )
    segment = (
        StringSegment.objects.filter(source=translation.source)
        .annotate_translation(translation.target_locale)
        .get(translation__isnull=True)
    )

    translate_segment(translator, translation, segment, "Sesija je završena anketom.")

    assert states(demo_users["translator-sr-latn"], translated_session) == {
        "sr-latn": TaskState.UNPUBLISHED
    }
    page = counterpart(translated_session, "sr-latn")
    with django_capture_on_commit_callbacks(execute=True):
        publish_translation(translator, page)
    assert states(demo_users["translator-sr-latn"], translated_session) == {}
    assert "Sesija je završena anketom." in translator.get(page.url).content.decode()


def test_the_dashboard_panel_links_straight_to_the_translation_editor(
    translated_session, editor
):
    page = counterpart(translated_session, "sr-latn")
    edit_session(editor, translated_session, PARAGRAPHS[::-1])

    html = editor.get(reverse("wagtailadmin_home")).content.decode()

    editor_url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    assert f'<a href="{editor_url}" data-task="{page.pk}"' in html
