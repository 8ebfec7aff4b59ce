from http import HTTPStatus

import pytest

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("accept_language", "expected"),
    [
        ("sq", "/sq/"),
        ("sr-Latn,sr;q=0.9", "/sr-latn/"),
        ("sr", "/sr-latn/"),
        ("en-GB,en;q=0.8", "/en/"),
        ("de-DE,de;q=0.9", "/sq/"),
        ("", "/sq/"),
    ],
)
def test_root_redirects_to_the_preferred_language(client, accept_language, expected):
    response = client.get("/", headers={"accept-language": accept_language})

    assert response.status_code == HTTPStatus.FOUND
    assert response["Location"] == expected
    assert "Accept-Language" in response["Vary"]


@pytest.mark.parametrize("path", ["/xx/", "/de/", "/sr/", "/sq-xx/koncepti/", "/nope"])
def test_unknown_language_prefix_is_not_found(client, path):
    response = client.get(path)

    assert response.status_code == HTTPStatus.NOT_FOUND
    assert "Location" not in response


@pytest.mark.parametrize(
    ("path", "heading"),
    [
        ("/sq/nuk-ekziston/", "Faqja nuk u gjet"),
        ("/sr-latn/ne-postoji/", "Stranica nije pronađena"),
        ("/en/does-not-exist/", "Page not found"),
    ],
)
def test_not_found_page_speaks_the_visitor_language(client, path, heading):
    response = client.get(path)

    assert response.status_code == HTTPStatus.NOT_FOUND
    assert f"<h1>{heading}</h1>" in response.content.decode()


@pytest.mark.parametrize("language", ["sq", "sr-latn", "en"])
def test_home_page_of_each_language_is_served(client, language):
    response = client.get(f"/{language}/")

    assert response.status_code == HTTPStatus.OK
    assert response.headers["Content-Language"] == language
