"""Only live, public pages and unrestricted collections, in every endpoint."""

import json
from http import HTTPStatus

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.models import (
    Collection,
    CollectionViewRestriction,
    PageViewRestriction,
)

from sessions.models import InformationSessionPage, SessionDocument
from tests.builders import make_document, make_image

from .conftest import add_session, add_topic

pytestmark = pytest.mark.django_db

HIDDEN = "Zharrëz"  # in the title of every page the API must not show


@pytest.fixture
def owner(db):
    return get_user_model().objects.create_user(
        username="redaktorja.sekrete",
        email="redaktorja@kcsf.example",
        first_name="Vjollca",
        last_name="Fshehtë",
        password="x",
    )


@pytest.fixture
def hidden(db, owner, locales):
    """A live session beside every kind of page and file the API must hide."""
    topic = add_topic("Tema e hapur")
    shown = add_session(topic, title="Sesion i hapur", owner=owner)
    shown.title = f"{HIDDEN} draft title"
    shown.save_revision(user=owner)  # an unpublished revision of a live page

    pages = {
        "draft": add_session(topic, title=f"{HIDDEN} nacrt", live=False),
        "alias": shown.create_alias(update_slug=f"alias-{shown.slug}"),
        "translation": shown.copy_for_translation(locales["en"], copy_parents=True),
    }
    pages["alias"].title = f"{HIDDEN} alias"
    pages["alias"].live = False
    pages["alias"].save()
    pages["translation"].title = f"{HIDDEN} translation"
    pages["translation"].save()
    assert not pages["translation"].live
    group = Group.objects.create(name="Anëtarët")
    for kind in ("password", "login", "groups"):
        private_topic = add_topic(f"{HIDDEN} {kind}")
        restriction = PageViewRestriction.objects.create(
            page=private_topic, restriction_type=kind, password="fjalëkalim"
        )
        restriction.groups.add(group)
        pages[f"{kind} topic"] = private_topic
        pages[f"{kind} session"] = add_session(private_topic, title=f"{HIDDEN} s")

    private = Collection.get_first_root_node().add_child(name="Të brendshme")
    CollectionViewRestriction.objects.create(
        collection=private, restriction_type="login"
    )
    files = {
        "image": make_image(f"{HIDDEN} image", collection=private),
        "document": make_document(f"{HIDDEN} document", collection=private),
    }
    SessionDocument.objects.create(page=shown, document=files["document"])
    return {"shown": shown, "pages": pages, "files": files}


def every_item(client, url):
    items, offset = [], 0
    while True:
        data = client.get(f"{url}&limit=50&offset={offset}").json()
        batch = data["items"]
        items += batch
        offset += len(batch)
        if not batch or offset >= data.get("meta", data).get("total_count", 0):
            return items


def v3_items(client, url):
    items, offset = [], 0
    while True:
        data = client.get(f"{url}&limit=20&offset={offset}").json()
        items += data["items"]
        offset += 20
        if offset >= data["count"]:
            return items


def test_listings_show_only_live_public_pages(client, hidden):
    v2 = every_item(client, "/api/v2/pages/?fields=*")
    sessions = every_item(
        client, "/api/v2/pages/?type=infosessions.InformationSessionPage&fields=*"
    )
    v3 = v3_items(client, "/api/v3/pages/?")

    hidden_ids = {page.pk for page in hidden["pages"].values()}
    for listed in (v2, sessions, v3):
        ids = {item["id"] for item in listed}
        assert hidden["shown"].pk in ids
        assert not ids & hidden_ids
    assert HIDDEN not in json.dumps([v2, sessions, v3], ensure_ascii=False)


@pytest.mark.parametrize(
    "kind",
    ["draft", "alias", "translation", "password topic", "login topic",
     "groups topic", "password session", "login session", "groups session"],
)  # fmt: skip
def test_hidden_pages_are_not_found(client, hidden, kind):
    page = hidden["pages"][kind]

    for url in (f"/api/v2/pages/{page.pk}/", f"/api/v3/pages/{page.pk}/"):
        response = client.get(url)
        assert response.status_code == HTTPStatus.NOT_FOUND, url
        assert HIDDEN not in response.content.decode()


def test_details_show_the_live_revision_and_live_translations(client, hidden):
    page = hidden["shown"]

    for url in (
        f"/api/v2/pages/{page.pk}/",
        f"/api/v3/pages/{page.pk}/",
        f"/api/v3/pages/{page.pk}/?version=draft",
    ):
        data = client.get(url).json()
        assert data["title"] == "Sesion i hapur", url
        assert data["translations"] == [], url
    listed = client.get(f"/api/v2/pages/?translation_of={page.pk}").json()
    assert listed["items"] == []


def test_search_and_filters_do_not_reach_hidden_pages(client, hidden):
    searched = client.get(f"/api/v2/pages/?search={HIDDEN}").json()
    assert searched["items"] == []
    for name in ("topic", "child_of", "translation_of"):
        private = hidden["pages"]["login topic"]
        response = client.get(f"/api/v2/pages/?{name}={private.pk}")
        assert response.status_code in (HTTPStatus.BAD_REQUEST, HTTPStatus.NOT_FOUND)
        assert HIDDEN not in response.content.decode()


def test_signed_in_or_password_holding_browsers_see_no_more(client, hidden):
    admin = get_user_model().objects.create_superuser("admin", "a@x.example", "x")
    client.force_login(admin)
    restriction = PageViewRestriction.objects.get(restriction_type="password")
    session = client.session
    session[PageViewRestriction.passed_view_restrictions_session_key] = [restriction.pk]
    session.save()

    listed = every_item(client, "/api/v2/pages/?fields=*")
    detail = client.get(f"/api/v2/pages/{hidden['pages']['password topic'].pk}/")

    assert HIDDEN not in json.dumps(listed, ensure_ascii=False)
    assert detail.status_code == HTTPStatus.NOT_FOUND


@pytest.mark.parametrize("kind", ["image", "document"])
def test_files_of_restricted_collections_are_not_shown(client, hidden, kind):
    item = hidden["files"][kind]
    endpoint = f"/api/v2/{kind}s/"

    listed = every_item(client, f"{endpoint}?fields=title")
    session = client.get(f"/api/v2/pages/{hidden['shown'].pk}/").json()

    assert item.pk not in {entry["id"] for entry in listed}
    assert client.get(f"{endpoint}{item.pk}/").status_code == HTTPStatus.NOT_FOUND
    assert session["documents"] == []
    v3 = client.get(f"/api/v3/images/{item.pk}/")
    assert kind == "document" or v3.status_code == HTTPStatus.NOT_FOUND


def test_no_user_name_or_email_leaks(client, hidden, owner):
    page = hidden["shown"]
    texts = [
        client.get(url).content.decode()
        for url in (
            "/api/v2/pages/?fields=*&type=infosessions.InformationSessionPage&limit=50",
            f"/api/v2/pages/{page.pk}/?fields=*",
            f"/api/v3/pages/{page.pk}/",
            "/api/v2/images/?fields=*&limit=50",
            "/api/v2/documents/?fields=*&limit=50",
            "/api/v3/images/?limit=20",
        )
    ]
    assert InformationSessionPage.objects.get(pk=page.pk).owner == owner
    for value in (owner.username, owner.email, owner.first_name, owner.last_name):
        assert not any(value in text for text in texts), value


@pytest.mark.parametrize("kind", ["image", "document"])
def test_searching_files_skips_restricted_collections(client, hidden, kind):
    response = client.get(f"/api/v2/{kind}s/?search={HIDDEN}")

    assert response.status_code == HTTPStatus.OK, response.content
    assert response.json()["items"] == []
