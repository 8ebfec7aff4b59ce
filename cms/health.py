"""Is the database up? The health check, and the page visitors get when it is not."""

import logging
from http import HTTPStatus

from django.db import DatabaseError, InterfaceError, OperationalError, connection
from django.http import JsonResponse
from django.shortcuts import render
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext, gettext_noop
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

logger = logging.getLogger(__name__)

# Seconds a client or load balancer should wait before trying again.
RETRY_AFTER = 30
# Also the text of templates/503.html.
UNAVAILABLE_MESSAGE = gettext_noop(
    "The site is briefly unavailable. Please try again in a few minutes."
)


@never_cache
@require_safe
def healthz(request):
    """200 when the database answers a query, 503 when it does not."""
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
    except DatabaseError:
        logger.warning("Health check: the database does not answer", exc_info=True)
        return JsonResponse(
            {"status": "unavailable", "database": "unavailable"},
            status=HTTPStatus.SERVICE_UNAVAILABLE,
            headers={"Retry-After": str(RETRY_AFTER)},
        )
    return JsonResponse({"status": "ok", "database": "ok"})


class DatabaseUnavailableMiddleware:
    """A polite 503 in the visitor's language while the database is unreachable.

    Django reconnects on the next request once the server is back, so the site
    recovers by itself.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, OperationalError | InterfaceError):
            return None
        logger.error("The database is unavailable", exc_info=exception)
        if request.path_info.startswith("/api/"):
            response = JsonResponse(
                {"message": gettext(UNAVAILABLE_MESSAGE)},
                status=HTTPStatus.SERVICE_UNAVAILABLE,
            )
        else:
            response = render(
                request, "503.html", status=HTTPStatus.SERVICE_UNAVAILABLE
            )
        response["Retry-After"] = str(RETRY_AFTER)
        add_never_cache_headers(response)
        return response
