"""Wagtail's API v3: schema and docs, anonymous reads, writes by token only."""

import json
from http import HTTPStatus

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from wagtail.models import APIToken, GroupPagePermission, Page

from home.models import HomePage
from sessions.models import InformationSessionPage

pytestmark = pytest.mark.django_db


def token_for(user):
    _token, plaintext = APIToken.create_token(user=user, name="front end")
    return {"HTTP_AUTHORIZATION": f"Bearer {plaintext}"}


def translator(locale_code):
    """A user of a translators' group with page permissions in one language."""
    group, _created = Group.objects.get_or_create(name=f"Translators ({locale_code})")
    group.permissions.add(Permission.objects.get(codename="access_admin"))
    home = HomePage.objects.get(locale__language_code=locale_code)
    for codename in ("add_page", "change_page", "publish_page"):
        GroupPagePermission.objects.get_or_create(
            group=group,
            page=home,
            permission=Permission.objects.get(codename=codename),
        )
    user = get_user_model().objects.create_user(f"translator-{locale_code}")
    user.groups.add(group)
    return user


def patch_title(client, page, title, headers):
    return client.patch(
        f"/api/v3/pages/{page.pk}/",
        data=json.dumps({"title": title, "meta": {"action": "publish"}}),
        content_type="application/json",
        **headers,
    )


def session(language):
    return InformationSessionPage.objects.get(locale__language_code=language, number=1)


def test_openapi_schema_and_docs_are_served(client):
    schema = client.get("/api/v3/openapi.json")
    docs = client.get("/api/v3/docs/")

    assert schema.status_code == docs.status_code == HTTPStatus.OK
    paths = schema.json()["paths"]
    assert {"/api/v3/pages/", "/api/v3/pages/{page_id}/"} <= set(paths)
    assert "InformationSessionPageSchema" in schema.json()["components"]["schemas"]


@pytest.mark.parametrize("language", ["sq", "sr-latn", "en"])
def test_anonymous_reads_a_session_with_speakers_and_translations(client, language):
    page = session(language)

    data = client.get(f"/api/v3/pages/{page.pk}/").json()

    assert data["meta"]["type"] == "infosessions.InformationSessionPage"
    assert data["title"] == page.title
    assert [s["name"] for s in data["speakers"]] == [
        link.speaker.title for link in page.session_speakers.all()
    ]
    assert data["topic"]["detail_url"].endswith(
        f"/api/v3/pages/{page.get_parent().pk}/"
    )
    assert {t["locale"] for t in data["translations"]} == {"sq", "sr-latn", "en"} - {
        language
    }


def test_anonymous_cannot_write(client):
    page = session("sq")

    response = patch_title(client, page, "Ndryshuar", {})

    assert response.status_code == HTTPStatus.UNAUTHORIZED
    assert Page.objects.get(pk=page.pk).title != "Ndryshuar"


def test_a_token_without_page_permissions_cannot_write(client):
    user = get_user_model().objects.create_user("reader")

    response = patch_title(client, session("sq"), "Ndryshuar", token_for(user))

    assert response.status_code == HTTPStatus.FORBIDDEN


def test_an_editor_token_updates_and_publishes(client):
    editor = get_user_model().objects.create_superuser("editor", "e@x.example", "x")
    page = session("sq")

    response = patch_title(client, page, "Titull i ri", token_for(editor))

    assert response.status_code == HTTPStatus.OK, response.content
    assert Page.objects.get(pk=page.pk).title == "Titull i ri"
    assert client.get(f"/api/v2/pages/{page.pk}/").json()["title"] == "Titull i ri"


@pytest.mark.parametrize("language", ["sr-latn", "en", "sq"])
def test_a_translator_writes_only_in_their_language(client, language):
    headers = token_for(translator(language))
    own = session(language)
    others = [session(code) for code in ("sq", "sr-latn", "en") if code != language]

    allowed = patch_title(client, own, "Naslov prevodioca", headers)
    refused = [
        patch_title(client, page, "Naslov prevodioca", headers) for page in others
    ]

    assert allowed.status_code == HTTPStatus.OK, allowed.content
    assert [r.status_code for r in refused] == [HTTPStatus.FORBIDDEN] * 2
    assert Page.objects.get(pk=own.pk).title == "Naslov prevodioca"
    assert all(Page.objects.get(pk=p.pk).title != "Naslov prevodioca" for p in others)


def test_a_revoked_token_cannot_write(client):
    editor = get_user_model().objects.create_superuser("editor", "e@x.example", "x")
    token, plaintext = APIToken.create_token(user=editor, name="old")
    token.revoke()

    response = patch_title(
        client, session("sq"), "X", {"HTTP_AUTHORIZATION": f"Bearer {plaintext}"}
    )

    assert response.status_code == HTTPStatus.UNAUTHORIZED
