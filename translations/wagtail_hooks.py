"""Admin wiring of the translation workflow.

- Refusals: whoever may edit a page but not add pages beside it (translators)
  may not delete, move, copy or detach it, through the page views, the bulk
  actions, the admin API or the API v3 actions, and edits pages only in the
  translation editor.
- Moving, deleting or unpublishing a source page in the admin does the same to
  its aliases and translations (Wagtail's cascade hook, which wagtail-localize
  does not register).
- wagtail-localize's submission, sync and PO upload URLs lead through views
  that check page permissions (``translations.localize_views``).
- A translation with invalid segments is not published.
- The localization tasks: a report under Reports and a dashboard panel.
"""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Q
from django.shortcuts import redirect
from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail import hooks
from wagtail.admin.api.views import PagesAdminAPIViewSet
from wagtail.admin.menu import MenuItem
from wagtail.models import Page
from wagtail_localize.models import Translation, TranslationSource

from translations import localize_views
from translations.actions import RESTRUCTURING_ACTIONS
from translations.permissions import may_restructure, page_permissions
from translations.publishing import invalid_segment_count
from translations.views import LocalizationTasksPanel, LocalizationTasksView

RESTRUCTURING_ACTION_NAMES = {action.action_name for action in RESTRUCTURING_ACTIONS}


def refuse_restructuring(user, page):
    if not may_restructure(user, page):
        raise PermissionDenied


@hooks.register("before_delete_page")
def refuse_deleting(request, page):
    refuse_restructuring(request.user, page)


@hooks.register("before_move_page")
def refuse_moving(request, page, destination):
    refuse_restructuring(request.user, page)


@hooks.register("before_copy_page")
def refuse_copying(request, page):
    refuse_restructuring(request.user, page)


@hooks.register("before_convert_alias_page")
def refuse_detaching_alias(request, page):
    refuse_restructuring(request.user, page)


@hooks.register("before_bulk_action")
def refuse_bulk_restructuring(request, action_type, objects, action_class_instance):
    if action_type in RESTRUCTURING_ACTION_NAMES:
        for page in objects:
            if isinstance(page, Page):
                refuse_restructuring(request.user, page)


@hooks.register("register_actions")
def register_restructuring_checks(registry):
    for action in RESTRUCTURING_ACTIONS:
        registry.register(Page, action)


class PagesAdminAPIWithRestructuringChecks(PagesAdminAPIViewSet):
    def action_view(self, request, pk, action_name):
        if action_name in RESTRUCTURING_ACTION_NAMES:
            refuse_restructuring(request.user, self.get_object())
        return super().action_view(request, pk, action_name)


@hooks.register("construct_admin_api")
def check_restructuring_in_admin_api(router):
    router.register_endpoint("pages", PagesAdminAPIWithRestructuringChecks)


def translations_made_from(page):
    """The aliases of ``page`` and the pages wagtail-localize translated from it.

    A translation moved, deleted or unpublished on its own leaves its source
    and the other languages as they are.
    """
    source = TranslationSource.objects.get_for_instance_or_none(page)
    target_locales = (
        Translation.objects.filter(source=source).values("target_locale")
        if source
        else []
    )
    return Page.objects.translation_of(page, inclusive=False).filter(
        Q(alias_of=page) | Q(locale__in=target_locales)
    )


@hooks.register("construct_translated_pages_to_cascade_actions")
def cascade_to_translations(pages, action):
    if action in ("move", "delete"):
        return {page: translations_made_from(page) for page in pages}
    if action == "unpublish":
        # Aliases follow their source by themselves.
        return {
            page: translations_made_from(page).filter(alias_of__isnull=True)
            for page in pages
        }
    return None


@hooks.register("before_edit_page", order=1)
def refuse_editing_outside_the_translation_editor(request, page):
    """Translators edit in wagtail-localize's editor, whose hook runs first.

    It serves every translation and every alias awaiting one; a page it does
    not serve is a source page, which is the editors' to write.
    """
    refuse_restructuring(request.user, page)


@hooks.register("before_edit_page", order=-1)
def refuse_publishing_invalid_translation(request, page):
    if request.method != "POST" or request.POST.get("action") != "publish":
        return None
    translation = (
        Translation.objects.filter(
            source__object_id=page.translation_key,
            target_locale_id=page.locale_id,
            enabled=True,
        )
        .select_related("source", "target_locale")
        .first()
    )
    if translation is None or page.alias_of_id:
        return None
    invalid = invalid_segment_count(translation)
    if not invalid:
        return None
    messages.error(
        request,
        ngettext(
            "Not published: %(count)d segment has an invalid translation. "
            "Correct the segment marked in red and publish again.",
            "Not published: %(count)d segments have invalid translations. "
            "Correct the segments marked in red and publish again.",
            invalid,
        )
        % {"count": invalid},
    )
    return redirect(request.path)


@hooks.register("register_admin_urls", order=-1)
def register_admin_urls():
    tasks = [
        path("", LocalizationTasksView.as_view(), name="tasks"),
        path(
            "results/",
            LocalizationTasksView.as_view(results_only=True),
            name="tasks_results",
        ),
    ]
    return [
        # wagtail-localize's own paths, listed before its URLs are.
        path(
            "localize/submit/page/<int:page_id>/",
            localize_views.SubmitPageTranslationWithPermissionsView.as_view(),
        ),
        path(
            "localize/update/<int:translation_source_id>/",
            localize_views.UpdateTranslationsWithPermissionsView.as_view(),
        ),
        path(
            "localize/translate/<int:translation_id>/pofile/upload/",
            localize_views.upload_pofile,
        ),
        path(
            "localization-tasks/",
            include((tasks, "translations"), namespace="translations"),
        ),
    ]


def may_edit_pages(user):
    return page_permissions.user_has_any_permission(user, ["change"])


class LocalizationTasksMenuItem(MenuItem):
    def is_shown(self, request):
        return may_edit_pages(request.user)


@hooks.register("register_reports_menu_item")
def register_localization_tasks_menu_item():
    return LocalizationTasksMenuItem(
        _("Localization tasks"),
        reverse("translations:tasks"),
        icon_name="wagtail-localize-language",
        order=100,
    )


@hooks.register("construct_homepage_panels")
def add_localization_tasks_panel(request, panels):
    if may_edit_pages(request.user):
        panels.append(LocalizationTasksPanel(request))
