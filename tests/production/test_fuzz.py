"""No URL a visitor can type makes the site fail: every public URL pattern and
query parameter, fuzzed with Hypothesis, answers below 500."""

import re
import urllib.parse
from http import HTTPStatus

import pytest
from django.urls import URLResolver, get_resolver
from django.urls.resolvers import LocalePrefixPattern
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from wagtail.models import Page

pytestmark = pytest.mark.django_db

# Not public: the admin, and uploaded media served by the web server in production.
PRIVATE_PREFIXES = ("admin/", "media/")
# Every query parameter a public view or the API reads, plus unknown ones below.
PARAMETERS = [
    "q", "page", "p", "limit", "offset", "fields", "type", "locale", "search",
    "search_operator", "order", "child_of", "ancestor_of", "descendant_of",
    "translation_of", "topic", "format", "upcoming", "starts_after",
    "starts_before", "html_path", "site", "id", "next", "lang", "language",
    "speaker", "year", "month", "token", "content_type", "mode",
]  # fmt: skip
LANGUAGE_PREFIX = "(?:sq|sr-latn|en)/"

text = st.text(st.characters(exclude_categories=("Cs",)), max_size=40)
values = text | st.integers().map(str) | st.sampled_from(["-1", "0", "true", "*"])
queries = st.dictionaries(st.sampled_from(PARAMETERS) | text, values, max_size=4)
fuzz = settings(
    max_examples=6,
    deadline=None,
    derandomize=True,
    database=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def public_patterns(patterns=None, prefix=""):
    """The regular expression of every public URL, language prefixes included."""
    for entry in get_resolver().url_patterns if patterns is None else patterns:
        if isinstance(entry.pattern, LocalePrefixPattern):
            part = LANGUAGE_PREFIX
        else:
            part = entry.pattern.regex.pattern.removeprefix("^")
            part = part.removesuffix(r"\Z").removesuffix("$")
            part = re.sub(r"\(\?P<\w+>", "(?:", part)
        if isinstance(entry, URLResolver):
            yield from public_patterns(entry.url_patterns, prefix + part)
        elif not (prefix + part).startswith(PRIVATE_PREFIXES):
            yield prefix + part


def get(client, path, query):
    response = client.get(urllib.parse.quote(path, safe="/"), query)
    assert response.status_code < HTTPStatus.INTERNAL_SERVER_ERROR, (path, query)


@pytest.mark.parametrize("pattern", sorted(set(public_patterns())))
@fuzz
@given(data=st.data())
def test_fuzzed_url_never_gets_a_server_error(client, pattern, data):
    path = data.draw(st.from_regex(rf"\A{pattern}\Z", fullmatch=True))

    get(client, f"/{path}", data.draw(queries))


@fuzz
@given(data=st.data())
def test_real_pages_with_fuzzed_parameters_never_get_a_server_error(client, data):
    urls = sorted(page.url for page in Page.objects.live().filter(depth__gt=1))

    get(client, data.draw(st.sampled_from(urls)), data.draw(queries))
