"""Our translations of the Wagtail and wagtail-localize admin; how Django finds them."""

import functools
import json
import os
import re
import shutil
import subprocess
from io import StringIO
from pathlib import Path

import polib
import pytest
from django.apps import apps
from django.conf import settings
from django.core.management import call_command
from django.urls import reverse
from django.utils import translation

from admin_i18n import catalogues

pytestmark = pytest.mark.django_db

LOCALE_DIR = Path(settings.BASE_DIR, "locale")
ALL_PO_FILES = sorted(LOCALE_DIR.glob("**/LC_MESSAGES/*.po"))
VENDOR_CATALOGUES = [
    (package, language, domain)
    for package in catalogues.PACKAGES
    for language in ("sq", "sr_Latn")
    for domain in catalogues.DOMAINS
]
LANGUAGE_CODES = {"sq": "sq", "sr_Latn": "sr-latn"}
SERBIAN_PLURALS = (
    "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && "
    "(n%100<10 || n%100>=20) ? 1 : 2);"
)
CYRILLIC = re.compile("[\u0400-\u04ff]")
BRACE_PLACEHOLDER = re.compile(r"\{\w*\}")


@functools.cache
def read_catalogue(path):
    return polib.pofile(str(path))


def vendor_catalogue(package, language, domain):
    return read_catalogue(catalogues.catalogue_path(package, language, domain))


def entry_id(value):
    return "/".join(value) if isinstance(value, tuple) else str(value)


def test_locale_paths_put_the_project_before_the_vendor_catalogues():
    paths = [Path(path) for path in settings.LOCALE_PATHS]

    assert paths[0] == LOCALE_DIR
    assert {LOCALE_DIR / "vendor" / package for package in catalogues.PACKAGES} <= set(
        paths[1:]
    )


@pytest.mark.parametrize(
    "path", ALL_PO_FILES, ids=lambda p: str(p.relative_to(LOCALE_DIR))
)
def test_msgfmt_check_passes(path):
    if not shutil.which("msgfmt"):
        message = "GNU gettext's msgfmt is not installed"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)

    result = subprocess.run(  # noqa: S603
        ["msgfmt", "--check", "--output-file=/dev/null", str(path)],  # noqa: S607
        capture_output=True,
        text=True,
        check=False,
    )

    assert result.returncode == 0, result.stderr


@pytest.mark.parametrize(
    "path", ALL_PO_FILES, ids=lambda p: str(p.relative_to(LOCALE_DIR))
)
def test_compiled_catalogue_matches_its_po_file(path):
    """The committed .mo holds exactly the translations of the .po beside it."""
    source = polib.pofile(str(path))
    compiled = polib.mofile(str(path.with_suffix(".mo")))

    def translations(catalogue):
        return {
            (entry.msgctxt, entry.msgid): entry.msgstr or dict(entry.msgstr_plural)
            for entry in catalogue
            if entry.msgid and catalogues.is_translated(entry)
        }

    expected = {
        key: value
        for key, value in translations(source).items()
        if "fuzzy" not in source.find(key[1], msgctxt=key[0]).flags
    }
    assert translations(compiled) == expected


@pytest.mark.parametrize("catalogue", VENDOR_CATALOGUES, ids=entry_id)
def test_vendor_catalogue_translates_every_message_of_the_installed_package(catalogue):
    package, language, domain = catalogue
    ours = vendor_catalogue(package, language, domain)
    ours_keys = {catalogues.entry_key(entry) for entry in ours if not entry.obsolete}
    shipped = {
        catalogues.entry_key(entry)
        for entry in catalogues.template_entries(package, domain)
    }

    assert shipped - ours_keys == set(), "run `make vendor-translations`"
    assert ours.percent_translated() == 100
    assert not ours.fuzzy_entries()


@pytest.mark.parametrize("catalogue", VENDOR_CATALOGUES, ids=entry_id)
def test_plural_forms_follow_the_language(catalogue):
    package, language, domain = catalogue
    ours = vendor_catalogue(package, language, domain)
    expected = {"sq": "nplurals=2; plural=(n != 1);", "sr_Latn": SERBIAN_PLURALS}

    assert ours.metadata["Plural-Forms"] == expected[language]
    forms = 2 if language == "sq" else 3
    for entry in ours:
        if entry.msgid_plural:
            assert sorted(entry.msgstr_plural) == list(range(forms)), entry.msgid


@pytest.mark.parametrize("domain", catalogues.DOMAINS)
@pytest.mark.parametrize("package", catalogues.PACKAGES)
def test_serbian_is_written_in_latin_script(package, domain):
    ours = vendor_catalogue(package, "sr_Latn", domain)
    texts = [e.msgstr or " ".join(e.msgstr_plural.values()) for e in ours]

    assert [text for text in texts if CYRILLIC.search(text)] == []


@pytest.mark.parametrize("catalogue", VENDOR_CATALOGUES, ids=entry_id)
def test_brace_placeholders_are_kept(catalogue):
    """msgfmt checks %-placeholders; ``{name}`` ones only this test."""
    package, language, domain = catalogue
    for entry in vendor_catalogue(package, language, domain):
        if not entry.msgid_plural:
            assert set(BRACE_PLACEHOLDER.findall(entry.msgstr)) == set(
                BRACE_PLACEHOLDER.findall(entry.msgid)
            ), entry.msgid
            continue
        allowed = set(BRACE_PLACEHOLDER.findall(entry.msgid + entry.msgid_plural))
        for text in entry.msgstr_plural.values():
            assert set(BRACE_PLACEHOLDER.findall(text)) <= allowed, entry.msgid


def expected_translation(msgid, language):
    """The msgstr Django should pick: the project's, else the vendors' in order."""
    project = read_catalogue(LOCALE_DIR / language / "LC_MESSAGES" / "django.po")
    for catalogue in [project] + [
        vendor_catalogue(package, language, "django") for package in catalogues.PACKAGES
    ]:
        entry = catalogue.find(msgid)
        if entry and entry.msgstr and not entry.obsolete:
            return entry.msgstr
    return None


@pytest.mark.parametrize("language", ["sq", "sr_Latn"])
def test_django_serves_our_translation_of_every_vendor_message(language):
    mismatches = []
    with translation.override(LANGUAGE_CODES[language]):
        for package in catalogues.PACKAGES:
            for entry in vendor_catalogue(package, language, "django"):
                if entry.msgctxt or entry.msgid_plural or entry.obsolete:
                    continue
                if translation.gettext(entry.msgid) != expected_translation(
                    entry.msgid, language
                ):
                    mismatches.append(entry.msgid)

    assert mismatches == []


def package_translations(app_label, language):
    """What a package's own catalogue says, e.g. Wagtail's few Serbian strings."""
    locale_dir = Path(apps.get_app_config(app_label).path, "locale", language)
    found = {}
    for path in locale_dir.glob("LC_MESSAGES/django.mo"):
        found |= {e.msgid: e.msgstr for e in polib.mofile(str(path)) if e.msgstr}
    return found


def test_our_serbian_overrides_the_packages_own_serbian_catalogues():
    shipped = {}
    for app_label in ("wagtailsnippets", "wagtailsites", "wagtailredirects"):
        shipped |= package_translations(app_label, "sr")
    ours = vendor_catalogue("wagtail", "sr_Latn", "django")
    different = {
        msgid: entry.msgstr
        for msgid in shipped
        if (entry := ours.find(msgid)) and entry.msgstr != shipped[msgid]
    }
    assert different, "the packages' Serbian agrees with ours: nothing to prove"

    with translation.override("sr-latn"):
        served = {msgid: translation.gettext(msgid) for msgid in different}

    expected = {msgid: expected_translation(msgid, "sr_Latn") for msgid in different}
    assert served == expected


@pytest.mark.parametrize(
    ("language", "count", "form"),
    [("sr-latn", 1, 0), ("sr-latn", 3, 1), ("sr-latn", 5, 2), ("sr-latn", 21, 0),
     ("sr-latn", 12, 2), ("sq", 1, 0), ("sq", 5, 1)],
)  # fmt: skip
def test_plural_messages_pick_the_form_of_the_language(language, count, form):
    entry = vendor_catalogue(
        "wagtail", "sr_Latn" if language == "sr-latn" else "sq", "django"
    ).find('%(total)s Page <span class="w-sr-only">created in %(site_name)s</span>')

    with translation.override(language):
        text = translation.ngettext(entry.msgid, entry.msgid_plural, count)

    assert text == entry.msgstr_plural[form]


def javascript_catalogue(client, url):
    body = client.get(url).content.decode()
    match = re.search(r"const newcatalog = (\{.*?\});\n", body, re.DOTALL)
    plural = re.search(r"django.pluralidx = function\(n\) \{\s*const v = (.*?);", body)
    return json.loads(match.group(1)), plural.group(1) if plural else ""


@pytest.mark.parametrize(
    ("user", "language", "url_name", "package"),
    [
        ("editor", "sq", "wagtail_localize:javascript_catalog", "wagtail_localize"),
        ("translator", "sr_Latn", "wagtail_localize:javascript_catalog",
         "wagtail_localize"),
        ("editor", "sq", "wagtailadmin_javascript_catalog", "wagtail"),
        ("translator", "sr_Latn", "wagtailadmin_javascript_catalog", "wagtail"),
    ],
)  # fmt: skip
def test_javascript_catalogue_holds_every_djangojs_message(
    request, user, language, url_name, package
):
    """The translation editor (React) and Wagtail's admin scripts read these."""
    client = request.getfixturevalue(user)
    served, plural = javascript_catalogue(client, reverse(url_name))
    ours = vendor_catalogue(package, language, "djangojs")

    expected = {
        entry.msgid: (
            entry.msgstr
            if not entry.msgid_plural
            else [entry.msgstr_plural[i] for i in sorted(entry.msgstr_plural)]
        )
        for entry in ours
    }
    shipped = {
        entry.msgid for entry in catalogues.template_entries(package, "djangojs")
    }
    assert shipped <= set(expected)
    assert {msgid: served.get(msgid) for msgid in expected} == expected
    if language == "sr_Latn":
        assert "n%10==1 && n%100!=11" in plural


def test_count_command_reports_every_catalogue():
    output = StringIO()
    call_command("translation_counts", stdout=output)
    rows = {
        tuple(line.split()[:3]): tuple(int(n) for n in line.split()[3:5])
        for line in output.getvalue().splitlines()[1:]
    }

    for package, language, domain in VENDOR_CATALOGUES:
        ours = vendor_catalogue(package, language, domain)
        live = [entry for entry in ours if not entry.obsolete]
        assert rows[(package, domain, language)] == (
            len(ours.translated_entries()),
            len(live),
        )
    assert ("project", "django", "sr_Latn") in rows


@pytest.fixture
def vendor_copy(tmp_path, monkeypatch):
    """Our wagtail-localize catalogues, copied where a refresh may rewrite them."""
    shutil.copytree(
        catalogues.VENDOR_DIR / "wagtail_localize", tmp_path / "wagtail_localize"
    )
    monkeypatch.setattr(catalogues, "VENDOR_DIR", tmp_path)
    return tmp_path


def test_refresh_keeps_renamed_and_vanished_translations(vendor_copy):
    path = catalogues.catalogue_path("wagtail_localize", "sq", "django")
    before = polib.pofile(str(path))
    # As if the package had said "Translate this page!" and dropped a message.
    renamed = before.find("Translate this page")
    renamed.msgid = "Translate this page!"
    vanished = polib.POEntry(msgid="A message of an older version", msgstr="Një mesazh")
    before.append(vanished)
    untouched = before.find("Sync translated pages")
    before.save(str(path))

    result = catalogues.refresh("wagtail_localize", "sq", "django")
    after = polib.pofile(str(path))

    assert after.find("Sync translated pages").msgstr == untouched.msgstr
    carried = after.find("Translate this page")
    assert carried.msgstr == renamed.msgstr
    assert "fuzzy" in carried.flags
    assert carried.previous_msgid == "Translate this page!"
    kept = after.find(vanished.msgid, include_obsolete_entries=True)
    assert kept.obsolete and kept.msgstr == vanished.msgstr
    assert (result.fuzzy, result.obsolete, result.added) == (1, 1, 0)


def test_refresh_of_an_up_to_date_catalogue_changes_nothing(vendor_copy):
    path = catalogues.catalogue_path("wagtail_localize", "sr_Latn", "djangojs")
    before = path.read_text()

    result = catalogues.refresh("wagtail_localize", "sr_Latn", "djangojs")

    assert path.read_text() == before
    assert (result.added, result.fuzzy, result.obsolete) == (0, 0, 0)
