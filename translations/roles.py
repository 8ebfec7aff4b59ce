"""The editorial roles: editors, and one group of translators per language.

Wagtail's group permissions carry the roles. Editors hold every page permission
from the root of the tree; the translators of a language may edit and publish
below that language's home page, and submit pages for translation
(wagtail-localize's permission, narrowed to their own language by
``translations.permissions``). What Wagtail's permissions cannot say, that
editing a page is no right to delete, move or copy it, the hooks in
``translations.wagtail_hooks`` enforce.
"""

from django.conf import settings
from django.contrib.auth.models import Group, Permission
from wagtail.models import (
    Collection,
    GroupCollectionPermission,
    GroupPagePermission,
    Page,
)

EDITORS = "Editors"

ADMIN_PERMISSIONS = [
    ("wagtailadmin", "access_admin"),
    ("wagtail_localize", "submit_translation"),
]
EDITOR_PAGE_PERMISSIONS = [
    "add_page",
    "change_page",
    "publish_page",
    "bulk_delete_page",
    "lock_page",
    "unlock_page",
]
TRANSLATOR_PAGE_PERMISSIONS = ["change_page", "publish_page"]
EDITOR_COLLECTION_PERMISSIONS = [
    ("wagtailimages", "add_image"),
    ("wagtailimages", "change_image"),
    ("wagtailimages", "choose_image"),
    ("wagtailimages", "delete_image"),
    ("wagtaildocs", "add_document"),
    ("wagtaildocs", "change_document"),
    ("wagtaildocs", "choose_document"),
    ("wagtaildocs", "delete_document"),
]
# Translators may pick another picture or document for their language.
TRANSLATOR_COLLECTION_PERMISSIONS = [
    ("wagtailimages", "choose_image"),
    ("wagtaildocs", "choose_document"),
]


def translators(language_code):
    return f"Translators ({language_code})"


def setup_roles():
    """Create the groups and grant their permissions; safe to run again.

    Returns the languages that have no home page yet: their translators get
    their page permissions when this runs again after the page exists.
    """
    root_page = Page.get_first_root_node()
    root_collection = Collection.get_first_root_node()

    editors = role_group(EDITORS)
    grant_page_permissions(editors, root_page, EDITOR_PAGE_PERMISSIONS)
    grant_collection_permissions(
        editors, root_collection, EDITOR_COLLECTION_PERMISSIONS
    )

    languages_without_home = []
    for language_code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        group = role_group(translators(language_code))
        grant_collection_permissions(
            group, root_collection, TRANSLATOR_COLLECTION_PERMISSIONS
        )
        homes = Page.objects.filter(depth=2, locale__language_code=language_code)
        if not homes:
            languages_without_home.append(language_code)
        for home in homes:
            grant_page_permissions(group, home, TRANSLATOR_PAGE_PERMISSIONS)
    return languages_without_home


def role_group(name):
    group, _created = Group.objects.get_or_create(name=name)
    group.permissions.add(
        *(permission(app, codename) for app, codename in ADMIN_PERMISSIONS)
    )
    return group


def permission(app_label, codename):
    return Permission.objects.get(content_type__app_label=app_label, codename=codename)


def grant_page_permissions(group, page, codenames):
    for codename in codenames:
        GroupPagePermission.objects.get_or_create(
            group=group, page=page, permission=permission("wagtailcore", codename)
        )


def grant_collection_permissions(group, collection, permissions):
    for app_label, codename in permissions:
        GroupCollectionPermission.objects.get_or_create(
            group=group,
            collection=collection,
            permission=permission(app_label, codename),
        )
