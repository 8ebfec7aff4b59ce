"""The iCalendar feed of each language and each session's "Add to calendar" file."""

from datetime import timedelta
from http import HTTPStatus
from zoneinfo import ZoneInfo

import icalendar
import pytest
from django.urls import reverse
from django.utils import translation

from sessions.models import InformationSessionPage

from .conftest import KINDS, LANGUAGES, parse

pytestmark = pytest.mark.django_db

BELGRADE = ZoneInfo("Europe/Belgrade")


def feed_url(language):
    with translation.override(language):
        return reverse("session_calendar")


def session_file_url(session):
    with translation.override(session.locale.language_code):
        return reverse("session_event_calendar", args=[session.pk])


def get_calendar(client, url):
    response = client.get(url)
    assert response.status_code == HTTPStatus.OK
    assert response["Content-Type"] == "text/calendar; charset=utf-8"
    return icalendar.Calendar.from_ical(response.content)


def events_by_summary(calendar):
    return {str(event["SUMMARY"]): event for event in calendar.walk("VEVENT")}


def absolute(page):
    return f"http://testserver{page.url}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_feed_describes_each_kind_of_session(client, sessions_by_kind, language):
    events = events_by_summary(get_calendar(client, feed_url(language)))

    for kind in KINDS:
        session = InformationSessionPage.objects.get(
            pk=sessions_by_kind[language][kind].pk
        )
        check_event(events[session.title], session, language)


def check_event(event, session, language):
    start, end = event.decoded("DTSTART"), event.decoded("DTEND")
    assert start == session.start and end == session.end
    assert str(start.tzinfo) == str(end.tzinfo) == "Europe/Belgrade"
    assert event["DTSTART"].params["TZID"] == "Europe/Belgrade"
    assert str(event["URL"]) == absolute(session)
    assert str(event["UID"]).endswith(f"-{language}@localhost")
    assert session.translation_key.hex in str(event["UID"]).replace("-", "")
    description = str(event["DESCRIPTION"])
    assert session.summary in description
    assert absolute(session) in description
    location = str(event["LOCATION"])
    if session.format == "online":
        assert location == session.join_url
    else:
        assert location == session.venue
    if session.join_url:
        assert session.join_url in description
        assert str(event["CONFERENCE"]) == session.join_url
    else:
        assert "CONFERENCE" not in event
    published = session.last_published_at.replace(microsecond=0)
    assert event.decoded("DTSTAMP") == published
    assert event.decoded("LAST-MODIFIED") == published
    assert str(event["STATUS"]) == "CONFIRMED"


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_feed_holds_every_session_of_its_language_and_no_other(
    client, sessions_by_kind, language
):
    calendar = get_calendar(client, feed_url(language))

    summaries = set(events_by_summary(calendar))
    expected = InformationSessionPage.objects.live().filter(
        locale__language_code=language
    )
    assert summaries == {s.title for s in expected}
    assert [str(tz["TZID"]) for tz in calendar.walk("VTIMEZONE")] == ["Europe/Belgrade"]
    assert str(calendar["X-WR-TIMEZONE"]) == "Europe/Belgrade"


def test_the_feed_speaks_the_visitor_language(client, sessions_by_kind):
    session = sessions_by_kind["sr-latn"]["online"]

    event = events_by_summary(get_calendar(client, feed_url("sr-latn")))[session.title]

    assert "Više o sesiji:" in str(event["DESCRIPTION"])
    assert "Pridružite se ili se prijavite:" in str(event["DESCRIPTION"])


def test_the_uid_stays_the_same_when_the_session_is_edited_and_republished(
    client, sessions_by_kind
):
    session = sessions_by_kind["en"]["upcoming"]
    before = events_by_summary(get_calendar(client, session_file_url(session)))
    uid = str(before[session.title]["UID"])

    session.title = "Moved and renamed session"
    session.start += timedelta(days=1)
    session.end += timedelta(days=1)
    session.save_revision().publish()
    after = events_by_summary(get_calendar(client, session_file_url(session)))

    assert str(after["Moved and renamed session"]["UID"]) == uid
    assert after["Moved and renamed session"].decoded("DTSTART") == session.start


def test_each_language_of_a_session_has_its_own_uid(client, locales):
    uids = set()
    for language in LANGUAGES:
        session = InformationSessionPage.objects.get(locale=locales[language], number=1)
        calendar = get_calendar(client, session_file_url(session))
        (event,) = calendar.walk("VEVENT")
        uids.add(str(event["UID"]))

    assert len(uids) == len(LANGUAGES)


def test_the_session_file_is_an_attachment_with_one_event(client, sessions_by_kind):
    session = sessions_by_kind["sq"]["hybrid"]

    response = client.get(session_file_url(session))
    calendar = icalendar.Calendar.from_ical(response.content)

    assert response["Content-Disposition"] == (
        f'attachment; filename="{session.slug}.ics"'
    )
    assert [str(e["SUMMARY"]) for e in calendar.walk("VEVENT")] == [session.title]


def test_the_session_page_links_to_its_calendar_file(client, sessions_by_kind):
    session = sessions_by_kind["en"]["online"]

    links = parse(client.get(session.url)).cssselect("a[download]")

    assert [a.get("href") for a in links] == [session_file_url(session)]


def test_the_listing_links_to_the_feed_of_its_language(client, locales):
    from sessions.models import SessionIndexPage

    listing = SessionIndexPage.objects.get(locale=locales["sr-latn"])

    hrefs = [a.get("href") for a in parse(client.get(listing.url)).cssselect("a")]

    assert feed_url("sr-latn") == "/sr-latn/sessions/calendar.ics"
    assert feed_url("sr-latn") in hrefs


def test_a_session_of_another_language_or_unpublished_is_not_found(
    client, sessions_by_kind
):
    sq_session = sessions_by_kind["sq"]["online"]
    draft = sessions_by_kind["en"]["past"]
    draft.unpublish()

    with translation.override("en"):
        other_language = reverse("session_event_calendar", args=[sq_session.pk])
        not_a_session = reverse(
            "session_event_calendar", args=[sq_session.get_parent().pk]
        )

    assert client.get(other_language).status_code == HTTPStatus.NOT_FOUND
    assert client.get(not_a_session).status_code == HTTPStatus.NOT_FOUND
    assert client.get(session_file_url(draft)).status_code == HTTPStatus.NOT_FOUND


def test_the_example_session_times_are_belgrade_local_times(client, locales):
    session = InformationSessionPage.objects.get(locale=locales["en"], number=4)

    (event,) = get_calendar(client, session_file_url(session)).walk("VEVENT")

    assert event.decoded("DTSTART").hour == session.start.astimezone(BELGRADE).hour
    assert event.decoded("DTSTART").hour == 10


@pytest.mark.parametrize("page_id", ["9223372036854775808", "10000000000000000000000"])
def test_a_page_id_beyond_the_database_range_is_not_found(client, page_id):
    response = client.get(f"/en/sessions/{page_id}/calendar.ics")

    assert response.status_code == HTTPStatus.NOT_FOUND
