"""Albanian and Serbian pages carry no English interface string."""

import re
from html.parser import HTMLParser
from pathlib import Path

import polib
import pytest
from django.conf import settings
from wagtail.models import Page

pytestmark = pytest.mark.django_db

CATALOGUES = {
    "sq": Path(settings.BASE_DIR, "locale/sq/LC_MESSAGES/django.po"),
    "sr-latn": Path(settings.BASE_DIR, "locale/sr_Latn/LC_MESSAGES/django.po"),
}


class VisibleText(HTMLParser):
    """Text a visitor sees or hears, except passages marked in another language."""

    SILENT = {"script", "style", "template"}
    VOID = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link",
            "meta", "source", "track", "wbr"}  # fmt: skip

    def __init__(self, language):
        super().__init__()
        self.language = language
        self.stack = []
        self.chunks = []

    def speaking(self):
        return all(lang in (None, self.language) for _tag, lang in self.stack) and not (
            any(tag in self.SILENT for tag, _lang in self.stack)
        )

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        lang = attrs.get("lang")
        if tag == "html":
            return
        if self.speaking() and (lang in (None, self.language)):
            for name in ("alt", "aria-label", "title", "placeholder", "value"):
                if attrs.get(name) and not (name == "value" and tag != "button"):
                    self.chunks.append(attrs[name])
        if tag not in self.VOID:
            self.stack.append((tag, lang))

    def handle_endtag(self, tag):
        for index in range(len(self.stack) - 1, -1, -1):
            if self.stack[index][0] == tag:
                del self.stack[index:]
                break

    def handle_data(self, data):
        if self.speaking() and data.strip():
            self.chunks.append(data.strip())


def visible_text(html, language):
    parser = VisibleText(language)
    parser.feed(html)
    return "\n".join(parser.chunks)


def english_patterns(language):
    """Regexes for the English source strings that differ in ``language``."""
    patterns = []
    for entry in polib.pofile(CATALOGUES[language]):
        if entry.msgid == entry.msgstr:
            continue
        parts = re.split(r"%\(\w+\)s", entry.msgid)
        pattern = r".+?".join(re.escape(part) for part in parts)
        patterns.append((entry.msgid, re.compile(rf"(?<!\w){pattern}(?!\w)")))
    return patterns


@pytest.mark.parametrize("language", CATALOGUES)
def test_catalogue_is_complete(language):
    catalogue = polib.pofile(CATALOGUES[language])

    assert catalogue.percent_translated() == 100
    assert not catalogue.fuzzy_entries()
    assert not catalogue.obsolete_entries()


def public_urls(locale):
    urls = [p.url for p in Page.objects.live().filter(locale=locale, depth__gt=1)]
    prefix = locale.language_code
    return [*urls, f"/{prefix}/search/?query=zoom", f"/{prefix}/nuk-ka-faqe/"]


@pytest.mark.parametrize("language", CATALOGUES)
def test_pages_carry_no_english_interface_string(client, locales, language):
    patterns = english_patterns(language)

    for url in public_urls(locales[language]):
        text = visible_text(client.get(url).content.decode(), language)
        leftovers = [msgid for msgid, pattern in patterns if pattern.search(text)]
        assert not leftovers, (url, leftovers)


def test_the_check_finds_english_interface_strings_on_english_pages(client, locales):
    """The same check on an English page must find the English strings."""
    text = visible_text(client.get("/en/").content.decode(), "en")
    found = {msgid for msgid, pattern in english_patterns("sq") if pattern.search(text)}

    assert {"Upcoming sessions", "Past sessions", "Skip to content"} <= found
