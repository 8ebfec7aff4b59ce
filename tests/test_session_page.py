from http import HTTPStatus

import pytest

from sessions.models import InformationSessionPage

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("language", "when", "took_place", "format_label"),
    [
        ("sq", "30 Mars 2021, 10:00", "Ky sesion është mbajtur.", "Online"),
        ("sr-latn", "30. mart 2021., 10:00", "Ova sesija je održana.", "Onlajn"),
        ("en", "March 30, 2021, 10 a.m.", "This session took place.", "Online"),
    ],
)
def test_past_session_page_shows_its_facts_in_the_page_language(
    client, locales, language, when, took_place, format_label
):
    session = InformationSessionPage.objects.get(locale=locales[language], number=1)

    response = client.get(session.url)

    html = response.content.decode()
    assert response.status_code == HTTPStatus.OK
    assert when in html
    assert took_place in html
    assert f"<dd>{format_label}</dd>" in html
    assert 'datetime="2021-03-30T10:00:00+02:00"' in html
    assert "Zoom" in html


@pytest.mark.parametrize(
    ("language", "how_to", "venue", "button"),
    [
        ("sq", "Si të merrni pjesë", "Prishtinë", "Kyçu në sesion"),
        ("sr-latn", "Kako učestvovati", "Priština", "Pridruži se sesiji"),
        ("en", "How to take part", "Prishtina", "Join the session"),
    ],
)
def test_upcoming_session_page_says_how_to_take_part(
    client, locales, language, how_to, venue, button
):
    session = InformationSessionPage.objects.get(locale=locales[language], number=4)

    html = client.get(session.url).content.decode()

    assert how_to in html
    assert f"<dd>{venue}</dd>" in html
    assert f'href="{session.join_url}"' in html
    assert button in html


def test_session_page_lists_speakers_with_role_and_organisation(client, locales):
    session = InformationSessionPage.objects.get(locale=locales["sr-latn"], number=2)

    html = client.get(session.url).content.decode()

    assert "Darko Dimitrijević" in html
    assert "Govornik, Novinar, Radio Goraždevac" in html
    assert "<dd>Severna Mitrovica</dd>" in html
    assert "<dd>Srpski, Albanski</dd>" in html


@pytest.mark.parametrize("language", ["sq", "sr-latn", "en"])
def test_topic_page_lists_upcoming_before_past_sessions(client, locales, language):
    eu = InformationSessionPage.objects.get(locale=locales[language], number=2)
    topic = eu.get_parent().specific

    html = client.get(topic.url).content.decode()

    first = InformationSessionPage.objects.get(locale=locales[language], number=1)
    assert html.index(eu.title) < html.index(first.title)
