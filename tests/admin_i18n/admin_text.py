"""What a person reads on an admin screen, and the English interface strings in it.

The admin builds much of its interface in the browser from data in the HTML:
dialogs in ``<template>`` elements, StreamField block definitions in a
``data-w-block-data-value`` attribute, the sidebar and the translation editor
from JSON. All of it counts as text the user sees.
"""

import functools
import json
import re
from html.parser import HTMLParser

import polib
from django.conf import settings
from django.utils.translation import to_locale

from admin_i18n import catalogues

TEXT_ATTRIBUTES = {
    "alt",
    "aria-label",
    "aria-description",
    "title",
    "placeholder",
    "data-w-tooltip-content-value",
    "data-w-progress-active-value",
}
JSON_ATTRIBUTES = {"data-w-block-data-value", "data-props"}
# Keys of the admin's JSON whose values are shown as they are.
HUMAN_KEYS = {
    "label",
    "description",
    "heading",
    "helpText",
    "help_text",
    "error_name",
    "footer_text",
    "field",
    "fieldHelpText",
    "comment",
    "title",
}
PLACEHOLDER = re.compile(r"%\(\w+\)[sdif]|%[sdif]|\{\w*\}")
TAG = re.compile(r"<[^>]+>")

# The rest of a start tag, whose attribute values may hold ">".
REST_OF_TAG = r'(?:[^>"]|"[^"]*")*>'
# English that Wagtail and wagtail-localize write without gettext, so that no
# catalogue can reach it: the HTML (a regex, its first group kept) and why.
HARDCODED_IN_WAGTAIL = {
    r'(<nav) aria-label="Actions"(?= id="w-slim-header-buttons")': (
        "wagtailadmin/shared/headers/_actions.html names the header's action bar "
        "for screen readers in a literal attribute"
    ),
    r'(<input type="submit") value="Search"': (
        "wagtailadmin/shared/header.html and home.html give the screen-reader-only "
        "search button a literal value"
    ),
    rf'(for="id_[\w-]+-link_text"{REST_OF_TAG})\s*Link text': (
        "the link choosers' forms leave the label of their link_text field to "
        "Django, which derives it from the field's name"
    ),
    r'((?:for="id_|aria-controls="drilldown-id_)(?:source|target)_locale"'
    rf"{REST_OF_TAG})\s*(?:Source|Target) locale": (
        "wagtail-localize's translations report leaves its filters' labels to "
        "django-filter, which derives them from the field names"
    ),
}
# Python's None, rendered where Wagtail has no value: the side panel's issue
# counter before the checks run, the page listing's header when the view has no
# plural name for its pages.
PYTHON_NONE = re.compile(r"(?<!\w)\(?None\)?(?!\w)")


def json_text(value, key=None):
    if isinstance(value, dict):
        for child_key, child in value.items():
            yield from json_text(child, child_key)
    elif isinstance(value, list):
        for child in value:
            yield from json_text(child, key)
    elif isinstance(value, str):
        if "<" in value and ">" in value:
            yield from AdminText.chunks_of(value)
        elif key in HUMAN_KEYS or (key and key.isupper()):
            if not value.startswith(("/", "http", "#")):
                yield value


class AdminText(HTMLParser):
    def __init__(self):
        super().__init__()
        self.chunks = []
        self.in_json_script = False
        self.silent = 0
        self.script_data = []

    @classmethod
    def chunks_of(cls, html):
        parser = cls()
        parser.feed(html)
        parser.close()
        return parser.chunks

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.chunks += [attrs[name] for name in TEXT_ATTRIBUTES if attrs.get(name)]
        if tag in {"input", "button"} and attrs.get("type") in {"submit", "button"}:
            self.chunks.append(attrs.get("value") or "")
        for name in JSON_ATTRIBUTES & attrs.keys():
            self.chunks += json_text(json.loads(attrs[name]))
        if tag == "script" and attrs.get("type") == "application/json":
            self.in_json_script = True
            self.script_data = []
        elif tag in {"script", "style"}:
            self.silent += 1

    def handle_endtag(self, tag):
        if tag == "script" and self.in_json_script:
            self.in_json_script = False
            self.chunks += json_text(json.loads("".join(self.script_data)))
        elif tag in {"script", "style"}:
            self.silent = max(0, self.silent - 1)

    def handle_data(self, data):
        if self.in_json_script:
            self.script_data.append(data)
        elif not self.silent:
            self.chunks.append(data)


def visible_text(html):
    for pattern in HARDCODED_IN_WAGTAIL:
        html = re.sub(pattern, r"\1", html)
    return " ".join(" ".join(AdminText.chunks_of(html)).split())


def pattern_for(msgid):
    """A regex for an English message as it reads on screen, values filled in."""
    text = TAG.sub(" ", msgid)
    parts = [" ".join(part.split()) for part in PLACEHOLDER.split(text)]
    parts = [part for part in parts if part]
    if sum(len(re.findall(r"[A-Za-z]", part)) for part in parts) < 2:
        return None
    # A filled-in value is short; an unbounded gap would make the search quadratic.
    body = r".{1,120}?".join(re.escape(part).replace(r"\ ", r"\s+") for part in parts)
    return re.compile(rf"(?<!\w){body}(?!\w)")


def translations(language, domains=("django",)):
    """msgid -> msgstr of every catalogue Django reads for ``language``."""
    folder = to_locale(language)
    found = {}
    paths = [
        catalogues.catalogue_path(package, folder, domain)
        for package in reversed(catalogues.PACKAGES)
        for domain in domains
    ] + [catalogues.PROJECT_DIR / folder / "LC_MESSAGES" / "django.po"]
    for path in paths:
        found |= {e.msgid: e.msgstr for e in polib.pofile(str(path)) if e.msgstr}
    return found


@functools.cache
def english_patterns(language, domains=("django",)):
    """The English messages of Wagtail, wagtail-localize and the project.

    Messages the language spells the same way (Status, Format, URL) are left out.
    Pass ``domains=("django", "djangojs")`` for a page as the browser drew it.
    """
    project = catalogues.PROJECT_DIR / to_locale(language) / "LC_MESSAGES" / "django.po"
    msgids = {e.msgid for e in polib.pofile(str(project)) if e.msgid}
    for package in catalogues.PACKAGES:
        for domain in domains:
            msgids |= {e.msgid for e in catalogues.template_entries(package, domain)}
    translated = translations(language, domains)
    patterns = []
    for msgid in sorted(msgids):
        if translated.get(msgid) == msgid:
            continue
        if pattern := pattern_for(msgid):
            patterns.append((msgid, pattern))
    return patterns


def locale_names():
    return [name for _code, name in settings.LANGUAGES]


def english_leftovers(html, language, content, domains=("django",)):
    """English interface strings on the screen, each with the text around it."""
    return english_in_text(visible_text(html), language, content, domains)


def english_in_text(text, language, content, domains=("django",)):
    """English interface strings in ``text``, each with the text around it.

    Content and the languages' own names are taken out of the text first.
    """
    names = sorted({v for v in [*content, *locale_names()] if v}, key=len, reverse=True)
    text = PYTHON_NONE.sub(" ", " ".join(text.split()))
    if names:
        alternatives = "|".join(re.escape(name) for name in names)
        text = re.sub(rf"(?<!\w)(?:{alternatives})(?!\w)", " ", text)
    found = {}
    for msgid, pattern in english_patterns(language, domains):
        if match := pattern.search(text):
            found[msgid] = text[max(0, match.start() - 60) : match.end() + 60]
    return found
