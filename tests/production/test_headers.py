"""Security and caching headers that browsers and caches in front rely on."""

from http import HTTPStatus

import pytest

pytestmark = pytest.mark.django_db


def csp_directives(response):
    policy = response.headers["Content-Security-Policy"]
    return {
        name: values
        for name, *values in (part.split() for part in policy.split(";") if part)
    }


def test_health_check_answers_with_json_when_the_database_does(client):
    response = client.get("/healthz")

    assert response.status_code == HTTPStatus.OK
    assert response.json() == {"status": "ok", "database": "ok"}
    assert "no-store" in response.headers["Cache-Control"]


def test_public_page_allows_scripts_and_styles_only_from_the_site(client):
    response = client.get("/sq/")

    directives = csp_directives(response)
    assert directives["script-src"] == ["'self'"]
    assert directives["style-src"] == ["'self'"]
    assert directives["object-src"] == ["'none'"]
    assert directives["frame-ancestors"] == ["'self'"]


def test_admin_alone_may_run_inline_scripts(admin_client):
    response = admin_client.get("/admin/")

    assert response.status_code == HTTPStatus.OK
    assert "'unsafe-inline'" in csp_directives(response)["script-src"]


def test_pages_carry_the_browser_security_headers(client):
    response = client.get("/sq/")

    assert response.headers["X-Content-Type-Options"] == "nosniff"
    assert response.headers["Referrer-Policy"] == "same-origin"
    assert response.headers["Cross-Origin-Opener-Policy"] == "same-origin"
    assert response.headers["X-Frame-Options"] == "DENY"


@pytest.mark.parametrize("path", ["/admin/", "/admin/login/", "/admin/pages/"])
def test_admin_is_never_cached(admin_client, path):
    response = admin_client.get(path)

    assert {"private", "no-store"} <= set(
        response.headers["Cache-Control"].replace(" ", "").split(",")
    )


@pytest.mark.parametrize(
    "path", ["/sq/", "/api/v2/pages/", "/api/v3/pages/", "/admin/login/"]
)
def test_answers_to_writes_are_never_cached(client, path):
    response = client.post(path, {"q": "x"})

    assert {"private", "no-store"} <= set(
        response.headers["Cache-Control"].replace(" ", "").split(",")
    )
