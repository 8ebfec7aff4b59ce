"""The admin's flat listing of every information session, in every language.

The page explorer shows one topic's sessions at a time; editors planning the
programme need them all, by date, with filters for topic, dates, format and
language (Wagtail adds the language filter itself to translatable models).
https://docs.wagtail.org/en/stable/extending/custom_page_listings.html
"""

import django_filters
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import DateRangePickerWidget
from wagtail.admin.ui.tables import Column
from wagtail.admin.ui.tables.pages import (
    BulkActionsColumn,
    PageStatusColumn,
    PageTitleColumn,
    ParentPageColumn,
)
from wagtail.admin.views.pages.listing import IndexView, PageFilterSet
from wagtail.admin.viewsets.pages import PageListingViewSet

from sessions.models import InformationSessionPage, TopicPage
from sessions.models.information_sessions import SessionFormat


class TopicFilter(django_filters.ModelChoiceFilter):
    def filter(self, qs, topic):
        return qs.child_of(topic) if topic else qs


class SessionFilterSet(PageFilterSet):
    topic = TopicFilter(
        label=_("Topic"),
        queryset=TopicPage.objects.select_related("locale").order_by(
            "locale__language_code", "title"
        ),
    )
    start = django_filters.DateFromToRangeFilter(
        label=_("Date"), widget=DateRangePickerWidget
    )
    format = django_filters.ChoiceFilter(
        label=_("Format"), choices=SessionFormat.choices, empty_label=_("All")
    )

    class Meta:
        model = InformationSessionPage
        fields = []


class StartColumn(Column):
    """The session's start in the editor's time zone and language."""

    def get_value(self, instance):
        return date_format(timezone.localtime(instance.start), "SHORT_DATETIME_FORMAT")


class SessionIndexView(IndexView):
    default_ordering = "-start"


class SessionListingViewSet(PageListingViewSet):
    model = InformationSessionPage
    index_view_class = SessionIndexView
    filterset_class = SessionFilterSet
    icon = "date"
    menu_label = _("Information sessions")
    add_to_admin_menu = True
    menu_order = 150
    columns = [
        BulkActionsColumn("bulk_actions"),
        PageTitleColumn("title", label=_("Title"), sort_key="title"),
        StartColumn("start", label=_("Date"), sort_key="start", width="16%"),
        Column(
            "format",
            label=_("Format"),
            accessor="get_format_display",
            sort_key="format",
            width="12%",
        ),
        ParentPageColumn("parent", label=_("Topic")),
        PageStatusColumn("status", label=_("Status"), sort_key="live", width="12%"),
    ]
