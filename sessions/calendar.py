"""Sessions as iCalendar events (RFC 5545), built with the icalendar library."""

from datetime import date
from zoneinfo import ZoneInfo

import icalendar
from django.conf import settings
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from sessions.models.information_sessions import SessionFormat

# Where the sessions take place; also the site's TIME_ZONE.
BELGRADE = ZoneInfo("Europe/Belgrade")


def event_uid(session, domain):
    """The same for a session in one language however often it is republished.

    The translation key is shared by a page and its translations, so the
    language keeps the three calendars' events apart.
    """
    return f"{session.translation_key}-{session.locale.language_code}@{domain}"


def session_event(session, *, request, domain):
    page_url = request.build_absolute_uri(session.get_url(request))
    event = icalendar.Event()
    event.add("uid", event_uid(session, domain))
    event.add("summary", session.title)
    event.add("dtstart", session.start.astimezone(BELGRADE))
    event.add("dtend", session.end.astimezone(BELGRADE))
    event.add("dtstamp", session.last_published_at)
    event.add("last-modified", session.last_published_at)
    if session.first_published_at:
        event.add("created", session.first_published_at)
    event.add("url", page_url)
    event.add("status", "CONFIRMED")
    event.add("location", session_location(session))
    event.add("description", session_description(session, page_url))
    event.add("categories", [session.topic.title, session.get_format_display()])
    if session.join_url and session.format != SessionFormat.IN_PERSON:
        event.add(
            "conference",
            session.join_url,
            parameters={"VALUE": "URI", "FEATURE": "VIDEO"},
        )
    return event


def session_location(session):
    """The venue, or where to join an online session."""
    if session.format == SessionFormat.ONLINE:
        return session.join_url or session.platform or _("Online")
    return session.venue or session.join_url or session.platform


def session_description(session, page_url):
    lines = [session.summary] if session.summary else []
    if session.join_url:
        lines.append(_("Join or register: %(url)s") % {"url": session.join_url})
    lines.append(_("More about the session: %(url)s") % {"url": page_url})
    return "\n\n".join(lines)


def calendar(sessions, *, request, domain, name):
    cal = icalendar.Calendar()
    language = get_language()
    cal.add("prodid", f"-//KCSF//Information sessions//{language.upper()}")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("name", name)
    cal.add("x-wr-calname", name)
    cal.add("x-wr-timezone", settings.TIME_ZONE)
    sessions = list(sessions)
    for session in sessions:
        cal.add_component(session_event(session, request=request, domain=domain))
    if sessions:
        # The time zone's rules for the years of the sessions, not since 1970.
        cal.add_missing_timezones(
            first_date=date(min(s.start for s in sessions).year, 1, 1),
            last_date=date(max(s.end for s in sessions).year + 1, 1, 1),
        )
    return cal
