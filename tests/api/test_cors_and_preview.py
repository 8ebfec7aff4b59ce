"""Cross-origin reads for the configured front ends; drafts for token holders."""

import re
from http import HTTPStatus
from urllib.parse import parse_qs, urlsplit

import pytest
from django.test import RequestFactory

from sessions.models import InformationSessionPage

pytestmark = pytest.mark.django_db

PORTAL = "https://portal.example.org"


@pytest.fixture
def portal_allowed(settings):
    settings.CORS_ALLOWED_ORIGINS = [PORTAL]


@pytest.mark.parametrize("path", ["/api/v2/pages/", "/api/v3/pages/"])
def test_configured_origins_may_read_the_api(client, portal_allowed, path):
    response = client.get(path, HTTP_ORIGIN=PORTAL)

    assert response["Access-Control-Allow-Origin"] == PORTAL


def test_other_origins_and_the_rendered_site_get_no_cors_headers(
    client, portal_allowed
):
    other = client.get("/api/v2/pages/", HTTP_ORIGIN="https://elsewhere.example")
    site = client.get("/sq/", HTTP_ORIGIN=PORTAL)

    assert "Access-Control-Allow-Origin" not in other
    assert "Access-Control-Allow-Origin" not in site


def test_preflight_is_answered(client, portal_allowed):
    response = client.options(
        "/api/v2/pages/",
        HTTP_ORIGIN=PORTAL,
        HTTP_ACCESS_CONTROL_REQUEST_METHOD="GET",
    )

    assert response.status_code == HTTPStatus.OK
    assert response["Access-Control-Allow-Origin"] == PORTAL


@pytest.fixture
def draft():
    page = InformationSessionPage.objects.get(locale__language_code="sr-latn", number=3)
    page.title = "Nacrt: šta je civilno društvo"
    page.save_revision()
    return InformationSessionPage.objects.get(
        pk=page.pk
    ).get_latest_revision_as_object()


def front_end_preview(page):
    request = RequestFactory().get("/admin/")
    response = page.serve_preview(request, "front-end")
    iframe = re.search(r'src="([^"]+)"', response.content.decode())[1]
    return urlsplit(iframe.replace("&amp;", "&"))


def test_front_end_preview_serves_the_draft_to_the_token_holder(client, draft):
    address = front_end_preview(draft)
    query = parse_qs(address.query)

    preview = client.get(address.path, {k: v[0] for k, v in query.items()})
    live = client.get(f"/api/v2/pages/{draft.pk}/")

    assert address.path == "/api/v2/page_preview/"
    assert preview.status_code == HTTPStatus.OK, preview.content
    assert preview.json()["title"] == "Nacrt: šta je civilno društvo"
    assert preview.json()["meta"]["locale"] == "sr-latn"
    assert live.json()["title"] != "Nacrt: šta je civilno društvo"


@pytest.mark.parametrize(
    "token", ["", "forged", "id=1:1tQ0pZ:invalidsignatureinvalidsignatureinvalid"]
)
def test_preview_needs_a_valid_token(client, draft, token):
    front_end_preview(draft)

    response = client.get("/api/v2/page_preview/", {"token": token})

    assert response.status_code in (HTTPStatus.BAD_REQUEST, HTTPStatus.NOT_FOUND)
    assert "Nacrt" not in response.content.decode()


def test_the_default_preview_still_renders_the_site(draft):
    response = draft.serve_preview(RequestFactory().get("/admin/"), "")

    assert "Nacrt: šta je civilno društvo" in response.render().content.decode()
    assert [mode for mode, _label in draft.preview_modes] == ["", "front-end"]
