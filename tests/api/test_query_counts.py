"""A listing costs the same queries however many sessions, speakers, images and
translations it shows (issue 7's budget: list ≤ 10, detail ≤ 8)."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from sessions.models import InformationSessionPage
from tests.builders import make_image, translate

from .conftest import add_session, add_speaker, add_topic

pytestmark = pytest.mark.django_db

SESSIONS = (
    "/api/v2/pages/?type=infosessions.InformationSessionPage&locale=sq"
    "&descendant_of={}&fields=*&limit=50"
)


def sessions_with_speakers_and_images(count, translated=False):
    topic = add_topic()
    speakers = [add_speaker(f"Folëse {n}") for n in range(3)]
    sessions = [
        add_session(
            topic, title=f"Sesion {n}", speakers=speakers, image=make_image(f"S{n}")
        )
        for n in range(count)
    ]
    if translated:
        translate(topic, *speakers, *sessions)
    return topic


def get(client, url, expected_items):
    response = client.get(url)
    assert response.status_code == 200, response.content
    items = response.json()["items"]
    assert len(items) == expected_items
    return items


def test_session_listing_queries_do_not_grow_with_items(
    client, django_assert_num_queries
):
    small = sessions_with_speakers_and_images(5)
    large = sessions_with_speakers_and_images(50)
    # The first request of each makes the image renditions.
    get(client, SESSIONS.format(small.pk), 5)
    get(client, SESSIONS.format(large.pk), 50)
    with CaptureQueriesContext(connection) as small_queries:
        items = get(client, SESSIONS.format(small.pk), 5)
    with django_assert_num_queries(len(small_queries)):
        large_items = get(client, SESSIONS.format(large.pk), 50)

    assert all(len(item["speakers"]) == 3 for item in items + large_items)
    assert all(item["speakers"][0]["photo"] for item in large_items)
    assert all(item["image"]["renditions"]["card"] for item in large_items)


def test_translations_do_not_add_queries(
    client, django_assert_num_queries, django_capture_on_commit_callbacks
):
    untranslated = sessions_with_speakers_and_images(5)
    with django_capture_on_commit_callbacks(execute=True):
        translated = sessions_with_speakers_and_images(5, translated=True)
    get(client, SESSIONS.format(untranslated.pk), 5)
    get(client, SESSIONS.format(translated.pk), 5)
    with CaptureQueriesContext(connection) as baseline:
        get(client, SESSIONS.format(untranslated.pk), 5)
    with django_assert_num_queries(len(baseline)):
        items = get(client, SESSIONS.format(translated.pk), 5)

    assert all(len(item["translations"]) == 2 for item in items)


def test_twenty_sessions_with_every_field_take_at_most_ten_queries(
    client, django_assert_max_num_queries
):
    sessions_with_speakers_and_images(20)
    url = "/api/v2/pages/?type=infosessions.InformationSessionPage&fields=*"
    get(client, url, 20)

    with django_assert_max_num_queries(10):
        get(client, url, 20)


def test_session_detail_takes_at_most_eight_queries(
    client, django_assert_max_num_queries
):
    topic = sessions_with_speakers_and_images(1)
    page = InformationSessionPage.objects.child_of(topic).get()
    client.get(f"/api/v2/pages/{page.pk}/")

    with django_assert_max_num_queries(8):
        data = client.get(f"/api/v2/pages/{page.pk}/").json()

    assert len(data["speakers"]) == 3
