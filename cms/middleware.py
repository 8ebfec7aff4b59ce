from django.middleware import locale
from django.utils import translation
from django.utils.cache import patch_vary_headers


class LocaleMiddleware(locale.LocaleMiddleware):
    """Django's LocaleMiddleware without its retry under the active language.

    On a 404 for a path with no language prefix Django tries ``/<lang><path>``
    and redirects when that resolves. Wagtail's catch-all page route resolves
    every path, so ``/xx/`` would become ``/sq/xx/`` instead of a 404. The bare
    root is redirected by ``cms.views.language_redirect``.
    """

    def process_response(self, request, response):
        if response.status_code == 404 and not translation.get_language_from_path(
            request.path_info
        ):
            patch_vary_headers(response, ("Accept-Language",))
            response.headers.setdefault("Content-Language", translation.get_language())
            return response
        return super().process_response(request, response)
