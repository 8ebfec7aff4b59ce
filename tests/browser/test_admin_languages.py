"""The Albanian editor writes, schedules and sends a session for translation.

Screenshots of the page editor and of wagtail-localize's translation editor, in
Albanian and in Serbian, go to the run's screenshot folder for people to look
at. The visible text of each screen, as the browser drew it (the translation
editor is a React app), must hold no English message.

Not in any catalogue, so beyond this check: the translation editor's caption
"<source> to <target> translation", which wagtail-localize's React app writes
in English.
"""

import re
import urllib.error
import urllib.request

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeoutError

from tests.admin_i18n.admin_text import english_in_text

pytestmark = pytest.mark.browser

DEMO_PASSWORD = "kcsf-demo-2021"  # noqa: S105
TOPIC = "Koncepti i shoqërisë civile"
TITLE = "Sesioni informues mbi financimin publik"
SLUG = "financimi-publik"
PARAGRAPH = "Sesioni shpjegon si aplikojnë organizatat për grante publike."
GO_LIVE = "2031-03-02 10:00"
# The status tag of a page scheduled for publishing (locale/GLOSSARY.md).
SCHEDULED = {"sq": "planifikuar", "sr-latn": "zakazano"}
BOTH_DOMAINS = ("django", "djangojs")


@pytest.fixture
def new_context(browser):
    contexts = []

    def open_context(locale):
        context = browser.new_context(
            locale=locale, viewport={"width": 1400, "height": 1000}
        )
        contexts.append(context)
        return context.new_page()

    yield open_context
    for context in contexts:
        context.close()


def sign_in(page, base_url, username):
    page.goto(f"{base_url}/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", DEMO_PASSWORD)
    page.locator("form button[type=submit]").click()
    page.wait_for_url(f"{base_url}/admin/")


# English that Wagtail and wagtail-localize write without gettext in what the
# browser draws (see also admin_text.HARDCODED_IN_WAGTAIL): CSS selector,
# the English, why.
HARDCODED = [
    (
        "#w-slim-header-buttons",
        "Actions",
        "wagtailadmin/shared/headers/_actions.html labels the header's action bar "
        "in a literal aria-label",
    ),
    (
        ".w-dropdown__toggle > .w-sr-only",
        "More actions",
        "wagtail-localize's React translation editor writes its menu button's "
        "screen-reader text as a literal",
    ),
]
# What the browser shows: the rendered text, and the labels of visible elements,
# less the HARDCODED English.
VISIBLE_TEXT = """(hardcoded) => {
    const isHardcoded = (element, text) => hardcoded.some(
        ([selector, english]) => element.matches(selector) && text === english
    );
    const hidden = [];
    for (const [selector, english] of hardcoded) {
        for (const element of document.querySelectorAll(selector)) {
            if (element.textContent.trim() === english) {
                hidden.push([element, element.style.display]);
                element.style.display = "none";
            }
        }
    }
    const texts = [document.body.innerText];
    for (const [element, display] of hidden) element.style.display = display;
    const names = ["aria-label", "title", "placeholder", "alt"];
    const labelled = "[aria-label], [title], [placeholder], [alt]";
    for (const element of document.querySelectorAll(labelled)) {
        if (!element.checkVisibility()) continue;
        for (const name of names) {
            const value = element.getAttribute(name) || "";
            if (!isHardcoded(element, value)) texts.push(value);
        }
    }
    return texts.join("\\n");
}"""


def assert_no_english(page, language, *content):
    page.wait_for_load_state("networkidle")
    text = page.evaluate(
        VISIBLE_TEXT, [[css, english] for css, english, _ in HARDCODED]
    )
    leftovers = english_in_text(
        text, language, [TITLE, PARAGRAPH, TOPIC, *content], BOTH_DOMAINS
    )
    assert leftovers == {}


def submit(page, button, landing):
    """Press a form's button; confirm when Wagtail asks about a newer revision.

    Autosave may have stored a revision the form has not seen, in which case
    Wagtail asks before overwriting it.
    """
    button.click()
    try:
        page.wait_for_url(re.compile(landing), timeout=5000)
    except PlaywrightTimeoutError:
        page.locator(
            "#w-save-confirmation-dialog [data-w-dialog-target='confirm']"
        ).click()
        page.wait_for_url(re.compile(landing))


def page_id_of(url):
    return int(re.search(r"/admin/pages/(\d+)/", url).group(1))


def status_of(url):
    try:
        return urllib.request.urlopen(url).status  # noqa: S310
    except urllib.error.HTTPError as error:
        return error.code


def test_albanian_editor_schedules_a_session_and_sends_it_to_translation(
    live_site, new_context, screenshot_dir
):
    page = new_context("sq")
    sign_in(page, live_site.url, "editor")
    page.goto(f"{live_site.url}/admin/pages/search/?q={TOPIC}")
    topic_edit = page.locator("a[href*='/edit/']", has_text=TOPIC).first
    topic_id = page_id_of(topic_edit.get_attribute("href"))

    # A new session below the topic, saved as a draft...
    page.goto(f"{live_site.url}/admin/pages/{topic_id}/add_subpage/")
    page.fill("#id_title", TITLE)
    tabs = page.get_by_role("tab")
    tabs.nth(1).click()
    page.fill("#id_slug", SLUG)
    tabs.nth(0).click()
    page.fill("#id_start", "2031-03-09 10:00")
    page.fill("#id_end", "2031-03-09 12:00")
    page.locator("#id_title").click()
    page.locator("footer button.action-save").click()
    page.wait_for_url(re.compile(r".*/admin/pages/\d+/edit/$"))
    session_id = page_id_of(page.url)

    # ...then given a rich-text paragraph and a publishing schedule.
    page.locator(".c-sf-add-button").first.click()
    page.get_by_role("option", name="Paragraf").click()
    editor = page.locator(".public-DraftEditor-content").first
    editor.click()
    editor.type(PARAGRAPH)
    page.locator("[data-side-panel-toggle='status']").click()
    page.locator("[data-a11y-dialog-show='schedule-publishing-dialog']").first.click()
    page.fill("#id_go_live_at", GO_LIVE)
    page.wait_for_load_state("networkidle")
    # The date picker covers the dialog's button: press it as a keyboard user would.
    page.locator("#schedule-publishing-dialog button.action-save").evaluate(
        "button => button.click()"
    )
    page.wait_for_load_state("networkidle")
    assert page_id_of(page.url) == session_id

    # Scheduled to publish, from the publishing menu.
    assert page.locator("footer button.action-save").inner_text().strip() == (
        "Ruaj draftin"
    )
    page.locator("footer [data-w-dropdown-target='toggle']").first.click()
    page.screenshot(path=screenshot_dir / "admin-editor-sq.png", full_page=True)
    assert_no_english(page, "sq")
    submit(page, page.locator("button[name='action-publish']"), r".*/admin/pages/\d+/$")
    assert_no_english(page, "sq")
    listing = page.locator("tr", has_text=TITLE)
    assert SCHEDULED["sq"] in listing.locator(".w-status").text_content().split()
    assert status_of(f"{live_site.url}/sq/koncepti-i-shoqerise-civile/{SLUG}/") == 404

    # Sent to the Serbian translator; the translation editor opens.
    page.goto(f"{live_site.url}/admin/localize/submit/page/{session_id}/")
    page.get_by_label("srpski").check()
    page.locator("#main form [type='submit']").first.click()
    page.wait_for_load_state("networkidle")
    translation_url = page.url
    assert page_id_of(translation_url) != session_id
    assert PARAGRAPH in page.locator("#main").inner_text()
    page.screenshot(path=screenshot_dir / "translation-editor-sq.png", full_page=True)
    assert_no_english(page, "sq")

    # The editor reads the admin in Serbian from now on.
    page.goto(f"{live_site.url}/admin/account/")
    page.fill("[name='name_email-first_name']", "Arta")
    page.fill("[name='name_email-last_name']", "Krasniqi")
    page.fill("[name='name_email-email']", "redaktore@example.org")
    page.locator("select[name='locale-preferred_language']").select_option("sr-latn")
    page.locator("#main form [type='submit']").last.click()
    page.wait_for_load_state("networkidle")
    assert page.locator("html").get_attribute("lang") == "sr-latn"
    page.goto(f"{live_site.url}/admin/pages/{session_id}/edit/")
    page.screenshot(path=screenshot_dir / "admin-editor-sr-latn.png", full_page=True)
    assert_no_english(page, "sr-latn")
    page.goto(translation_url)
    page.screenshot(
        path=screenshot_dir / "translation-editor-sr-latn.png", full_page=True
    )
    assert_no_english(page, "sr-latn")
