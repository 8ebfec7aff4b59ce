"""The roles: what a Serbian translator may not do, through every door."""

from http import HTTPStatus

import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.urls import reverse
from wagtail.models import APIToken, GroupPagePermission, Page
from wagtail_localize.models import Translation

from sessions.models import InformationSessionPage
from tests.conftest import signed_in

from .conftest import counterpart, create_session, translation_into

pytestmark = pytest.mark.django_db


@pytest.fixture
def sessions(locales):
    """The demo session "What is civil society" in the three languages."""
    source = InformationSessionPage.objects.get(
        locale=locales["sq"], slug="cfare-eshte-shoqeria-civile"
    )
    return {code: counterpart(source, code) for code in ("sq", "sr-latn", "en")}


def refused(response):
    """The admin refuses with 403, or with a redirect and a message."""
    return response.status_code == HTTPStatus.FORBIDDEN or (
        response.status_code == HTTPStatus.FOUND
        and response.url == reverse("wagtailadmin_home")
    )


def test_setup_roles_is_idempotent(demo_users):
    counts = (Group.objects.count(), GroupPagePermission.objects.count())

    call_command("setup_roles", verbosity=0)

    assert (Group.objects.count(), GroupPagePermission.objects.count()) == counts


def test_translators_hold_page_permissions_on_their_own_home_page_only(demo_users):
    for language_code in ("sq", "sr-latn", "en"):
        permissions = GroupPagePermission.objects.filter(
            group__name=f"Translators ({language_code})"
        )
        assert {p.page.locale.language_code for p in permissions} == {language_code}
        assert {p.page.depth for p in permissions} == {2}
        assert {p.permission.codename for p in permissions} == {
            "change_page",
            "publish_page",
        }


@pytest.mark.parametrize("language_code", ["sq", "en"])
def test_translator_may_not_edit_or_publish_another_language(
    translator, sessions, language_code
):
    page = sessions[language_code]
    edit_url = reverse("wagtailadmin_pages:edit", args=[page.pk])
    revision = page.latest_revision_id

    assert refused(translator.get(edit_url))
    assert refused(translator.post(edit_url, {"action": "publish"}))
    assert refused(
        translator.post(reverse("wagtailadmin_pages:unpublish", args=[page.pk]))
    )
    page.refresh_from_db()
    assert page.live and page.latest_revision_id == revision


def test_translator_edits_and_publishes_in_their_own_language(
    translator, sessions, django_capture_on_commit_callbacks
):
    page = sessions["sr-latn"]
    published_at = page.last_published_at

    assert translator.get(
        reverse("wagtailadmin_pages:edit", args=[page.pk])
    ).status_code == (HTTPStatus.OK)
    with django_capture_on_commit_callbacks(execute=True):
        translator.post(
            reverse("wagtailadmin_pages:edit", args=[page.pk]), {"action": "publish"}
        )
    page.refresh_from_db()
    assert page.last_published_at > published_at


def test_translator_may_not_create_a_page(translator, sessions):
    topic = sessions["sr-latn"].get_parent()
    url = reverse(
        "wagtailadmin_pages:add",
        args=["infosessions", "informationsessionpage", topic.pk],
    )
    count = Page.objects.count()

    assert refused(translator.get(url))
    assert refused(translator.post(url, {"title": "Nova", "slug": "nova"}))
    assert Page.objects.count() == count


def test_translator_may_not_delete_a_page_of_their_language(translator, sessions):
    page = sessions["sr-latn"]
    url = reverse("wagtailadmin_pages:delete", args=[page.pk])

    assert refused(translator.get(url))
    assert refused(translator.post(url))
    assert Page.objects.filter(pk=page.pk).exists()


def test_editor_may_delete_a_page(editor, sessions):
    page = sessions["sr-latn"]

    response = editor.post(reverse("wagtailadmin_pages:delete", args=[page.pk]))

    assert response.status_code == HTTPStatus.FOUND
    assert not Page.objects.filter(pk=page.pk).exists()


def test_translator_may_not_move_or_copy_a_page(translator, sessions):
    page = sessions["sr-latn"]
    other_topic = Page.objects.get(
        locale=page.locale, slug="evropska-unija-u-jednom-danu"
    )
    parent = page.get_parent()

    assert refused(
        translator.post(
            reverse("wagtailadmin_pages:move_confirm", args=[page.pk, other_topic.pk])
        )
    )
    assert refused(translator.post(reverse("wagtailadmin_pages:copy", args=[page.pk])))
    assert Page.objects.get(pk=page.pk).get_parent() == parent
    assert Page.objects.filter(locale=page.locale, title=page.title).count() == 1


def test_translator_may_not_bulk_delete(translator, sessions):
    page = sessions["sr-latn"]
    url = (
        reverse("wagtail_bulk_action", args=["wagtailcore", "page", "delete"])
        + f"?id={page.pk}"
    )

    assert refused(translator.post(url))
    assert Page.objects.filter(pk=page.pk).exists()


def test_translator_may_not_compare_revisions_of_another_language(translator, sessions):
    page = sessions["sq"]
    url = reverse(
        "wagtailadmin_pages:revisions_compare", args=[page.pk, "earliest", "latest"]
    )

    assert refused(translator.get(url))


def test_translator_may_compare_revisions_in_their_language(translator, sessions):
    page = sessions["sr-latn"]
    url = reverse(
        "wagtailadmin_pages:revisions_compare", args=[page.pk, "earliest", "latest"]
    )

    assert translator.get(url).status_code == HTTPStatus.OK


def test_translator_may_not_submit_a_page_into_another_language(
    translator, editor, topic, django_capture_on_commit_callbacks
):
    page = create_session(editor, topic, "Sesion i ri", "sesion-i-ri", ["Tekst."])
    url = reverse("wagtail_localize:submit_page_translation", args=[page.pk])
    english = counterpart(page, "en")

    response = translator.post(url, {"locales": [english.locale_id]})

    assert response.status_code == HTTPStatus.OK  # the form, with its error
    assert (
        not Translation.objects.filter(target_locale=english.locale)
        .filter(source__object_id=page.translation_key)
        .exists()
    )
    assert Page.objects.get(pk=english.pk).alias_of_id == page.pk


def test_translator_may_not_submit_a_page_with_nothing_to_translate_for_them(
    translator, sessions
):
    """The Serbian page is translated already: no language is left to them."""
    url = reverse("wagtail_localize:submit_page_translation", args=[sessions["sq"].pk])

    assert refused(translator.get(url))


def test_translator_may_not_sync_translations(translator, sessions):
    source = translation_into(sessions["sq"], "sr-latn").source
    url = reverse("wagtail_localize:update_translations", args=[source.pk])
    synced_at = source.last_updated_at

    assert refused(translator.get(url))
    assert refused(translator.post(url, {"publish_translations": "on"}))
    source.refresh_from_db()
    assert source.last_updated_at == synced_at


def test_editor_may_sync_translations(editor, sessions):
    source = translation_into(sessions["sq"], "sr-latn").source
    url = reverse("wagtail_localize:update_translations", args=[source.pk])
    synced_at = source.last_updated_at

    assert editor.post(url).status_code == HTTPStatus.FOUND
    source.refresh_from_db()
    assert source.last_updated_at > synced_at


@pytest.fixture
def translator_token(demo_users):
    _token, plaintext = APIToken.create_token(
        user=demo_users["translator-sr-latn"], name="test"
    )
    return {"HTTP_AUTHORIZATION": f"Bearer {plaintext}"}


@pytest.mark.parametrize(
    ("action", "data"),
    [
        ("delete", None),
        ("copy", {}),
        ("create_alias", {}),
        ("copy_for_translation", {"locale": "en", "copy_parents": True}),
    ],
)
def test_translator_may_not_restructure_through_api_v3(
    client, translator_token, sessions, action, data
):
    page = sessions["sr-latn"]
    count = Page.objects.count()
    url = reverse(f"wagtailapi_v3:pages_actions_{action}", args=[page.pk])

    if data is None:
        response = client.delete(url, **translator_token)
    else:
        response = client.post(
            url, data, content_type="application/json", **translator_token
        )

    assert response.status_code == HTTPStatus.FORBIDDEN, response.content
    assert Page.objects.count() == count


def test_translator_may_not_move_through_api_v3(client, translator_token, sessions):
    page = sessions["sr-latn"]
    parent = page.get_parent()
    destination = Page.objects.get(
        locale=page.locale, slug="evropska-unija-u-jednom-danu"
    )

    response = client.post(
        reverse("wagtailapi_v3:pages_actions_move", args=[page.pk]),
        {"destination_id": destination.pk},
        content_type="application/json",
        **translator_token,
    )

    assert response.status_code == HTTPStatus.FORBIDDEN
    assert Page.objects.get(pk=page.pk).get_parent() == parent


def test_translator_may_publish_their_language_through_api_v3(
    client, translator_token, sessions
):
    page = sessions["sr-latn"]

    response = client.post(
        reverse("wagtailapi_v3:pages_actions_publish", args=[page.pk]),
        **translator_token,
    )

    assert response.status_code == HTTPStatus.OK


@pytest.mark.parametrize("action", ["delete", "copy", "move", "convert_alias"])
def test_translator_may_not_restructure_through_the_admin_api(
    translator, sessions, action
):
    page = sessions["sr-latn"]
    count = Page.objects.count()

    response = translator.post(
        reverse("wagtailadmin_api:pages:action", args=[page.pk, action]),
        {"destination_page_id": page.get_parent().pk},
        content_type="application/json",
    )

    assert response.status_code == HTTPStatus.FORBIDDEN
    assert Page.objects.count() == count


def test_translators_edit_only_in_the_translation_editor(
    editor, translator, demo_users, sessions, topic
):
    """Pages written, not translated, in a language are the editors' to change."""
    serbian_topic = counterpart(topic, "sr-latn")
    serbian_only = create_session(
        editor, serbian_topic, "Sesija na srpskom", "sesija-na-srpskom", ["Tekst."]
    )
    translator_sq = signed_in(demo_users["translator-sq"])

    def edit_url(page):
        return reverse("wagtailadmin_pages:edit", args=[page.pk])

    assert refused(translator.get(edit_url(serbian_only)))
    assert refused(translator_sq.get(edit_url(sessions["sq"])))
    assert editor.get(edit_url(serbian_only)).status_code == HTTPStatus.OK
