"""Every admin screen editors and translators use, in Albanian and Serbian.

Each screen is rendered as the Albanian demo editor or the Serbian demo
translator, and its visible text (see ``admin_text``) must hold no English
message of Wagtail, wagtail-localize or the project. Content (page, image and
document titles, names) is taken out first: it is written by people, in any
language.
"""

import json
import re
from datetime import timedelta

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, Page, Site
from wagtail.test.utils.form_data import inline_formset, nested_form_data
from wagtail.users.models import UserProfile
from wagtail_localize.models import Translation, TranslationSource

from sessions.models import InformationSessionPage, TopicPage

from .admin_text import english_leftovers

pytestmark = pytest.mark.django_db

SESSION_MODEL = ("infosessions", "informationsessionpage")


def content_strings():
    pages = Page.objects.values_list("title", "draft_title")
    users = get_user_model().objects.values_list("username", "first_name", "last_name")
    return [
        value
        for rows in (
            pages,
            users,
            get_image_model().objects.values_list("title"),
            get_document_model().objects.values_list("title"),
            Collection.objects.values_list("name"),
            Group.objects.values_list("name"),
            Site.objects.values_list("site_name", "hostname"),
        )
        for row in rows
        for value in row
        if value
    ]


def html_of(response):
    if response["Content-Type"].startswith("application/json"):
        return json.loads(response.content)["html"]
    return response.content.decode()


def assert_in_language(response, language):
    assert response.status_code == 200, response.status_code
    leftovers = english_leftovers(html_of(response), language, content_strings())
    assert leftovers == {}


def session_in(locale):
    return InformationSessionPage.objects.filter(locale=locale).order_by("pk").first()


def session_form(**fields):
    """The page editor's form of a new online session with an empty body."""
    start = timezone.localtime() + timedelta(days=40)
    return nested_form_data(
        {
            "title": "Sesion provë",
            "slug": "sesion-prove",
            "number": "",
            "start": start.strftime("%Y-%m-%d %H:%M"),
            "end": (start + timedelta(hours=2)).strftime("%Y-%m-%d %H:%M"),
            "format": "online",
            "venue": "",
            "platform": "Zoom",
            "join_url": "",
            "participants": "",
            "summary": "",
            "image": "",
            "session_speakers": inline_formset([]),
            "body": {"count": "0"},
            "documents": inline_formset([]),
            "comments": inline_formset([]),
            "seo_title": "",
            "search_description": "",
            "go_live_at": "",
            "expire_at": "",
            **fields,
        }
    )


@pytest.fixture
def sq_topic(locales):
    return TopicPage.objects.filter(locale=locales["sq"]).order_by("pk").first()


@pytest.fixture
def new_session(editor, sq_topic):
    """A session the editor has just created as a draft through the admin."""
    response = editor.post(
        reverse("wagtailadmin_pages:add", args=[*SESSION_MODEL, sq_topic.pk]),
        session_form(),
    )
    assert response.status_code == 302
    return InformationSessionPage.objects.get(
        slug="sesion-prove", locale=sq_topic.locale
    )


@pytest.fixture
def untranslated_session(sq_topic):
    start = timezone.now() + timedelta(days=50)
    session = InformationSessionPage(
        title="Sesion pa përkthim", start=start, end=start + timedelta(hours=2)
    )
    sq_topic.add_child(instance=session)
    return session


# Screens of the Albanian editor: name -> how to reach it.
def editor_screens():
    return {
        "dashboard": lambda c: c.get(reverse("wagtailadmin_home")),
        "explorer root": lambda c: c.get(reverse("wagtailadmin_explore_root")),
        "explorer of a topic": lambda c: c.get(
            reverse("wagtailadmin_explore", args=[c.ctx["topic"].pk])
        ),
        "explorer filters": lambda c: c.get(
            reverse("wagtailadmin_explore", args=[c.ctx["topic"].pk]),
            {"has_child_pages": "false", "locale": "sq"},
        ),
        "session listing": lambda c: c.get(reverse("information_sessions:index")),
        "session listing filtered": lambda c: c.get(
            reverse("information_sessions:index"),
            {"format": "online", "locale": "sq", "start_from": "2021-01-01"},
        ),
        "page type chooser": lambda c: c.get(
            reverse("wagtailadmin_pages:add_subpage", args=[c.ctx["topic"].pk]),
            follow=True,
        ),
        "new session form": lambda c: c.get(
            reverse("wagtailadmin_pages:add", args=[*SESSION_MODEL, c.ctx["topic"].pk])
        ),
        "page editor": lambda c: c.get(
            reverse("wagtailadmin_pages:edit", args=[c.ctx["session"].pk])
        ),
        "page history": lambda c: c.get(
            reverse("wagtailadmin_pages:history", args=[c.ctx["session"].pk])
        ),
        "revisions compare": lambda c: c.get(
            reverse(
                "wagtailadmin_pages:revisions_compare",
                args=[c.ctx["session"].pk, "earliest", "latest"],
            )
        ),
        "revision view": lambda c: c.get(
            reverse(
                "wagtailadmin_pages:revisions_view",
                args=[c.ctx["session"].pk, c.ctx["session"].latest_revision_id],
            )
        ),
        "workflow history": lambda c: c.get(
            reverse("wagtailadmin_pages:workflow_history", args=[c.ctx["session"].pk])
        ),
        "page usage": lambda c: c.get(
            reverse("wagtailadmin_pages:usage", args=[c.ctx["session"].pk])
        ),
        "page chooser": lambda c: c.get(reverse("wagtailadmin_choose_page")),
        "link chooser": lambda c: c.get(
            reverse("wagtailadmin_choose_page_external_link")
        ),
        "page search": lambda c: c.get(
            reverse("wagtailadmin_pages:search"), {"q": "sesion"}
        ),
        "page search without results": lambda c: c.get(
            reverse("wagtailadmin_pages:search"), {"q": "xyzzy"}
        ),
        "image library": lambda c: c.get(reverse("wagtailimages:index")),
        "image editor": lambda c: c.get(
            reverse("wagtailimages:edit", args=[get_image_model().objects.first().pk])
        ),
        "image upload": lambda c: c.get(reverse("wagtailimages:add_multiple")),
        "image chooser": lambda c: c.get(reverse("wagtailimages_chooser:choose")),
        "document library": lambda c: c.get(reverse("wagtaildocs:index")),
        "document upload": lambda c: c.get(reverse("wagtaildocs:add_multiple")),
        "document chooser": lambda c: c.get(reverse("wagtaildocs_chooser:choose")),
        "locked pages report": lambda c: c.get(
            reverse("wagtailadmin_reports:locked_pages")
        ),
        "site history report": lambda c: c.get(
            reverse("wagtailadmin_reports:site_history")
        ),
        "aging pages report": lambda c: c.get(
            reverse("wagtailadmin_reports:aging_pages")
        ),
        "workflows report": lambda c: c.get(reverse("wagtailadmin_reports:workflow")),
        "workflow tasks report": lambda c: c.get(
            reverse("wagtailadmin_reports:workflow_tasks")
        ),
        "page types report": lambda c: c.get(
            reverse("wagtailadmin_reports:page_types_usage")
        ),
        "translations report": lambda c: c.get(
            reverse("wagtail_localize:translations_report")
        ),
        "account settings": lambda c: c.get(reverse("wagtailadmin_account")),
        "submit for translation": lambda c: c.get(
            reverse(
                "wagtail_localize:submit_page_translation",
                args=[c.ctx["untranslated"].pk],
            )
        ),
        "sync translations": lambda c: c.get(
            reverse(
                "wagtail_localize:update_translations",
                args=[TranslationSource.objects.get_for_instance(c.ctx["session"]).pk],
            )
        ),
        "translation editor": lambda c: c.get(
            reverse("wagtailadmin_pages:edit", args=[c.ctx["translated"].pk])
        ),
    }


def translator_screens():
    return {
        "dashboard": lambda c: c.get(reverse("wagtailadmin_home")),
        "explorer of a topic": lambda c: c.get(
            reverse("wagtailadmin_explore", args=[c.ctx["topic"].pk])
        ),
        "session listing": lambda c: c.get(reverse("information_sessions:index")),
        "translation editor": lambda c: c.get(
            reverse("wagtailadmin_pages:edit", args=[c.ctx["session"].pk])
        ),
        "page history": lambda c: c.get(
            reverse("wagtailadmin_pages:history", args=[c.ctx["session"].pk])
        ),
        "workflow history": lambda c: c.get(
            reverse("wagtailadmin_pages:workflow_history", args=[c.ctx["session"].pk])
        ),
        "page chooser": lambda c: c.get(reverse("wagtailadmin_choose_page")),
        "page search": lambda c: c.get(
            reverse("wagtailadmin_pages:search"), {"q": "sesij"}
        ),
        "image chooser": lambda c: c.get(reverse("wagtailimages_chooser:choose")),
        "document chooser": lambda c: c.get(reverse("wagtaildocs_chooser:choose")),
        "workflow tasks report": lambda c: c.get(
            reverse("wagtailadmin_reports:workflow_tasks")
        ),
        "account settings": lambda c: c.get(reverse("wagtailadmin_account")),
    }


class ScreenClient:
    """A signed-in test client with the pages its screens are about."""

    def __init__(self, client, **ctx):
        self.client = client
        self.ctx = ctx

    def get(self, *args, **kwargs):
        return self.client.get(*args, **kwargs)


@pytest.mark.parametrize("screen", editor_screens())
def test_editor_screens_are_in_albanian(
    editor, locales, sq_topic, untranslated_session, screen
):
    client = ScreenClient(
        editor,
        topic=sq_topic,
        session=session_in(locales["sq"]),
        translated=session_in(locales["sr-latn"]),
        untranslated=untranslated_session,
    )

    assert_in_language(editor_screens()[screen](client), "sq")


@pytest.mark.parametrize("screen", translator_screens())
def test_translator_screens_are_in_serbian(translator, locales, screen):
    topic = TopicPage.objects.filter(locale=locales["sr-latn"]).order_by("pk").first()
    client = ScreenClient(
        translator, topic=topic, session=session_in(locales["sr-latn"])
    )

    assert_in_language(translator_screens()[screen](client), "sr-latn")


@pytest.mark.parametrize(("language", "header"), [("sq", "sq"), ("sr-latn", "sr-Latn")])
def test_sign_in_is_in_the_browsers_language(language, header):
    response = Client(headers={"accept-language": header}).get(
        reverse("wagtailadmin_login")
    )

    assert_in_language(response, language)


@pytest.mark.parametrize(("language", "header"), [("sq", "sq"), ("sr-latn", "sr-Latn")])
def test_failed_sign_in_says_why_in_the_browsers_language(demo_users, language, header):
    response = Client(headers={"accept-language": header}).post(
        reverse("wagtailadmin_login"), {"username": "editor", "password": "gabim"}
    )

    assert_in_language(response, language)
    assert (
        "errorlist" in response.content.decode() or "error" in response.content.decode()
    )


def follow_messages(client, response):
    """The screen the user lands on after an action, with its flash messages."""
    assert response.status_code == 302, response.content.decode()[:3000]
    return client.get(response["Location"])


def test_creating_a_session_confirms_in_albanian(editor, new_session):
    response = editor.get(reverse("wagtailadmin_pages:edit", args=[new_session.pk]))

    assert_in_language(response, "sq")


def test_saving_a_draft_confirms_in_albanian(editor, new_session):
    response = editor.post(
        reverse("wagtailadmin_pages:edit", args=[new_session.pk]), session_form()
    )

    assert_in_language(follow_messages(editor, response), "sq")


def test_publishing_confirms_in_albanian(
    editor, new_session, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = editor.post(
            reverse("wagtailadmin_pages:edit", args=[new_session.pk]),
            session_form(**{"action-publish": "action-publish"}),
        )

    landing = follow_messages(editor, response)
    assert_in_language(landing, "sq")
    assert InformationSessionPage.objects.get(pk=new_session.pk).live


def test_scheduling_confirms_in_albanian(editor, new_session):
    go_live = timezone.localtime() + timedelta(days=3)
    response = editor.post(
        reverse("wagtailadmin_pages:edit", args=[new_session.pk]),
        session_form(
            go_live_at=go_live.strftime("%Y-%m-%d %H:%M"),
            **{"action-publish": "action-publish"},
        ),
    )

    assert_in_language(follow_messages(editor, response), "sq")
    session = InformationSessionPage.objects.get(pk=new_session.pk)
    assert session.scheduled_revision is not None
    assert_in_language(
        editor.get(reverse("wagtailadmin_pages:edit", args=[session.pk])), "sq"
    )


def test_validation_errors_are_in_albanian(editor, new_session):
    start = timezone.localtime() + timedelta(days=5)
    response = editor.post(
        reverse("wagtailadmin_pages:edit", args=[new_session.pk]),
        session_form(
            start=start.strftime("%Y-%m-%d %H:%M"),
            end=(start - timedelta(hours=1)).strftime("%Y-%m-%d %H:%M"),
            title="",
        ),
    )

    assert response.status_code == 200
    assert "error" in response.content.decode()
    assert_in_language(response, "sq")


def test_submitting_for_moderation_confirms_in_albanian(editor, new_session):
    response = editor.post(
        reverse("wagtailadmin_pages:edit", args=[new_session.pk]),
        session_form(**{"action-submit": "action-submit"}),
    )

    assert_in_language(follow_messages(editor, response), "sq")
    assert_in_language(editor.get(reverse("wagtailadmin_home")), "sq")
    assert_in_language(
        editor.get(
            reverse("wagtailadmin_pages:workflow_history", args=[new_session.pk])
        ),
        "sq",
    )


def test_unpublishing_asks_and_confirms_in_albanian(editor, locales):
    session = session_in(locales["sq"])
    url = reverse("wagtailadmin_pages:unpublish", args=[session.pk])

    assert_in_language(editor.get(url), "sq")
    assert_in_language(follow_messages(editor, editor.post(url)), "sq")


def test_submitting_for_translation_confirms_in_albanian(
    editor, new_session, locales, django_capture_on_commit_callbacks
):
    url = reverse("wagtail_localize:submit_page_translation", args=[new_session.pk])
    with django_capture_on_commit_callbacks(execute=True):
        response = editor.post(url, {"locales": [locales["sr-latn"].pk]})

    assert_in_language(follow_messages(editor, response), "sq")


def test_translator_publishing_a_translation_confirms_in_serbian(
    translator, locales, django_capture_on_commit_callbacks
):
    session = session_in(locales["sr-latn"])
    translation = Translation.objects.get(
        source__object_id=session.translation_key, target_locale=locales["sr-latn"]
    )
    with django_capture_on_commit_callbacks(execute=True):
        response = translator.post(
            reverse("wagtailadmin_pages:edit", args=[session.pk]), {"action": "publish"}
        )

    assert translation.pk
    assert_in_language(follow_messages(translator, response), "sr-latn")


def test_translator_is_turned_away_in_serbian(translator):
    response = translator.get(reverse("wagtailimages:index"), follow=True)

    assert_in_language(response, "sr-latn")


def test_the_check_finds_english_on_an_english_dashboard(editor, demo_users):
    """The same check on the dashboard of someone who reads the admin in English."""
    profile = UserProfile.get_for_user(demo_users["editor"])
    profile.preferred_language = "en"
    profile.save()

    response = editor.get(reverse("wagtailadmin_home"))

    leftovers = english_leftovers(response.content.decode(), "sq", content_strings())
    assert {"Dashboard", "Pages", "Search", "Reports"} <= leftovers.keys()


def test_account_settings_offer_the_three_admin_languages(editor):
    html = editor.get(reverse("wagtailadmin_account")).content.decode()
    select = re.search(
        r'<select name="locale-preferred_language".*?</select>', html, re.DOTALL
    ).group(0)

    offered = re.findall(r'<option value="([^"]+)"', select)
    assert sorted(offered) == sorted(code for code, _name in settings.LANGUAGES)


@pytest.mark.parametrize(
    ("username", "language"),
    [("editor", "sq"), ("translator-sq", "sq"), ("translator-sr-latn", "sr-latn")],
)
def test_demo_users_read_the_admin_in_their_language(demo_users, username, language):
    client = Client()
    client.force_login(demo_users[username])

    html = client.get(reverse("wagtailadmin_home")).content.decode()

    assert f'<html lang="{language}"' in html
