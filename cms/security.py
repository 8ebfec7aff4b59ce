"""Response headers that keep browsers and caches on the safe side."""

from csp.constants import UNSAFE_INLINE
from csp.middleware import CSPMiddleware
from django.urls import reverse
from django.utils.cache import add_never_cache_headers

# Wagtail's admin still renders inline <script> and style attributes (inline
# panels, date pickers, wagtail-localize's chooser set-up); public pages need none.
ADMIN_ALLOWANCES = {"script-src": [UNSAFE_INLINE], "style-src": [UNSAFE_INLINE]}
SAFE_METHODS = {"GET", "HEAD", "OPTIONS"}


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's policy from settings, with inline code allowed in the admin only."""

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only)
        if parts.update is None and request.path_info.startswith(
            reverse("wagtailadmin_home")
        ):
            parts.update = ADMIN_ALLOWANCES
        return parts


class NoStoreForWritesMiddleware:
    """Answers to writes (API or forms) are never stored by a browser, proxy or CDN."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if request.method not in SAFE_METHODS:
            add_never_cache_headers(response)
        return response
