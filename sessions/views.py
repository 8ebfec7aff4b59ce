from django.http import Http404, HttpResponse
from django.utils.http import content_disposition_header
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe
from wagtail.models import Locale, Page, Site

from sessions import calendar
from sessions.feeds import locale_sessions

CALENDAR_TYPE = "text/calendar; charset=utf-8"
# The largest primary key the databases store (a signed 64-bit integer); a
# larger number in the URL is no page.
MAX_PAGE_ID = 2**63 - 1


def calendar_domain(request):
    site = Site.find_for_request(request)
    return site.hostname if site else request.get_host()


@require_safe
def locale_calendar(request):
    """Every session of the active language, for calendar subscriptions."""
    sessions = list(locale_sessions(Locale.get_active()))
    # Each event names its topic: the sessions' parents, in one query.
    Page.objects.annotate_parent_page(sessions)
    cal = calendar.calendar(
        sessions,
        request=request,
        domain=calendar_domain(request),
        name=_("Information sessions · Kosovo Resource Centre for Civil Society"),
    )
    return HttpResponse(cal.to_ical(), content_type=CALENDAR_TYPE)


@require_safe
def session_calendar(request, page_id):
    """One session as an .ics file to add to a calendar."""
    if page_id > MAX_PAGE_ID:
        raise Http404
    session = locale_sessions(Locale.get_active()).filter(pk=page_id).first()
    if session is None:
        raise Http404
    cal = calendar.calendar(
        [session],
        request=request,
        domain=calendar_domain(request),
        name=session.title,
    )
    response = HttpResponse(cal.to_ical(), content_type=CALENDAR_TYPE)
    response["Content-Disposition"] = content_disposition_header(
        as_attachment=True, filename=f"{session.slug}.ics"
    )
    return response
