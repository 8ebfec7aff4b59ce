"""Feeds of the sessions, under each language's prefix (``/<lang>/sessions/…``)."""

from django.urls import path

from sessions import views
from sessions.feeds import SessionFeed

urlpatterns = [
    path("calendar.ics", views.locale_calendar, name="session_calendar"),
    path("feed/", SessionFeed(), name="session_feed"),
    path(
        "<int:page_id>/calendar.ics",
        views.session_calendar,
        name="session_event_calendar",
    ),
]
