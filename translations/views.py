"""The localization tasks: a report view in the admin and a dashboard panel."""

import django_filters
from django.db.models import Q
from django.middleware.csrf import get_token
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.tables import Column, DateColumn, LocaleColumn
from wagtail.admin.views.reports import ReportView
from wagtail.models import Locale, Page

from sessions.models import TopicPage
from translations.permissions import page_permissions
from translations.tasks import (
    TaskState,
    counts_per_locale,
    describe,
    tasks_for,
)

# Rows of the dashboard panel; the report lists them all.
PANEL_ROWS = 8


def topics_in_admin_language(request):
    return TopicPage.objects.filter(locale=Locale.get_active()).order_by("title")


class LocalizationTasksFilterSet(WagtailFilterSet):
    locale = django_filters.ModelChoiceFilter(
        label=_("Language"), queryset=Locale.objects.order_by("pk")
    )
    topic = django_filters.ModelChoiceFilter(
        label=_("Topic"), queryset=topics_in_admin_language, method="filter_topic"
    )
    state = django_filters.ChoiceFilter(label=_("State"), choices=TaskState.choices)

    class Meta:
        model = Page
        fields = ["locale"]

    def filter_topic(self, queryset, name, topic):
        """The topic page and its sessions, in every language."""
        within_topic = Q()
        for translation in topic.get_translations(inclusive=True):
            within_topic |= Q(path__startswith=translation.path)
        return queryset.filter(within_topic)


class TaskTitleColumn(Column):
    """The page, linked to its translation editor or to starting one."""

    cell_template_name = "translations/cells/title.html"

    def get_cell_context_data(self, instance, parent_context):
        context = super().get_cell_context_data(instance, parent_context)
        # Starting a translation is a form, posted to wagtail-localize.
        context["csrf_token"] = get_token(parent_context["request"])
        return context


class TaskStateColumn(Column):
    cell_template_name = "translations/cells/state.html"


class LocalizationTasksView(ReportView):
    page_title = _("Localization tasks")
    header_icon = "wagtail-localize-language"
    results_template_name = "translations/tasks_results.html"
    index_url_name = "translations:tasks"
    index_results_url_name = "translations:tasks_results"
    filterset_class = LocalizationTasksFilterSet
    columns = [
        TaskTitleColumn("title", label=_("Page"), classname="title"),
        LocaleColumn(label=_("Language"), sort_key=None),
        TaskStateColumn("state", label=_("State")),
        DateColumn("source_published_at", label=_("Source last published")),
    ]
    paginate_by = 50
    permission_policy = page_permissions
    any_permission_required = ["change"]
    no_results_message = _("No page is waiting for translation.")

    def get_queryset(self):
        self.queryset = tasks_for(self.request.user)
        return super().get_queryset()

    def decorate_paginated_queryset(self, object_list):
        return [describe(task, self.request.user) for task in object_list]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["counts"] = counts_per_locale(tasks_for(self.request.user))
        context["state_labels"] = TaskState.labels
        return context


class LocalizationTasksPanel(Component):
    name = "localization_tasks"
    template_name = "translations/tasks_panel.html"
    order = 50

    def __init__(self, request):
        self.request = request

    def get_context_data(self, parent_context=None):
        user = self.request.user
        tasks = tasks_for(user)
        return {
            "counts": counts_per_locale(tasks),
            "state_labels": TaskState.labels,
            "tasks": [describe(task, user) for task in tasks[:PANEL_ROWS]],
            "report_url": reverse("translations:tasks"),
            "csrf_token": get_token(self.request),
            "request": self.request,
        }
