"""The public pages in a real browser: layout, console, network, axe-core, keyboard.

Each of six kinds of page is opened in each language at a phone and a desktop
width. The Nu Html Checker validates the same pages' HTML in one run of Java.
"""

import json
import os
import shutil
import subprocess
import urllib.request
from pathlib import Path

import pytest
from django.conf import settings
from playwright.sync_api import expect

from home import demo_content

pytestmark = pytest.mark.browser

NODE_MODULES = Path(settings.BASE_DIR, "node_modules")
AXE = NODE_MODULES / "axe-core" / "axe.min.js"
VNU = NODE_MODULES / "vnu-jar" / "build" / "dist" / "vnu.jar"
LANGUAGES = demo_content.LANGUAGES
WIDTHS = {"phone": 375, "desktop": 1280}
BLOCKING_IMPACTS = {"serious", "critical"}


def slug(data, language):
    return data["slug"][language]


def page_paths(language):
    """One page of each kind the issue names, in ``language``."""
    topic = demo_content.TOPICS["eu"]
    session = demo_content.SESSIONS[1]
    return {
        "home": f"/{language}/",
        "topic": f"/{language}/{slug(topic, language)}/",
        "session": f"/{language}/{slug(topic, language)}/{slug(session, language)}/",
        "speaker": (
            f"/{language}/{slug(demo_content.SPEAKER_INDEX, language)}/"
            f"{slug(demo_content.SPEAKERS['dimitrijevic'], language)}/"
        ),
        "listing": (
            f"/{language}/{slug(demo_content.SESSION_INDEX, language)}/"
            "?format=hybrid&language=sr"
        ),
        "search": f"/{language}/search/?query=Mitrovica",
    }


PAGES = [(kind, language) for language in LANGUAGES for kind in page_paths(language)]


def require(path, what):
    """Skip without the checker's files, except in CI, where they must be there."""
    if path.exists():
        return
    message = f"{what} is missing at {path}: run `make test` (npm ci) to install it."
    if os.environ.get("CI"):
        pytest.fail(message)
    pytest.skip(message)


@pytest.fixture
def watched_page(browser, live_site):
    """A tab factory recording console errors and failed or refused requests."""
    contexts = []

    def open_tab(width, **context_options):
        context = browser.new_context(
            base_url=live_site.url,
            viewport={"width": width, "height": 900},
            **context_options,
        )
        contexts.append(context)
        tab = context.new_page()
        tab.problems = []
        tab.on(
            "console",
            lambda m: m.type == "error" and tab.problems.append(f"console: {m.text}"),
        )
        tab.on("pageerror", lambda error: tab.problems.append(f"error: {error}"))
        tab.on(
            "requestfailed",
            # A request cut short by leaving the page (a search suggestion
            # being fetched as the form is sent) is not a failure.
            lambda r: (
                r.failure != "net::ERR_ABORTED"
                and tab.problems.append(f"failed: {r.url} {r.failure}")
            ),
        )
        tab.on(
            "response",
            lambda r: r.status >= 400 and tab.problems.append(f"{r.status}: {r.url}"),
        )
        return tab

    yield open_tab
    for context in contexts:
        context.close()


def serious_violations(tab):
    tab.add_script_tag(path=str(AXE))
    results = tab.evaluate("axe.run(document, {resultTypes: ['violations']})")
    return [
        {
            "rule": violation["id"],
            "impact": violation["impact"],
            "where": [node["target"] for node in violation["nodes"]],
        }
        for violation in results["violations"]
        if violation["impact"] in BLOCKING_IMPACTS
    ]


@pytest.mark.parametrize("width_name", WIDTHS)
@pytest.mark.parametrize(("kind", "language"), PAGES)
def test_page_fits_loads_cleanly_and_passes_axe(
    watched_page, screenshot_dir, kind, language, width_name
):
    require(AXE, "axe-core")
    width = WIDTHS[width_name]
    # axe-core is injected as an inline script, which the site's policy refuses;
    # tests/browser/test_content_security_policy.py checks the policy itself.
    tab = watched_page(width, bypass_csp=True)

    response = tab.goto(page_paths(language)[kind], wait_until="load")
    # Bring the lazy images in, so that their requests are checked too and the
    # screenshot shows them.
    images = tab.locator("img")
    for index in range(images.count()):
        images.nth(index).scroll_into_view_if_needed()
    tab.wait_for_function("[...document.images].every((image) => image.complete)")
    tab.evaluate("window.scrollTo(0, 0)")
    tab.screenshot(
        path=screenshot_dir / f"{kind}-{language}-{width_name}.png", full_page=True
    )

    assert response.status == 200
    assert tab.evaluate("document.documentElement.scrollWidth") <= width
    assert tab.evaluate("document.documentElement.lang") == (
        "sr-Latn" if language == "sr-latn" else language
    )
    assert serious_violations(tab) == []
    assert tab.problems == []


def test_every_page_is_valid_html(live_site, tmp_path):
    """One run of the Nu Html Checker over the served HTML of every page."""
    require(VNU, "The Nu Html Checker (vnu-jar)")
    java = shutil.which("java")
    if java is None:
        message = "Java is needed to run the Nu Html Checker: install a JRE."
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    files = []
    for kind, language in PAGES:
        url = live_site.url + page_paths(language)[kind]
        with urllib.request.urlopen(url, timeout=30) as response:  # noqa: S310
            file = tmp_path / f"{kind}-{language}.html"
            file.write_bytes(response.read())
            files.append(str(file))

    result = subprocess.run(  # noqa: S603
        [java, "-jar", str(VNU), "--format", "json", "--exit-zero-always", *files],
        capture_output=True,
        text=True,
        check=True,
        timeout=300,
    )

    messages = json.loads(result.stderr)["messages"]
    errors = [
        f"{Path(m['url']).name}:{m.get('lastLine')}: {m['message']}"
        for m in messages
        if m["type"] == "error" or m.get("subType") == "fatal"
    ]
    assert errors == [], "\n".join(errors)
    assert len(files) == len(LANGUAGES) * 6


def tab_until(tab, selector, limit=60):
    """Press Tab until the focused element matches ``selector``."""
    for _ in range(limit):
        tab.keyboard.press("Tab")
        if tab.evaluate(
            "(selector) => document.activeElement.matches(selector)", selector
        ):
            outline = tab.evaluate(
                "getComputedStyle(document.activeElement).outlineStyle"
            )
            assert outline != "none", f"{selector} shows no focus"
            return
    raise AssertionError(f"Tab never reached {selector}")


@pytest.mark.parametrize("width_name", WIDTHS)
def test_keyboard_reaches_and_uses_the_language_switcher(watched_page, width_name):
    tab = watched_page(WIDTHS[width_name])
    paths = {language: page_paths(language)["session"] for language in LANGUAGES}
    tab.goto(paths["sq"])

    tab_until(tab, '.language-switcher a[hreflang="sr-Latn"]')
    tab.keyboard.press("Enter")
    tab.wait_for_url(f"**{paths['sr-latn']}")

    assert tab.evaluate("document.documentElement.lang") == "sr-Latn"
    assert tab.problems == []


@pytest.mark.parametrize("width_name", WIDTHS)
def test_keyboard_reaches_the_listing_through_the_navigation(watched_page, width_name):
    tab = watched_page(WIDTHS[width_name])
    listing = f"/en/{slug(demo_content.SESSION_INDEX, 'en')}/"
    tab.goto("/en/")

    tab_until(tab, ".skip-link")
    tab_until(tab, f'.site-nav a[href="{listing}"]')
    tab.keyboard.press("Enter")
    tab.wait_for_url(f"**{listing}")

    assert tab.get_by_role("heading", level=1).inner_text() == "Information sessions"
    assert tab.problems == []


def test_keyboard_sets_the_filters_and_shows_the_sessions(watched_page):
    tab = watched_page(WIDTHS["phone"])
    listing = f"/sr-latn/{slug(demo_content.SESSION_INDEX, 'sr-latn')}/"
    tab.goto(listing)

    tab_until(tab, 'select[name="format"]')
    tab.keyboard.type("Hibrid")
    tab_until(tab, 'select[name="language"]')
    tab.keyboard.type("Srpski")
    tab_until(tab, ".filters button[type=submit]")
    tab.keyboard.press("Enter")
    tab.wait_for_url("**format=hybrid**")

    assert "language=sr" in tab.url
    titles = tab.locator(".session-card__title").all_inner_texts()
    assert titles and len(titles) == 2
    assert tab.locator(".session-card__meta").first.inner_text().count("Hibrid") == 1
    assert tab.problems == []


def test_keyboard_searches_from_the_header(watched_page):
    tab = watched_page(WIDTHS["desktop"])
    tab.goto("/sq/")

    tab_until(tab, "#site-search")
    tab.keyboard.type("shoqëria")
    tab.keyboard.press("Enter")
    tab.wait_for_url("**/sq/search/**")

    assert "query=shoq" in tab.url
    assert tab.get_by_role("heading", level=1).is_visible()
    assert tab.problems == []


def test_the_copy_button_puts_the_session_link_on_the_clipboard(
    watched_page, live_site
):
    tab = watched_page(
        WIDTHS["phone"], permissions=["clipboard-read", "clipboard-write"]
    )
    path = page_paths("sq")["session"]
    tab.goto(path)

    tab.get_by_role("button", name="Kopjo lidhjen").click()

    expect(tab.get_by_role("status")).to_have_text("Lidhja u kopjua.")
    assert tab.evaluate("navigator.clipboard.readText()") == live_site.url + path
    assert tab.problems == []
