from django.http import Http404, HttpResponse
from django.utils.http import content_disposition_header
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe
from wagtail.models import Locale, Site

from sessions import calendar
from sessions.feeds import locale_sessions

CALENDAR_TYPE = "text/calendar; charset=utf-8"


def calendar_domain(request):
    site = Site.find_for_request(request)
    return site.hostname if site else request.get_host()


@require_safe
def locale_calendar(request):
    """Every session of the active language, for calendar subscriptions."""
    cal = calendar.calendar(
        locale_sessions(Locale.get_active()),
        request=request,
        domain=calendar_domain(request),
        name=_("Information sessions · Kosovo Resource Centre for Civil Society"),
    )
    return HttpResponse(cal.to_ical(), content_type=CALENDAR_TYPE)


@require_safe
def session_calendar(request, page_id):
    """One session as an .ics file to add to a calendar."""
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
