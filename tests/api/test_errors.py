"""Bad parameters get a 4xx JSON answer naming the problem, never a 500."""

from http import HTTPStatus

import pytest
from django import forms
from django.utils import translation

pytestmark = pytest.mark.django_db

NOISE = "ë✓\u202e💥\u0301"
BAD_PAGE_QUERIES = [
    ("limit=-1", "limit"),
    ("limit=100000", "limit"),
    ("limit=ten", "limit"),
    ("offset=-5", "offset"),
    ("starts_after=2021-02-30", "starts_after"),
    ("starts_before=yesterday", "starts_before"),
    ("starts_after=0001-01-01", "starts_after"),
    ("starts_after=2021-08-01&starts_before=2021-01-01", "starts_before"),
    ("locale=xx", "locale"),
    ("type=auth.User", "type"),
    ("type=home.HomePage&upcoming=true", "type"),
    ("translation_of=abc", "translation_of"),
    ("child_of=1e3", "child_of"),
    ("ancestor_of=root", "ancestor_of"),
    ("topic=abc", "topic"),
    ("topic=99999999999", "topic"),
    ("topic=999999", "topic"),
    ("upcoming=maybe", "upcoming"),
    ("format=zoom", "format"),
    ("order=password", "order"),
    ("order=random&offset=3", "order"),
    ("fields=owner", "fields"),
    ("fields=title)(", "fields"),
    ("search=" + "x" * 10_000, "search"),
    ("title=%00", "title"),
    ("search=%00", "search"),
    (f"{NOISE}={NOISE}", NOISE),
    (f"locale={NOISE}", "locale"),
    ("unknown=1", "unknown"),
]


@pytest.mark.parametrize(("query", "parameter"), BAD_PAGE_QUERIES)
def test_bad_page_queries_name_the_parameter(client, query, parameter):
    response = client.get(f"/api/v2/pages/?{query}")

    assert response.status_code == HTTPStatus.BAD_REQUEST, response.content
    assert response["Content-Type"] == "application/json"
    body = response.json()
    assert parameter in body["errors"]
    assert parameter in body["message"]


@pytest.mark.parametrize(
    "url",
    [
        "/api/v2/pages/abc/",
        "/api/v2/pages/99999999/",
        "/api/v2/pages/-1/",
        "/api/v2/images/abc/",
        "/api/v2/documents/99999999/",
        "/api/v2/pages/find/?id=abc",
        "/api/v2/images/?width=wide",
        "/api/v2/documents/?order=file",
        "/api/v2/page_preview/",
        "/api/v2/page_preview/?token=forged:token",
        f"/api/v2/{NOISE}/",
        "/api/v3/pages/abc/",
        "/api/v3/pages/99999999/",
        "/api/v3/pages/?limit=-1",
        "/api/v3/pages/?limit=100000",
        "/api/v3/pages/?locale=xx",
        "/api/v3/pages/?type=auth.User",
        "/api/v3/pages/?translation_of=abc",
        "/api/v3/pages/?child_of=-3",
        "/api/v3/pages/?order=password",
        f"/api/v3/pages/?{NOISE}={NOISE}&search={'x' * 10_000}",
        "/api/v3/pages/?type=infosessions.InformationSessionPage&start=garbage",
        f"/api/v3/{NOISE}/",
    ],
)
def test_bad_addresses_get_a_json_4xx(client, url):
    response = client.get(url)

    assert 400 <= response.status_code < 500, (url, response.status_code)
    assert response["Content-Type"] in ("application/json", "application/problem+json")
    assert response.json()


@pytest.mark.parametrize("api", ["v2", "v3"])
def test_limit_is_capped(client, settings, api):
    highest = settings.WAGTAILAPI_LIMIT_MAX

    assert client.get(f"/api/{api}/pages/?limit={highest}").status_code == 200
    assert client.get(f"/api/{api}/pages/?limit={highest + 1}").status_code == 400


@pytest.mark.parametrize("language", ["sq", "sr-latn", "en"])
def test_errors_speak_the_request_language(client, language):
    response = client.get(
        "/api/v2/pages/?locale=xx&colour=blue", HTTP_ACCEPT_LANGUAGE=language
    )

    with translation.override(language):
        invalid_choice = forms.ChoiceField.default_error_messages["invalid_choice"]
        expected = {
            "locale": [str(invalid_choice) % {"value": "xx"}],
            "colour": [translation.gettext("Unknown parameter.")],
        }
    assert response.json()["errors"] == expected
    if language != "en":
        assert expected["colour"] != ["Unknown parameter."]


@pytest.mark.parametrize("language", ["sq", "sr-latn"])
def test_api_v3_errors_speak_the_request_language(client, language):
    response = client.get("/api/v3/pages/?limit=-1", HTTP_ACCEPT_LANGUAGE=language)

    problem = response.json()
    assert response.status_code == HTTPStatus.UNPROCESSABLE_ENTITY
    with translation.override(language):
        detail = translation.gettext("Some values are not valid: see the errors.")
    assert problem["detail"] == detail != "Some values are not valid: see the errors."
    assert problem["errors"][0]["loc"][-1] == "limit"


@pytest.mark.parametrize("endpoint", ["pages", "images", "documents"])
def test_v3_number_beyond_the_database_range_is_a_client_error(client, endpoint):
    # PostgreSQL refuses such an OFFSET ("bigint out of range"): it must not
    # become a 500.
    response = client.get(f"/api/v3/{endpoint}/?offset=99999999999999999999")

    assert response.status_code == HTTPStatus.BAD_REQUEST
    assert "offset" in response.json()["detail"]
