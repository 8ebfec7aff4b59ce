"""What to purge when content changes: every cached response that shows it.

A change to a page purges, in every language: the page; its parent (a topic
lists its sessions, the speaker index its speakers); pages linking to it or
showing it (Wagtail's reference index: a session's speakers, before and after
the change, and the sessions a speaker spoke at); for a session, the home
pages, the session indexes, the feeds and calendars; the sitemap, the search
suggestions and the API. A change to a home page or to a page in the menu
purges everything: every page's header shows them. An image or a document
purges the pages that show it, as if they had changed.

The same paths, as full URLs, go to Wagtail's frontend cache when one is
configured (WAGTAILFRONTENDCACHE).
"""

import copy

from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.db.models.signals import post_save, pre_delete, pre_save
from django.urls import reverse
from django.utils import translation
from wagtail.contrib.frontend_cache.utils import PurgeBatch
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, ReferenceIndex, Site
from wagtail.signals import (
    page_published,
    page_slug_changed,
    page_unpublished,
    post_page_move,
)

from cms import page_cache
from home.models import HomePage
from sessions.models import InformationSessionPage, SessionIndexPage

# The home page and the pages in its menu.
MENU_DEPTH = 3


def is_active():
    return settings.PAGE_CACHE_ENABLED or bool(
        getattr(settings, "WAGTAILFRONTENDCACHE", None)
    )


def referenced_page_ids(obj):
    """The pages ``obj`` links to or shows, by Wagtail's reference index."""
    page_type = ContentType.objects.get_for_model(Page)
    return {
        int(object_id)
        for object_id in ReferenceIndex.get_references_for_object(obj)
        .filter(to_content_type=page_type)
        .values_list("to_object_id", flat=True)
    }


def referencing_page_ids(obj):
    """The pages that link to or show ``obj``, by Wagtail's reference index."""
    page_type = ContentType.objects.get_for_model(Page)
    return {
        int(object_id)
        for object_id in ReferenceIndex.get_references_to(obj)
        .filter(base_content_type=page_type)
        .values_list("object_id", flat=True)
    }


def language_paths(name, *args):
    """The path of the URL ``name`` under each language's prefix."""
    paths = set()
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            paths.add(reverse(name, args=args))
    return paths


def page_path(page):
    parts = page.get_url_parts()
    return parts[2] if parts else None


def purge_list(pages, earlier_page_ids=()):
    """``(paths, everything)`` for a change to ``pages``.

    ``earlier_page_ids`` are pages the changed ones showed before the change.
    Everything goes when a home page or a page of the menu changes; the paths
    are still listed for the frontend cache, which purges address by address.
    """
    everything = any(page.depth <= MENU_DEPTH for page in pages)
    related_ids = set(earlier_page_ids)
    keys = set()
    sessions = []
    for page in pages:
        keys.add(page.translation_key)
        keys.add(page.get_parent().translation_key)
        related_ids |= referenced_page_ids(page) | referencing_page_ids(page)
        if issubclass(page.specific_class, InformationSessionPage):
            sessions.append(page)
    if sessions:
        listings = Page.objects.type(HomePage, SessionIndexPage)
        keys |= set(listings.values_list("translation_key", flat=True))
    keys |= set(
        Page.objects.filter(pk__in=related_ids).values_list(
            "translation_key", flat=True
        )
    )
    affected = Page.objects.filter(translation_key__in=keys).select_related("locale")
    paths = {page_path(page) for page in affected} - {None}
    paths |= {page_cache.API_PREFIX, reverse("sitemap")}
    paths |= language_paths("search_suggest")
    if sessions:
        paths |= language_paths("session_feed") | language_paths("session_calendar")
        translations = Page.objects.filter(
            translation_key__in={page.translation_key for page in sessions}
        ).select_related("locale")
        for session in translations:
            with translation.override(session.locale.language_code):
                paths.add(reverse("session_event_calendar", args=[session.pk]))
    return paths, everything


def purge_after_commit(paths, everything=False):
    paths = set(paths)

    def purge():
        if settings.PAGE_CACHE_ENABLED:
            page_cache.purge(paths, everything=everything)
        if getattr(settings, "WAGTAILFRONTENDCACHE", None):
            roots = {site.root_url for site in Site.objects.all()}
            PurgeBatch({root + path for root in roots for path in paths}).purge()

    transaction.on_commit(purge)


def purge_pages(pages, earlier_page_ids=(), extra_paths=()):
    paths, everything = purge_list(pages, earlier_page_ids)
    purge_after_commit(paths | set(extra_paths), everything)


def remember_what_page_shows(sender, instance, update_fields=None, **kwargs):
    """Before a page is saved, note what it showed (pre_save)."""
    if is_active() and instance.pk and update_fields is None:
        instance.page_cache_earlier_pages = referenced_page_ids(instance)


def page_changed(sender, instance, **kwargs):
    """page_published and page_unpublished."""
    if is_active():
        earlier = instance.__dict__.pop("page_cache_earlier_pages", ())
        purge_pages([instance], earlier)


def page_moved(sender, instance, url_path_before, parent_page_before, **kwargs):
    """post_page_move: the old address and the old parent go too."""
    if not is_active():
        return
    before = copy.copy(instance)
    before.url_path = url_path_before
    purge_pages(
        [instance],
        earlier_page_ids={parent_page_before.pk},
        extra_paths={page_path(before)} - {None},
    )


def slug_changed(sender, instance, instance_before, **kwargs):
    """page_slug_changed, after the commit: the old address goes."""
    if is_active():
        purge_pages([instance], extra_paths={page_path(instance_before)} - {None})


def media_changed(sender, instance, **kwargs):
    """An image or document saved or deleted: purge the pages that show it."""
    if not is_active():
        return
    pages = list(Page.objects.filter(pk__in=referencing_page_ids(instance)))
    if pages:
        purge_pages(pages)
    else:
        purge_after_commit({page_cache.API_PREFIX})


def connect():
    """Called once the apps are ready (cms.apps)."""
    for model in apps.get_models():
        if issubclass(model, Page):
            pre_save.connect(remember_what_page_shows, sender=model)
    page_published.connect(page_changed)
    page_unpublished.connect(page_changed)
    post_page_move.connect(page_moved)
    page_slug_changed.connect(slug_changed)
    for model in (get_image_model(), get_document_model()):
        post_save.connect(media_changed, sender=model)
        pre_delete.connect(media_changed, sender=model)
