"""schema.org JSON-LD: Event on sessions, Person on speakers, Organization on home."""

from http import HTTPStatus
from zoneinfo import ZoneInfo

import pytest

from home.models import HomePage
from sessions.models import InformationSessionPage, SpeakerPage

from .conftest import KINDS, LANGUAGES, json_ld_blocks

pytestmark = pytest.mark.django_db

SCHEMA = "https://schema.org"
ATTENDANCE = {
    "online": f"{SCHEMA}/OnlineEventAttendanceMode",
    "in_person": f"{SCHEMA}/OfflineEventAttendanceMode",
    "hybrid": f"{SCHEMA}/MixedEventAttendanceMode",
}
SITE_NAMES = {
    "sq": "Qendra e Burimeve për Shoqëri Civile në Kosovë",
    "sr-latn": "Kosovski Resursni Centar za Civilno Društvo",
    "en": "Kosovo Resource Centre for Civil Society",
}
BELGRADE = ZoneInfo("Europe/Belgrade")


def absolute(page):
    return f"http://testserver{page.url}"


def one_block(client, page, schema_type):
    blocks = json_ld_blocks(client.get(page.url))
    assert [block["@type"] for block in blocks] == [schema_type]
    assert blocks[0]["@context"] == SCHEMA
    return blocks[0]


def expected_locations(session):
    place = {
        "@type": "Place",
        "name": session.venue,
        "address": {
            "@type": "PostalAddress",
            "addressLocality": session.venue,
            "addressCountry": "XK",
        },
    }
    virtual = {"@type": "VirtualLocation", "url": session.join_url}
    return {"online": virtual, "in_person": place, "hybrid": [place, virtual]}[
        session.format
    ]


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_kind_of_session_is_an_event_with_every_field(
    client, sessions_by_kind, language
):
    home = HomePage.objects.get(locale__language_code=language)
    for kind in KINDS:
        session = InformationSessionPage.objects.get(
            pk=sessions_by_kind[language][kind].pk
        )

        event = one_block(client, session, "Event")

        assert event["name"] == session.title
        assert event["description"] == session.summary
        assert event["url"] == absolute(session)
        assert event["startDate"] == session.start.astimezone(BELGRADE).isoformat()
        assert event["endDate"] == session.end.astimezone(BELGRADE).isoformat()
        assert event["startDate"].endswith(("+01:00", "+02:00"))
        assert event["eventAttendanceMode"] == ATTENDANCE[session.format]
        assert event["eventStatus"] == f"{SCHEMA}/EventScheduled"
        assert event["location"] == expected_locations(session)
        assert event["organizer"] == {
            "@type": "Organization",
            "name": SITE_NAMES[language],
            "url": absolute(home),
        }
        assert event["inLanguage"] == session.languages
        (image,) = event["image"]
        assert image.startswith("http://testserver/")
        assert image.endswith(".jpg")
        speakers = [link.speaker for link in session.speaker_links()]
        assert len(speakers) == 2
        assert [p["name"] for p in event["performer"]] == [s.title for s in speakers]
        assert [p["url"] for p in event["performer"]] == [absolute(s) for s in speakers]
        assert {p["@type"] for p in event["performer"]} == {"Person"}
        assert all(s.locale.language_code == language for s in speakers)


def test_the_event_image_is_served(client, sessions_by_kind):
    event = one_block(client, sessions_by_kind["en"]["past"], "Event")

    response = client.get(event["image"][0].removeprefix("http://testserver"))

    assert response.status_code == HTTPStatus.OK
    assert response["Content-Type"] == "image/jpeg"


def test_an_online_session_without_a_join_url_points_to_its_own_page(client, locales):
    session = InformationSessionPage.objects.get(locale=locales["en"], number=1)
    assert session.format == "online" and not session.join_url

    event = one_block(client, session, "Event")

    assert event["location"] == {"@type": "VirtualLocation", "url": absolute(session)}


def test_json_ld_cannot_close_its_script_element(client, sessions_by_kind):
    session = sessions_by_kind["en"]["online"]
    session.summary = "</script><script>alert(1)</script>"
    session.save_revision().publish()

    response = client.get(session.url)

    assert b"</script><script>alert(1)" not in response.content
    event = json_ld_blocks(response)[0]
    assert event["description"] == "</script><script>alert(1)</script>"


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_speaker_page_is_a_person(client, language):
    for speaker in SpeakerPage.objects.live().filter(locale__language_code=language):
        person = one_block(client, speaker, "Person")

        assert person["name"] == speaker.title
        assert person["url"] == absolute(speaker)
        assert person["jobTitle"] == speaker.job_title
        assert person["worksFor"] == {
            "@type": "Organization",
            "name": speaker.organisation,
        }
        assert person["description"] == speaker.bio
        assert person["image"].startswith("http://testserver/")


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_home_page_is_the_organization(client, language):
    home = HomePage.objects.get(locale__language_code=language)

    organization = one_block(client, home, "Organization")

    assert organization["name"] == SITE_NAMES[language]
    assert organization["url"] == absolute(home)
    assert organization["logo"].startswith("http://testserver/static/")
    assert organization["areaServed"] == "XK"
