"""Wagtail's page actions, refused to users who may edit a page but not restructure it.

Wagtail's API v3 runs the actions registered in ``wagtail.actions.action_registry``
(``register_actions`` hook); these subclasses add ``may_restructure`` to each
action's own permission check. Code that calls the actions without a user,
such as wagtail-localize, is not affected.
"""

from django.utils.translation import gettext
from wagtail.actions.convert_alias import ConvertAliasPageAction
from wagtail.actions.copy_for_translation import CopyPageForTranslationAction
from wagtail.actions.copy_page import CopyPageAction
from wagtail.actions.create_alias import CreatePageAliasAction
from wagtail.actions.delete_page import DeletePageAction
from wagtail.actions.move_page import MovePageAction

from translations.permissions import may_restructure


class RestructuringCheck:
    def check(self, *args, skip_permission_checks=False, **kwargs):
        super().check(*args, skip_permission_checks=skip_permission_checks, **kwargs)
        if (
            self.user
            and not skip_permission_checks
            and not may_restructure(self.user, self.page)
        ):
            raise self.permission_error_class(
                gettext("You may edit this page but not delete, move or copy it.")
            )


class DeletePage(RestructuringCheck, DeletePageAction):
    pass


class MovePage(RestructuringCheck, MovePageAction):
    pass


class CopyPage(RestructuringCheck, CopyPageAction):
    pass


class CreatePageAlias(RestructuringCheck, CreatePageAliasAction):
    pass


class ConvertAliasPage(RestructuringCheck, ConvertAliasPageAction):
    pass


class CopyPageForTranslation(RestructuringCheck, CopyPageForTranslationAction):
    pass


RESTRUCTURING_ACTIONS = [
    DeletePage,
    MovePage,
    CopyPage,
    CreatePageAlias,
    ConvertAliasPage,
    CopyPageForTranslation,
]
