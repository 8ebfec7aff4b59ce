"""Whole responses cached for anonymous visitors until a change purges them.

A response is stored under its URL (scheme, host, path and query) and the
request's language, with the two generation numbers read before its view ran:
the site's, and the one of its path (all of ``/api/`` shares one). It is
served only while both are still current, and one cache read fetches the
entry and the current numbers together. ``purge()`` bumps generations, so
every query string of a purged path goes at once, and a response rendered
from data read before the purge is never served after it.

Why not a package: wagtail-cache (3.0) requires Wagtail < 8 and purges URLs
through one shared key ring that two workers rewrite at once, losing purges;
Django's cache middleware keys on every header a response varies on (cookies
included), so what a page shows cannot be purged by URL.

Never cached: requests with a session (signed-in users, passed page
passwords), an API token or to the admin, previews, documents and the health
check; responses other than 200, streaming ones, ones setting cookies or
marked private or no-store (restricted pages, search results).
"""

import hashlib
import time

from django.conf import settings
from django.core.cache import cache
from django.db.models import Min, Q
from django.http import HttpResponse
from django.utils import timezone, translation
from django.utils.cache import cc_delim_re, set_response_etag

SITE_GENERATION = "page-cache:generation"
PATH_GENERATION = "page-cache:generation:"
NEXT_CHANGE = "page-cache:next-change"
ENTRY = "page-cache:entry:"
# The API's lists may show any page: every change purges all of the API.
API_PREFIX = "/api/"
NOT_CACHED_PREFIXES = (
    "/admin/",
    "/documents/",
    "/healthz",
    "/media/",
    "/static/",
    "/api/v2/page_preview/",
)
NOT_STORED_CACHE_CONTROL = {"private", "no-cache", "no-store"}
# The language is part of the key; with no session cookie, cookies say nothing more.
HARMLESS_VARY = {"accept-language", "cookie"}
HEADER = "X-Page-Cache"


def path_group(path):
    return API_PREFIX if path.startswith(API_PREFIX) else path


def generations(keys, found):
    """The generation numbers of ``keys`` as read in ``found``; missing ones begin."""
    numbers = []
    for key in keys:
        number = found.get(key)
        if number is None:
            # A number never used before, also when Redis has evicted the key.
            cache.add(key, time.time_ns(), timeout=None)
            number = cache.get(key)
        numbers.append(number)
    return numbers


def purge(paths=(), *, everything=False):
    """Forget the responses of ``paths`` (with any query string), or of all."""
    keys = [SITE_GENERATION] if everything else []
    keys += sorted({PATH_GENERATION + path_group(path) for path in paths})
    for key in keys:
        try:
            cache.incr(key)
        except ValueError:
            cache.add(key, time.time_ns(), timeout=None)
    # Session times may have changed.
    cache.delete(NEXT_CHANGE)


def is_cacheable_request(request):
    return (
        settings.PAGE_CACHE_ENABLED
        and request.method in ("GET", "HEAD")
        and not request.path.startswith(NOT_CACHED_PREFIXES)
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and "HTTP_AUTHORIZATION" not in request.META
    )


def is_cacheable_response(request, response):
    cache_control = {
        part.split("=")[0].strip().lower()
        for part in cc_delim_re.split(response.get("Cache-Control", ""))
    }
    vary = {
        header.strip().lower()
        for header in cc_delim_re.split(response.get("Vary", ""))
        if header.strip()
    }
    user = getattr(request, "user", None)
    return (
        request.method == "GET"
        and response.status_code == 200
        and not response.streaming
        and not response.cookies
        and not cache_control & NOT_STORED_CACHE_CONTROL
        and vary <= HARMLESS_VARY
        and not getattr(request, "is_preview", False)
        and not (user is not None and user.is_authenticated)
    )


def entry_key(request):
    language = translation.get_language_from_request(request, check_path=True)
    url = f"{request.scheme}://{request.get_host()}{request.get_full_path()}"
    digest = hashlib.md5(f"{url}\n{language}".encode(), usedforsecurity=False)
    return ENTRY + digest.hexdigest()


def seconds_to_keep():
    """Until the next session starts or ends, when pages change by themselves."""
    from sessions.models import InformationSessionPage

    next_change = cache.get(NEXT_CHANGE)
    if next_change is None:
        now = timezone.now()
        found = (
            InformationSessionPage.objects.live()
            .filter(end__gt=now)
            .aggregate(start=Min("start", filter=Q(start__gt=now)), end=Min("end"))
        )
        moments = [moment for moment in found.values() if moment is not None]
        next_change = min(moments).timestamp() if moments else float("inf")
        cache.set(NEXT_CHANGE, next_change, timeout=settings.PAGE_CACHE_TIMEOUT)
    return int(min(settings.PAGE_CACHE_TIMEOUT, next_change - time.time()))


class PageCacheMiddleware:
    """Serve and store whole responses for anonymous visitors (module docstring)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not is_cacheable_request(request):
            return self.get_response(request)
        key = entry_key(request)
        generation_keys = [SITE_GENERATION, PATH_GENERATION + path_group(request.path)]
        found = cache.get_many([key, *generation_keys])
        current = generations(generation_keys, found)
        stored = found.get(key)
        if stored is not None and stored[0] == current:
            _generations, status, headers, content = stored
            response = HttpResponse(content, status=status)
            for name, value in headers:
                response.headers[name] = value
            response[HEADER] = "hit"
            return response

        response = self.get_response(request)
        if is_cacheable_response(request, response):
            set_response_etag(response)
            timeout = seconds_to_keep()
            if timeout > 0:
                headers = list(response.headers.items())
                entry = (current, response.status_code, headers, response.content)
                cache.set(key, entry, timeout)
        response[HEADER] = "miss"
        return response
