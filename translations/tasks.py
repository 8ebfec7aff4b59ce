"""Localization tasks: the pages that wait for a translator, read from wagtail-localize.

A task is a page in a target language that is either still the alias that
locale synchronisation created, or the target of an enabled wagtail-localize
Translation whose source was published after it was last synced, whose
strings are not all translated, or whose translated strings are not published
yet. Everything is
computed in the database from wagtail-localize's own records (Translation,
TranslationSource, StringSegment, StringTranslation) and Wagtail's page fields;
nothing here stores state of its own.
"""

from collections import Counter

from django.db import models
from django.db.models import (
    Case,
    Count,
    Exists,
    F,
    OuterRef,
    Q,
    Subquery,
    Value,
    When,
)
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale, Page
from wagtail_localize.models import StringSegment, StringTranslation, Translation

from translations.permissions import may_sync, page_permissions


class TaskState(models.TextChoices):
    NOT_TRANSLATED = "not-translated", _("Not yet translated")
    IN_PROGRESS = "in-progress", _("In progress")
    OUT_OF_DATE = "out-of-date", _("Out of date")
    UNPUBLISHED = "unpublished", _("Translated, not published")


def count_of(queryset):
    """A subquery counting the rows of ``queryset``, which has one source."""
    return Coalesce(
        Subquery(
            queryset.order_by()
            .values("source_id")
            .annotate(count=Count("pk"))
            .values("count")[:1]
        ),
        0,
    )


def tasks_for(user):
    """The pages waiting for a translator among those ``user`` may edit."""
    return localization_tasks(
        page_permissions.instances_user_has_permission_for(user, "change")
    )


def localization_tasks(pages=None):
    """The pages (of the queryset ``pages``, or all) waiting for a translator."""
    translation = Translation.objects.filter(
        source__object_id=OuterRef("translation_key"),
        target_locale_id=OuterRef("locale_id"),
        enabled=True,
    )
    segments = StringSegment.objects.filter(source_id=OuterRef("task_source_id"))
    translated = StringTranslation.objects.filter(
        translation_of_id=OuterRef("string_id"),
        context_id=OuterRef("context_id"),
        locale_id=OuterRef(OuterRef("locale_id")),
        has_error=False,
    )
    source_page = Page.objects.filter(
        translation_key=OuterRef("translation_key"),
        locale_id=OuterRef("task_source_locale_id"),
    )
    latest_string = StringTranslation.objects.filter(
        context__object_id=OuterRef("translation_key"),
        locale_id=OuterRef("locale_id"),
    ).order_by("-updated_at")
    is_alias_of_other_language = Q(alias_of__isnull=False) & ~Q(
        alias_of__locale_id=F("locale_id")
    )
    return (
        (Page.objects.all() if pages is None else pages)
        .filter(depth__gt=1)
        .annotate(
            task_source_id=Subquery(translation.values("source_id")[:1]),
            task_source_locale_id=Subquery(translation.values("source__locale_id")[:1]),
            synced_at=Subquery(translation.values("source__last_updated_at")[:1]),
            source_published_at=Subquery(source_page.values("last_published_at")[:1]),
            segment_count=count_of(segments),
            translated_count=count_of(segments.filter(Exists(translated))),
            translated_at=Subquery(latest_string.values("updated_at")[:1]),
        )
        .annotate(
            state=Case(
                When(is_alias_of_other_language, then=Value(TaskState.NOT_TRANSLATED)),
                When(task_source_id__isnull=True, then=None),
                When(
                    source_published_at__gt=F("synced_at"),
                    then=Value(TaskState.OUT_OF_DATE),
                ),
                When(translated_count=0, then=Value(TaskState.NOT_TRANSLATED)),
                When(
                    translated_count__lt=F("segment_count"),
                    then=Value(TaskState.IN_PROGRESS),
                ),
                When(
                    Q(live=False)
                    | Q(has_unpublished_changes=True)
                    | Q(translated_at__gt=F("last_published_at")),
                    then=Value(TaskState.UNPUBLISHED),
                ),
                default=None,
                output_field=models.CharField(),
            )
        )
        .filter(state__isnull=False)
        .select_related("locale", "alias_of")
        .order_by("locale__language_code", "path")
    )


def counts_per_locale(tasks):
    """``[(locale, [count of each TaskState])]`` for every locale with a task."""
    counts = Counter(tasks.order_by().values_list("locale_id", "state"))
    locales = Locale.objects.filter(pk__in={locale_id for locale_id, _ in counts})
    return [
        (locale, [counts[(locale.pk, state)] for state in TaskState.values])
        for locale in locales.order_by("pk")
    ]


def describe(task, user):
    """Add what a row shows: its state's label, progress and links."""
    task.state_label = TaskState(task.state).label
    task.percent_done = (
        round(100 * task.translated_count / task.segment_count)
        if task.segment_count
        else 0
    )
    task.start_url = None
    if task.alias_of_id and task.alias_of.locale_id != task.locale_id:
        # The alias becomes a translation through wagtail-localize's own
        # submission view, which then opens the editor of the same page.
        task.start_url = reverse(
            "wagtail_localize:submit_page_translation", args=[task.alias_of_id]
        )
    task.editor_url = reverse("wagtailadmin_pages:edit", args=[task.pk])
    task.sync_url = None
    if task.state == TaskState.OUT_OF_DATE:
        translation = Translation.objects.select_related("source").get(
            source_id=task.task_source_id, target_locale_id=task.locale_id
        )
        if may_sync(user, translation.source):
            task.sync_url = reverse(
                "wagtail_localize:update_translations", args=[task.task_source_id]
            )
    return task
