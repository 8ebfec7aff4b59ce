"""An editor's day: finding sessions, scheduling them, blocks and previews."""

import re
from datetime import timedelta
from html import unescape
from unittest import mock

import pytest
from django.core.files.base import ContentFile
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.formats import date_format
from wagtail.blocks import CharBlock, StructBlock
from wagtail.documents import get_document_model
from wagtail.users.models import UserProfile
from wagtail_localize.models import Translation

from sessions.blocks import BodyBlock
from sessions.models import InformationSessionPage, TopicPage
from sessions.models.information_sessions import SessionFormat

pytestmark = pytest.mark.django_db

LISTING = "information_sessions:index_results"
HTML_LANG = {"sq": "sq", "sr-latn": "sr-Latn", "en": "en"}


def listed_page_ids(response):
    """Pages in a listing, in order, by the links to their editor."""
    ids = re.findall(r'href="/admin/pages/(\d+)/edit/', response.content.decode())
    return list(dict.fromkeys(int(pk) for pk in ids))


def explorer_line(session, language):
    """What the explorer should say of a session, in the admin's language."""
    with translation.override(language):
        start = date_format(timezone.localtime(session.start), "SHORT_DATE_FORMAT")
        return f"{session.title} · {start} · {session.get_format_display()}"


@pytest.mark.parametrize(
    ("user", "language"), [("editor", "sq"), ("translator", "sr-latn")]
)
def test_explorer_shows_each_sessions_date_and_format(request, locales, user, language):
    client = request.getfixturevalue(user)
    topic = TopicPage.objects.filter(locale=locales[language]).first()
    sessions = InformationSessionPage.objects.child_of(topic)
    assert sessions.exists()

    text = unescape(
        client.get(reverse("wagtailadmin_explore", args=[topic.pk])).content.decode()
    )

    for session in sessions:
        assert explorer_line(session, language) in text


def test_session_listing_shows_every_session_of_every_language(editor):
    response = editor.get(reverse(LISTING))

    assert set(listed_page_ids(response)) == set(
        InformationSessionPage.objects.values_list("pk", flat=True)
    )


def test_session_listing_is_in_the_admin_menu(editor):
    response = editor.get(reverse("wagtailadmin_home"))

    assert reverse("information_sessions:index") in response.content.decode()


@pytest.mark.parametrize("ordering", ["start", "-start"])
def test_session_listing_sorts_by_date(editor, ordering):
    response = editor.get(reverse(LISTING), {"ordering": ordering})

    expected = InformationSessionPage.objects.order_by(ordering, "pk")
    starts = [
        InformationSessionPage.objects.get(pk=pk).start
        for pk in listed_page_ids(response)
    ]
    assert starts == [page.start for page in expected]


def test_session_listing_sorts_newest_first_by_default(editor):
    starts = [
        InformationSessionPage.objects.get(pk=pk).start
        for pk in listed_page_ids(editor.get(reverse(LISTING)))
    ]

    assert starts == sorted(starts, reverse=True)


def test_session_listing_filters_by_topic(editor, locales):
    topic = TopicPage.objects.filter(locale=locales["sr-latn"]).first()

    response = editor.get(reverse(LISTING), {"topic": topic.pk})

    expected = InformationSessionPage.objects.child_of(topic)
    assert expected.exists()
    assert set(listed_page_ids(response)) == set(expected.values_list("pk", flat=True))


def test_session_listing_filters_by_date_range(editor):
    first = InformationSessionPage.objects.order_by("start").first()
    day = timezone.localtime(first.start).date()

    response = editor.get(
        reverse(LISTING), {"start_from": day.isoformat(), "start_to": day.isoformat()}
    )

    expected = [
        page.pk
        for page in InformationSessionPage.objects.all()
        if timezone.localtime(page.start).date() == day
    ]
    assert set(listed_page_ids(response)) == set(expected)
    assert len(expected) < InformationSessionPage.objects.count()


def test_session_listing_filters_by_format(editor):
    InformationSessionPage.objects.filter(
        pk=InformationSessionPage.objects.order_by("pk").first().pk
    ).update(format=SessionFormat.HYBRID)

    response = editor.get(reverse(LISTING), {"format": SessionFormat.HYBRID})

    expected = InformationSessionPage.objects.filter(format=SessionFormat.HYBRID)
    assert set(listed_page_ids(response)) == set(expected.values_list("pk", flat=True))


def test_session_listing_filters_by_language(editor, locales):
    response = editor.get(reverse(LISTING), {"locale": "sr-latn"})

    expected = InformationSessionPage.objects.filter(locale=locales["sr-latn"])
    assert set(listed_page_ids(response)) == set(expected.values_list("pk", flat=True))


def test_session_listing_rejects_a_bad_date_in_the_users_language(editor):
    response = editor.get(
        reverse("information_sessions:index"), {"start_from": "nesër"}
    )

    assert response.status_code < 500
    with translation.override("sq"):
        message = translation.gettext("Enter a valid date.")
    assert message in unescape(response.content.decode())


def draft_session(topic, **fields):
    now = timezone.now()
    session = InformationSessionPage(
        title="Sesion i planifikuar",
        start=now + timedelta(days=30),
        end=now + timedelta(days=30, hours=2),
        live=False,
        **fields,
    )
    topic.add_child(instance=session)
    return session


def test_one_run_of_publish_scheduled_publishes_a_session_scheduled_in_the_past(
    locales,
):
    topic = TopicPage.objects.filter(locale=locales["sq"]).first()
    now = timezone.now()
    go_live_at = now - timedelta(minutes=5)
    # Scheduled two hours ago, for five minutes ago.
    with mock.patch("django.utils.timezone.now", return_value=now - timedelta(hours=2)):
        session = draft_session(topic, go_live_at=go_live_at)
        session.save_revision().publish()
    session.refresh_from_db()
    assert not session.live
    assert session.scheduled_revision.approved_go_live_at == go_live_at

    call_command("publish_scheduled")

    published = InformationSessionPage.objects.get(pk=session.pk)
    assert published.live
    assert published.scheduled_revision is None


def test_one_run_of_publish_scheduled_unpublishes_an_expired_session(locales):
    session = InformationSessionPage.objects.live().filter(locale=locales["sq"]).first()
    InformationSessionPage.objects.filter(pk=session.pk).update(
        expire_at=timezone.now() - timedelta(minutes=1)
    )

    call_command("publish_scheduled")

    session.refresh_from_db()
    assert (session.live, session.expired) == (False, True)


BODY_BLOCKS = list(BodyBlock().child_blocks.values())


@pytest.mark.parametrize("block", BODY_BLOCKS, ids=lambda block: block.name)
def test_every_block_has_an_icon_and_help_text_in_the_picker(block):
    assert block.meta.icon != "placeholder"
    with translation.override("sq"):
        description = str(block.get_description())
    with translation.override("en"):
        english = str(block.get_description())
    assert description and description != english


def string_values(block, value):
    if isinstance(block, StructBlock):
        for name, child in block.child_blocks.items():
            yield from string_values(child, value.get(name))
    elif isinstance(block, CharBlock) and value:
        yield value


@pytest.fixture
def a_document():
    document = get_document_model()(title="Prezantimi")
    document.file.save("prezantimi.pdf", ContentFile(b"%PDF-1.4"), save=False)
    document.save()
    return document


@pytest.mark.parametrize("block", BODY_BLOCKS, ids=lambda block: block.name)
def test_every_block_has_a_preview_styled_like_the_site(editor, a_document, block):
    assert block.is_previewable

    response = editor.get(
        reverse("wagtailadmin_block_preview"), {"id": block.definition_prefix}
    )

    html = unescape(response.content.decode())
    assert response.status_code == 200
    assert "css/site.css" in html
    for text in string_values(block, block.get_preview_value()):
        assert text in html


def assert_page_language(html, page, language):
    with translation.override(language):
        when = translation.gettext("When")
        start = date_format(timezone.localtime(page.start), "DATE_FORMAT")
    assert f'<html lang="{HTML_LANG[language]}"' in html
    assert f"<dt>{when}</dt>" in html
    assert start in html


def test_document_block_preview_survives_an_empty_library(editor):
    block = BodyBlock().child_blocks["document"]

    response = editor.get(
        reverse("wagtailadmin_block_preview"), {"id": block.definition_prefix}
    )

    assert response.status_code == 200


@pytest.mark.parametrize("language", ["sr-latn", "en"])
def test_preview_of_a_translation_is_in_its_language(editor, locales, language):
    """The Albanian editor previews the Serbian and English pages in those languages."""
    page = InformationSessionPage.objects.filter(locale=locales[language]).first()
    job = Translation.objects.get(
        source__object_id=page.translation_key, target_locale=locales[language]
    )

    response = editor.get(
        reverse("wagtail_localize:preview_translation", args=[job.pk])
    )

    assert_page_language(unescape(response.content.decode()), page, language)


def test_preview_in_the_page_editor_is_in_the_pages_language(
    editor, demo_users, locales
):
    """Wagtail's own preview of a draft, by an editor whose admin is in English."""
    profile = UserProfile.get_for_user(demo_users["editor"])
    profile.preferred_language = "en"
    profile.save()
    page = InformationSessionPage.objects.filter(locale=locales["sq"]).first()
    page.save_revision(user=demo_users["editor"])

    response = editor.get(reverse("wagtailadmin_pages:view_draft", args=[page.pk]))

    assert_page_language(unescape(response.content.decode()), page, "sq")
