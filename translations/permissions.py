"""Who may do what to a page beyond what Wagtail's page permissions say.

Wagtail lets whoever may edit a page also delete it, and wagtail-localize lets
whoever holds its global ``submit_translation`` permission submit or sync any
page into any language. Here those acts also need page permissions: deleting,
moving or copying a page, or editing it outside the translation editor, takes
the right to add pages beside it; translating a page into a language takes the
right to edit its page there; syncing takes the right to edit the source and
every translation it updates.
"""

from django.core.exceptions import ObjectDoesNotExist
from wagtail.models import Locale, Page
from wagtail.permission_policies.pages import PagePermissionPolicy
from wagtail_localize.views.edit_translation import user_can_edit_instance

page_permissions = PagePermissionPolicy()


def may_restructure(user, page):
    """Whether ``user`` may delete, move, copy, detach or freely edit ``page``."""
    parent = page.get_parent()
    return parent is not None and page_permissions.user_has_permission_for_instance(
        user, "add", parent
    )


def may_add_below(user, page):
    return page_permissions.user_has_permission_for_instance(user, "add", page)


def locales_to_translate_into(user, page):
    """The locales where ``user`` may make ``page``'s translation.

    Where the page has an alias there (locale synchronisation creates them),
    the user must be able to edit the alias; where it has no page at all, the
    translation will be a new page and the user must be able to add one below
    the parent's counterpart.
    """
    counterparts = {
        other.locale_id: other for other in page.get_translations().specific()
    }
    parent = page.get_parent()
    allowed = []
    for locale in Locale.objects.exclude(pk=page.locale_id):
        counterpart = counterparts.get(locale.pk)
        if counterpart is not None:
            # A page translated already is not submitted again, only synced.
            if (
                counterpart.alias_of_id
                and counterpart.permissions_for_user(user).can_edit()
            ):
                allowed.append(locale)
            continue
        parent_counterpart = (
            parent.get_translation_or_none(locale) if parent.depth > 1 else parent
        )
        if may_add_below(user, parent_counterpart or Page.get_first_root_node()):
            allowed.append(locale)
    return allowed


def may_sync(user, source):
    """Whether ``user`` may update every translation of a TranslationSource."""
    try:
        instances = [
            source.get_source_instance(),
            *(
                translation.get_target_instance()
                for translation in source.translations.filter(enabled=True)
            ),
        ]
    except ObjectDoesNotExist:
        return False
    return all(user_can_edit_instance(user, instance) for instance in instances)
