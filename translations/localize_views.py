"""wagtail-localize's submission, sync and PO upload views, with page permissions.

wagtail-localize lets whoever holds its global ``submit_translation``
permission submit or sync any page, into any language; these subclasses keep
its views and add the checks of ``translations.permissions``. They are mounted
at wagtail-localize's own URLs (``translations.wagtail_hooks``), so every link
the package renders leads through them.
"""

from django.contrib import messages
from django.core.exceptions import ObjectDoesNotExist, PermissionDenied
from django.forms import HiddenInput
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail_localize.models import Translation
from wagtail_localize.views import edit_translation
from wagtail_localize.views.submit_translations import SubmitPageTranslationView
from wagtail_localize.views.update_translations import UpdateTranslationsView

from translations import po_files
from translations.permissions import (
    locales_to_translate_into,
    may_add_below,
    may_sync,
)


class SubmitPageTranslationWithPermissionsView(SubmitPageTranslationView):
    """Offers only the languages where the user may make the translation."""

    def get_object(self):
        page = super().get_object()
        # Checked once, on arrival: the view asks again after translating,
        # when no language is left to translate into.
        if not hasattr(self, "allowed_locales"):
            self.allowed_locales = locales_to_translate_into(self.request.user, page)
            if not self.allowed_locales:
                raise PermissionDenied
        return page

    def get_form(self):
        form = super().get_form()
        locales = form.fields["locales"]
        locales.queryset = locales.queryset.filter(
            pk__in=[locale.pk for locale in self.allowed_locales]
        )
        if not may_add_below(self.request.user, self.object):
            # Translating the subtree creates pages below this one.
            subtree = form.fields["include_subtree"]
            subtree.disabled = True
            subtree.widget = HiddenInput()
        return form


class UpdateTranslationsWithPermissionsView(UpdateTranslationsView):
    """Syncing updates every translation: it takes the right to edit them all."""

    def get_object(self):
        source = super().get_object()
        if not may_sync(self.request.user, source):
            raise PermissionDenied
        return source


@require_POST
def upload_pofile(request, translation_id):
    """Check an uploaded PO file whole before wagtail-localize imports it."""
    translation = get_object_or_404(Translation, id=translation_id)
    try:
        instance = translation.get_target_instance()
    except ObjectDoesNotExist as exc:
        raise Http404 from exc
    if not edit_translation.user_can_edit_instance(request.user, instance):
        raise PermissionDenied
    upload = request.FILES.get("file")
    try:
        if upload is None:
            raise po_files.POFileRefused(_("Choose a PO file to upload."))
        po_files.check(translation, po_files.parse(upload.read()))
    except po_files.POFileRefused as refusal:
        messages.error(request, str(refusal))
        return redirect(
            get_valid_next_url_from_request(request) or reverse("wagtailadmin_home")
        )
    upload.seek(0)
    return edit_translation.upload_pofile(request, translation_id)
