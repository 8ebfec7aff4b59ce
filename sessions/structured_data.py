"""schema.org data of the public pages, for search engines (JSON-LD)."""

from django.templatetags.static import static
from django.utils.translation import gettext as _

from sessions.calendar import BELGRADE
from sessions.models.information_sessions import SessionFormat
from sessions.navigation import navigation

SCHEMA = "https://schema.org"
# The picture shared on social networks and given to search engines.
SHARE_IMAGE_SPEC = "fill-1200x630|format-jpeg"
ATTENDANCE_MODES = {
    SessionFormat.ONLINE: f"{SCHEMA}/OnlineEventAttendanceMode",
    SessionFormat.IN_PERSON: f"{SCHEMA}/OfflineEventAttendanceMode",
    SessionFormat.HYBRID: f"{SCHEMA}/MixedEventAttendanceMode",
}
KOSOVO = "XK"


def absolute_url(page, request):
    """The page's URL on the host the visitor used."""
    return request.build_absolute_uri(page.get_url(request))


def image_url(image, request):
    if image is None:
        return None
    return request.build_absolute_uri(image.get_rendition(SHARE_IMAGE_SPEC).url)


def site_home(request):
    return navigation(request).home


def organizer(request):
    home = site_home(request)
    data = {
        "@type": "Organization",
        "name": _("Kosovo Resource Centre for Civil Society"),
    }
    if home:
        data["url"] = absolute_url(home, request)
    return data


def organization(home, request):
    return {
        "@context": SCHEMA,
        **organizer(request),
        "url": absolute_url(home, request),
        "description": _(
            "Information sessions on civil society, participation and European "
            "integration, in the languages official and in use in Kosovo."
        ),
        "logo": request.build_absolute_uri(static("img/favicon.svg")),
        "areaServed": KOSOVO,
        "knowsLanguage": ["sq", "sr-Latn", "en"],
    }


def person(speaker, request):
    data = {
        "@context": SCHEMA,
        "@type": "Person",
        "name": speaker.title,
        "url": absolute_url(speaker, request),
    }
    if speaker.job_title:
        data["jobTitle"] = speaker.job_title
    if speaker.organisation:
        data["worksFor"] = {"@type": "Organization", "name": speaker.organisation}
    if speaker.bio:
        data["description"] = speaker.bio
    if speaker.photo:
        data["image"] = image_url(speaker.photo, request)
    return data


def locations(session, request):
    place = {
        "@type": "Place",
        "name": session.venue or _("Kosovo"),
        "address": {
            "@type": "PostalAddress",
            "addressLocality": session.venue,
            "addressCountry": KOSOVO,
        },
    }
    virtual = {
        "@type": "VirtualLocation",
        "url": session.join_url or absolute_url(session, request),
    }
    if session.format == SessionFormat.ONLINE:
        return virtual
    if session.format == SessionFormat.IN_PERSON:
        return place
    return [place, virtual]


def event(session, request, speaker_links=None):
    data = {
        "@context": SCHEMA,
        "@type": "Event",
        "name": session.title,
        "url": absolute_url(session, request),
        "startDate": session.start.astimezone(BELGRADE).isoformat(),
        "endDate": session.end.astimezone(BELGRADE).isoformat(),
        "eventAttendanceMode": ATTENDANCE_MODES[session.format],
        "eventStatus": f"{SCHEMA}/EventScheduled",
        "location": locations(session, request),
        "organizer": organizer(request),
        "inLanguage": list(session.languages),
    }
    if session.summary:
        data["description"] = session.summary
    if session.image:
        data["image"] = [image_url(session.image, request)]
    performers = [
        {
            key: value
            for key, value in person(link.speaker, request).items()
            if key != "@context"
        }
        for link in (
            session.speaker_links() if speaker_links is None else speaker_links
        )
    ]
    if performers:
        data["performer"] = performers
    return data
