"""API v2 pages: every field, filter and translation link, in all three languages."""

from datetime import timedelta
from http import HTTPStatus

import pytest
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from wagtail.models import Page
from wagtail.rich_text import RichText

from sessions.models import (
    InformationSessionPage,
    SessionDocument,
    SpeakerPage,
    TopicPage,
)
from tests.builders import make_document
from tests.conftest import LANGUAGES

from .conftest import add_session, add_topic

pytestmark = pytest.mark.django_db

SESSIONS = "/api/v2/pages/?type=infosessions.InformationSessionPage"


def items(response):
    assert response.status_code == HTTPStatus.OK, response.content
    return response.json()["items"]


def session(language, number):
    return InformationSessionPage.objects.get(
        locale__language_code=language, number=number
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_upcoming_sessions_in_a_language(client, language):
    listed = items(client.get(f"{SESSIONS}&locale={language}&upcoming=true"))

    expected = InformationSessionPage.objects.filter(
        locale__language_code=language, live=True, end__gte=timezone.now()
    ).order_by("start")
    assert [item["id"] for item in listed] == [page.pk for page in expected]
    assert {item["meta"]["locale"] for item in listed} == {language}


@pytest.mark.parametrize("language", LANGUAGES)
def test_past_sessions_come_latest_first(client, language):
    listed = items(
        client.get(f"{SESSIONS}&locale={language}&upcoming=false&fields=start")
    )

    starts = [parse_datetime(item["start"]) for item in listed]
    assert len(starts) == 3
    assert starts == sorted(starts, reverse=True)
    assert all(start < timezone.now() for start in starts)


@pytest.mark.parametrize("order", ["start", "-start"])
def test_sessions_are_ordered_by_start_either_way(client, order):
    listed = items(client.get(f"{SESSIONS}&locale=sq&order={order}&fields=start"))

    starts = [item["start"] for item in listed]
    assert starts == sorted(starts, reverse=order.startswith("-"))


@pytest.mark.parametrize("language", LANGUAGES)
def test_session_detail_has_every_field(client, language):
    page = session(language, 2)
    data = client.get(f"/api/v2/pages/{page.pk}/").json()

    assert data["number"] == 2
    assert parse_datetime(data["start"]) == page.start
    assert parse_datetime(data["end"]) == page.end
    assert data["format"] == page.format == "hybrid"
    assert (data["venue"], data["platform"]) == (page.venue, page.platform)
    assert data["join_url"] == page.join_url
    assert data["languages"] == page.languages
    assert data["participants"] == page.participants
    assert data["summary"] == page.summary
    assert data["meta"]["locale"] == language
    assert data["meta"]["html_url"].endswith(page.url)
    assert data["topic"]["id"] == page.get_parent().pk
    assert data["topic"]["locale"] == language
    assert data["image"]["renditions"]["hero"]["width"] == 1200
    assert data["image"]["renditions"]["card"]["url"].startswith("/media/images/")
    paragraphs = [block for block in data["body"] if block["type"] == "paragraph"]
    assert paragraphs[0]["value"].startswith("<p>")


@pytest.mark.parametrize("language", LANGUAGES)
def test_session_speakers_are_expanded_in_the_session_language(client, language):
    page = session(language, 1)
    data = client.get(f"/api/v2/pages/{page.pk}/").json()

    link = page.session_speakers.get()
    speaker = link.speaker
    assert data["speakers"] == [
        {
            "id": speaker.pk,
            "title": speaker.title,
            "locale": language,
            "detail_url": f"http://localhost/api/v2/pages/{speaker.pk}/",
            "html_url": f"http://localhost{speaker.url}",
            "name": speaker.title,
            "job_title": speaker.job_title,
            "organisation": speaker.organisation,
            "role": link.role,
            "role_label": data["speakers"][0]["role_label"],
            "photo": data["speakers"][0]["photo"],
        }
    ]
    photo = data["speakers"][0]["photo"]
    assert photo["id"] == speaker.photo_id
    assert photo["renditions"]["thumbnail"]["width"] == 96
    assert photo["renditions"]["medium"]["url"].endswith(".png")


def test_labels_are_in_the_page_language_not_the_request_language(client):
    english = client.get(
        f"/api/v2/pages/{session('sq', 2).pk}/", HTTP_ACCEPT_LANGUAGE="en"
    ).json()
    serbian = client.get(
        f"/api/v2/pages/{session('sr-latn', 2).pk}/", HTTP_ACCEPT_LANGUAGE="en"
    ).json()

    assert english["format_label"] != "Hybrid"
    assert serbian["format_label"] != english["format_label"]
    assert serbian["speakers"][0]["role_label"] != "Speaker"
    assert len(serbian["language_labels"]) == len(serbian["languages"])


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_page_lists_its_translations(client, language):
    for page in Page.objects.filter(locale__language_code=language, depth__gt=1):
        data = client.get(f"/api/v2/pages/{page.pk}/").json()

        expected = {
            other.locale.language_code: other for other in page.get_translations()
        }
        assert {t["locale"]: t["id"] for t in data["translations"]} == {
            code: other.pk for code, other in expected.items()
        }, page.title
        for link in data["translations"]:
            other = expected[link["locale"]]
            assert link["title"] == other.title
            assert link["html_url"] == f"http://localhost{other.url}"
            assert link["detail_url"] == f"http://localhost/api/v2/pages/{other.pk}/"


def test_listings_of_any_type_carry_translations(client):
    listed = items(client.get("/api/v2/pages/?locale=en&fields=translations"))

    assert listed
    assert all(
        {t["locale"] for t in item["translations"]} == {"sq", "sr-latn"}
        for item in listed
    )


@pytest.mark.parametrize("language", LANGUAGES)
def test_translation_of_finds_the_other_languages(client, language):
    page = session(language, 3)

    listed = items(client.get(f"/api/v2/pages/?translation_of={page.pk}"))

    assert {item["id"] for item in listed} == {p.pk for p in page.get_translations()}


def test_topic_filter_finds_the_sessions_in_any_language(client, locales):
    topic = TopicPage.objects.get(locale=locales["sq"], slug__startswith="bash")

    listed = items(client.get(f"{SESSIONS}&topic={topic.pk}&locale=en"))

    english_topic = topic.get_translation(locales["en"])
    assert {item["id"] for item in listed} == set(
        InformationSessionPage.objects.child_of(english_topic).values_list(
            "pk", flat=True
        )
    )
    assert len(listed) == 2


def test_format_filter(client):
    listed = items(client.get(f"{SESSIONS}&format=hybrid&locale=sq&fields=format"))

    assert {item["format"] for item in listed} == {"hybrid"}
    assert (
        len(listed)
        == InformationSessionPage.objects.filter(
            locale__language_code="sq", format="hybrid"
        ).count()
    )


def test_start_date_filters(client):
    listed = items(
        client.get(
            f"{SESSIONS}&locale=en&starts_after=2021-05-01&starts_before=2021-07-29"
        )
    )

    assert [item["id"] for item in listed] == [session("en", 2).pk]


def test_session_filters_imply_the_session_type(client):
    listed = items(client.get("/api/v2/pages/?upcoming=true&locale=sq"))

    assert [item["meta"]["type"] for item in listed] == [
        "infosessions.InformationSessionPage"
    ]


def test_search_stays_available(client):
    listed = items(client.get(f"{SESSIONS}&search=Mitrovica&locale=en"))

    assert session("en", 2).pk in [item["id"] for item in listed]


def test_rich_text_links_point_to_the_same_language(client, locales):
    sq_topic = add_topic("Tema e lidhjes")
    page = session("en", 1)
    page.body = [
        (
            "paragraph",
            RichText(f'<p><a linktype="page" id="{sq_topic.pk}">topic</a></p>'),
        )
    ]
    page.save()
    english_topic = sq_topic.copy_for_translation(locales["en"])
    english_topic.save_revision().publish()

    data = client.get(f"/api/v2/pages/{page.pk}/").json()

    assert f'href="{english_topic.url}"' in data["body"][0]["value"]
    assert english_topic.url.startswith("/en/")


def test_speaker_detail_lists_their_sessions(client):
    speaker = SpeakerPage.objects.get(locale__language_code="sr-latn", slug="dren-puka")

    data = client.get(f"/api/v2/pages/{speaker.pk}/").json()

    assert [s["id"] for s in data["sessions"]] == [session("sr-latn", 3).pk]
    assert (data["job_title"], data["organisation"]) == (
        speaker.job_title,
        speaker.organisation,
    )
    assert data["photo"]["renditions"]["thumbnail"]["height"] == 96


def test_topic_detail(client):
    topic = TopicPage.objects.filter(locale__language_code="en").first()

    data = client.get(f"/api/v2/pages/{topic.pk}/").json()

    assert data["introduction"] == topic.introduction
    assert data["image"]["id"] == topic.image_id
    assert data["meta"]["parent"]["id"] == topic.get_parent().pk


def test_session_documents_are_listed_with_urls(client, topic):
    document = make_document("Agjenda")
    page = add_session(topic)
    SessionDocument.objects.create(page=page, document=document)

    data = client.get(f"/api/v2/pages/{page.pk}/").json()

    assert data["documents"] == [
        {
            "id": document.pk,
            "title": "Agjenda",
            "url": f"http://localhost{document.url}",
            "file_extension": "pdf",
        }
    ]


def test_new_session_appears_upcoming(client, topic):
    page = add_session(topic, title="Sesioni i ri", days=2)

    listed = items(client.get(f"{SESSIONS}&locale=sq&upcoming=true"))

    assert page.pk in [item["id"] for item in listed]
    assert page.start - timezone.now() < timedelta(days=3)
