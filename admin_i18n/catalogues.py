"""The project's translations of Wagtail's and wagtail-localize's admin.

Wagtail 8 ships no Albanian strings and a handful of Serbian ones, so the
project keeps its own catalogues of the packages' messages, one tree per
package, in ``locale/vendor/<package>/<language>/LC_MESSAGES/<domain>.po``.
Those trees are in ``LOCALE_PATHS`` after ``locale/``: Django merges them over
the packages' own catalogues, for the ``django`` domain and for the
``djangojs`` domain that ``JavaScriptCatalog`` serves. They live apart from
``locale/<language>/`` because ``makemessages`` rewrites that catalogue from our
sources and would mark every Wagtail message obsolete.

The English catalogues shipped in the installed packages are the source of
the message ids; ``refresh`` merges them into our catalogues like ``msgmerge``.
"""

import difflib
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

import polib
from django.apps import apps
from django.conf import settings
from django.utils import timezone
from django.utils.translation import to_locale

VENDOR_DIR = Path(settings.BASE_DIR, "locale", "vendor")
PROJECT_DIR = Path(settings.BASE_DIR, "locale")
PACKAGES = ("wagtail_localize", "wagtail")
DOMAINS = ("django", "djangojs")
SOURCE_LANGUAGE = "en"

# The formulas of Django's own catalogues for these languages.
PLURAL_FORMS = {
    "sq": "nplurals=2; plural=(n != 1);",
    "sr_Latn": (
        "nplurals=3; plural=(n%10==1 && n%100!=11 ? 0 : n%10>=2 && n%10<=4 && "
        "(n%100<10 || n%100>=20) ? 1 : 2);"
    ),
}
LANGUAGE_TEAMS = {"sq": "Albanian", "sr_Latn": "Serbian (Latin)"}

# A vanished message's translation is offered, as fuzzy, for a new message
# this similar to it, as msgmerge does.
FUZZY_CUTOFF = 0.8


def target_languages():
    """Locale folder names of the languages we translate into, e.g. sr_Latn."""
    return [
        to_locale(code) for code, _name in settings.LANGUAGES if code != SOURCE_LANGUAGE
    ]


def package_apps(package):
    """The installed apps of a package: ``wagtail`` and ``wagtail.admin`` etc."""
    return [
        config
        for config in apps.get_app_configs()
        if config.name == package or config.name.startswith(f"{package}.")
    ]


def source_catalogues(package, domain):
    found = []
    for config in package_apps(package):
        path = Path(config.path, "locale", SOURCE_LANGUAGE, "LC_MESSAGES")
        if (path / f"{domain}.po").exists():
            found.append((config, path / f"{domain}.po"))
    return found


def catalogue_path(package, language, domain):
    return VENDOR_DIR / package / language / "LC_MESSAGES" / f"{domain}.po"


def entry_key(entry):
    return (entry.msgctxt, entry.msgid)


def template_entries(package, domain):
    """Every message of the package's installed apps, once, in source order."""
    site_packages = Path(apps.get_app_config("wagtailcore").path).parent
    entries = {}
    for config, path in source_catalogues(package, domain):
        prefix = Path(config.path).relative_to(site_packages)
        for source in polib.pofile(str(path)):
            if source.obsolete or not source.msgid:
                continue
            occurrences = [(f"{prefix}/{name}", n) for name, n in source.occurrences]
            if entry_key(source) in entries:
                entries[entry_key(source)].occurrences += occurrences
                continue
            entries[entry_key(source)] = polib.POEntry(
                msgctxt=source.msgctxt,
                msgid=source.msgid,
                msgid_plural=source.msgid_plural,
                msgstr="",
                msgstr_plural={},
                flags=[flag for flag in source.flags if flag != "fuzzy"],
                comment=source.comment,
                occurrences=occurrences,
            )
    return list(entries.values())


def new_catalogue(package, language, revision_date=None):
    catalogue = polib.POFile(wrapwidth=79)
    catalogue.header = (
        f"Translations of {package}'s interface for the KCSF information sessions "
        "site.\nRefreshed with `python manage.py update_vendor_catalogues`."
    )
    catalogue.metadata = {
        "Project-Id-Version": f"kcsf-infosessions {package}",
        "PO-Revision-Date": revision_date
        or timezone.now().strftime("%Y-%m-%d %H:%M%z"),
        "Last-Translator": "KCSF web team",
        "Language-Team": LANGUAGE_TEAMS[language],
        "Language": language,
        "MIME-Version": "1.0",
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
        "Plural-Forms": PLURAL_FORMS[language],
    }
    return catalogue


def nplurals(language):
    return int(PLURAL_FORMS[language].split(";")[0].split("=")[1])


def has_translation(entry):
    return bool(entry.msgstr or any(entry.msgstr_plural.values()))


def is_translated(entry):
    if entry.msgid_plural:
        return bool(entry.msgstr_plural) and all(entry.msgstr_plural.values())
    return bool(entry.msgstr)


def copy_translation(target, existing, language):
    """Carry an existing translation over to the refreshed entry."""
    forms = range(nplurals(language))
    if target.msgid_plural and existing.msgid_plural:
        target.msgstr_plural = {i: existing.msgstr_plural.get(i, "") for i in forms}
    elif not target.msgid_plural and not existing.msgid_plural:
        target.msgstr = existing.msgstr
    else:
        # A message that gained or lost a plural needs a translator's look.
        text = existing.msgstr or existing.msgstr_plural.get(0, "")
        if target.msgid_plural:
            target.msgstr_plural = dict.fromkeys(forms, text)
        else:
            target.msgstr = text
        target.flags.append("fuzzy")
    if "fuzzy" in existing.flags and "fuzzy" not in target.flags:
        target.flags.append("fuzzy")


@dataclass
class RefreshResult:
    path: Path
    added: int = 0
    kept: int = 0
    fuzzy: int = 0
    obsolete: int = 0


def refresh(package, language, domain):
    """Merge the package's current messages into our catalogue, msgmerge-style.

    Translations of messages that are still there are kept; a new message close
    to a vanished one gets that one's translation, marked fuzzy; translations of
    vanished messages stay in the file as obsolete entries. Nothing is lost.
    """
    path = catalogue_path(package, language, domain)
    old = polib.pofile(str(path)) if path.exists() else new_catalogue(package, language)
    previous = {entry_key(e): e for e in old if e.msgid and has_translation(e)}
    templates = template_entries(package, domain)
    current = {entry_key(entry) for entry in templates}
    vanished = [key for key in previous if key not in current]

    catalogue = new_catalogue(package, language, old.metadata.get("PO-Revision-Date"))
    catalogue.header = old.header or catalogue.header
    result = RefreshResult(path)
    for entry in templates:
        if entry.msgid_plural:
            entry.msgstr_plural = dict.fromkeys(range(nplurals(language)), "")
        existing = previous.get(entry_key(entry))
        if existing is not None:
            copy_translation(entry, existing, language)
            result.kept += 1
        elif close := difflib.get_close_matches(
            entry.msgid, [key[1] for key in vanished], n=1, cutoff=FUZZY_CUTOFF
        ):
            key = next(key for key in vanished if key[1] == close[0])
            vanished.remove(key)
            existing = previous[key]
            copy_translation(entry, existing, language)
            entry.previous_msgid = existing.msgid
            if "fuzzy" not in entry.flags:
                entry.flags.append("fuzzy")
            result.fuzzy += 1
        else:
            result.added += 1
        catalogue.append(entry)
    for key in vanished:
        entry = previous[key]
        entry.obsolete = True
        entry.occurrences = []
        catalogue.append(entry)
        result.obsolete += 1
    path.parent.mkdir(parents=True, exist_ok=True)
    save(catalogue, path)
    return result


def save(catalogue, path):
    """Write the catalogue and its compiled .mo next to it."""
    catalogue.save(str(path))
    compiled = path.with_suffix(".mo")
    # The same bytes as compilemessages writes, where GNU gettext is installed.
    if msgfmt := shutil.which("msgfmt"):
        subprocess.run(  # noqa: S603
            [msgfmt, "--check-format", "-o", str(compiled), str(path)], check=True
        )
    else:
        catalogue.save_as_mofile(str(compiled))


@dataclass
class Count:
    catalogue: str
    domain: str
    language: str
    translated: int
    total: int

    @property
    def percent(self):
        return 100 * self.translated / self.total if self.total else 100.0


def count(path, name, domain, language):
    catalogue = polib.pofile(str(path))
    entries = [entry for entry in catalogue if not entry.obsolete]
    translated = [e for e in entries if is_translated(e) and "fuzzy" not in e.flags]
    return Count(name, domain, language, len(translated), len(entries))


def counts():
    """Translated messages per catalogue, domain and language."""
    results = []
    for language in target_languages():
        project = PROJECT_DIR / language / "LC_MESSAGES" / "django.po"
        if project.exists():
            results.append(count(project, "project", "django", language))
        for package in PACKAGES:
            for domain in DOMAINS:
                path = catalogue_path(package, language, domain)
                if path.exists():
                    results.append(count(path, package, domain, language))
    return results


def all_catalogue_paths():
    return sorted(PROJECT_DIR.glob("**/LC_MESSAGES/*.po"))
