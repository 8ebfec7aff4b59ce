"""The API's ``search`` parameter, read as the site search reads it."""

from django.conf import settings
from modelsearch.backends.base import FilterFieldError, OrderByFieldError
from rest_framework.filters import BaseFilterBackend
from wagtail.api.v2.utils import BadRequestError
from wagtail.models import Locale

from search.query import search_pages


class LocaleSearchFilter(BaseFilterBackend):
    """Wagtail's ``?search=`` for pages (``SearchFilter``), in one language.

    The query is read in the language of ``?locale=`` (or, without it, of the
    request) and only that language's pages are returned, as on the search
    page: without diacritics, in any inflection, with a typo.
    """

    def filter_queryset(self, request, queryset, view):
        if "search" not in request.GET:
            return queryset
        if not getattr(settings, "WAGTAILAPI_SEARCH_ENABLED", True):
            raise BadRequestError("search is disabled")
        if getattr(queryset, "_filtered_by_tag", False):
            raise BadRequestError(
                "filtering by tag with a search query is not supported"
            )
        language_code = request.GET.get("locale")
        locale = (
            Locale.objects.filter(language_code=language_code).first()
            if language_code
            else Locale.get_active()
        )
        if locale is None:
            return queryset.none()
        try:
            found = search_pages(
                request.GET["search"],
                locale,
                queryset,
                operator=request.GET.get("search_operator") or "and",
                order_by_relevance="order" not in request.GET,
            )
        except FilterFieldError as error:
            raise BadRequestError(
                f"cannot filter by '{error.field_name}' while searching"
                " (field is not indexed)"
            ) from error
        except OrderByFieldError as error:
            raise BadRequestError(
                f"cannot order by '{error.field_name}' while searching"
                " (field is not indexed)"
            ) from error
        return found.results
