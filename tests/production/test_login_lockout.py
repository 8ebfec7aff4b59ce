"""Guessing an editor's password is cut short by django-axes."""

from http import HTTPStatus

import pytest

pytestmark = pytest.mark.django_db

LOGIN_URL = "/admin/login/"
PASSWORD = "a-long-editor-passphrase"  # noqa: S105


@pytest.fixture
def editor(django_user_model, settings):
    settings.AXES_ENABLED = True
    return django_user_model.objects.create_user(
        username="editor", password=PASSWORD, is_staff=True, is_superuser=True
    )


def sign_in(client, username, password):
    return client.post(LOGIN_URL, {"username": username, "password": password})


def test_five_wrong_passwords_lock_out_even_the_right_one(client, editor, settings):
    for _ in range(settings.AXES_FAILURE_LIMIT):
        sign_in(client, "editor", "wrong")

    response = sign_in(client, "editor", PASSWORD)

    assert response.status_code == HTTPStatus.TOO_MANY_REQUESTS
    assert "_auth_user_id" not in client.session


def test_a_few_wrong_passwords_do_not_lock_out(client, editor, settings):
    for _ in range(settings.AXES_FAILURE_LIMIT - 1):
        sign_in(client, "editor", "wrong")

    response = sign_in(client, "editor", PASSWORD)

    assert response.status_code == HTTPStatus.FOUND
    assert client.session["_auth_user_id"] == str(editor.pk)


def test_lockout_of_one_user_name_leaves_others_signing_in(
    client, editor, django_user_model, settings
):
    django_user_model.objects.create_user(
        username="translator", password=PASSWORD, is_staff=True, is_superuser=True
    )
    for _ in range(settings.AXES_FAILURE_LIMIT):
        sign_in(client, "editor", "wrong")

    assert sign_in(client, "translator", PASSWORD).status_code == HTTPStatus.FOUND


def test_lockout_is_explained_in_the_editors_language(client, editor, settings):
    for _ in range(settings.AXES_FAILURE_LIMIT):
        sign_in(client, "editor", "wrong")

    response = client.post(
        LOGIN_URL,
        {"username": "editor", "password": PASSWORD},
        headers={"accept-language": "sr-latn"},
    )

    assert response.status_code == HTTPStatus.TOO_MANY_REQUESTS
    assert "Previše neuspelih pokušaja prijave" in response.content.decode()
