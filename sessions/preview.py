from django.utils.translation import gettext_lazy as _
from wagtail_headless_preview.models import HeadlessPreviewMixin


class FrontEndPreviewMixin(HeadlessPreviewMixin):
    """A "Front end" preview mode beside the site's own rendered preview.

    The front end preview stores the draft under a signed token and opens the
    client configured in ``WAGTAIL_HEADLESS_PREVIEW``, which reads the draft
    from ``/api/v2/page_preview/`` with that token.
    """

    FRONT_END_PREVIEW_MODE = "front-end"

    @property
    def preview_modes(self):
        return [*super().preview_modes, (self.FRONT_END_PREVIEW_MODE, _("Front end"))]

    def serve_preview(self, request, mode_name):
        if mode_name == self.FRONT_END_PREVIEW_MODE:
            return super().serve_preview(request, mode_name)
        # Skip the package's override: the default mode renders the site's page.
        return super(HeadlessPreviewMixin, self).serve_preview(request, mode_name)
