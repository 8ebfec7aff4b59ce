"""The public site and the admin work under the Content-Security-Policy.

Every page is loaded in Chromium with the policy enforced; any script, style,
frame or image the policy blocks is reported by the browser and fails the test.
"""

import re

import pytest

pytestmark = pytest.mark.browser

PUBLIC_PATHS = [
    "/sq/",
    "/sr-latn/",
    "/en/",
    "/sq/koncepti-i-shoqerise-civile/",
    "/sq/koncepti-i-shoqerise-civile/cfare-eshte-shoqeria-civile/",
    "/sr-latn/koncept-civilnog-drustva/sta-je-civilno-drustvo/",
    "/sq/search/?q=shoqëria",
    "/en/search/?q=civil",
]
ADMIN_PATHS = ["/admin/", "/admin/pages/", "/admin/images/", "/admin/documents/"]
COLLECT_VIOLATIONS = """
window.cspViolations = [];
document.addEventListener("securitypolicyviolation", (event) => {
    window.cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`);
});
"""


@pytest.fixture
def watched(browser, live_site):
    """A browser tab that records every CSP violation, from events and console."""
    context = browser.new_context(base_url=live_site.url)
    context.add_init_script(COLLECT_VIOLATIONS)
    page = context.new_page()
    console = []
    page.on(
        "console",
        lambda m: "Content Security Policy" in m.text and console.append(m.text),
    )

    def violations():
        return console + page.evaluate("window.cspViolations")

    yield page, violations
    context.close()


def sign_in(page):
    page.goto("/admin/login/")
    page.fill("input[name=username]", "admin")
    page.fill("input[name=password]", "kcsf-demo-2021")
    page.locator("form button[type=submit]").first.click()
    page.wait_for_url(re.compile(r"/admin/$"))


def edit_link(page, path):
    """The userbar's link to this page's editor, as an editor would follow it."""
    page.goto(path)
    link = page.locator("wagtail-userbar a[href*='/admin/pages/'][href$='/edit/']")
    return link.first.get_attribute("href")


@pytest.mark.parametrize("path", PUBLIC_PATHS)
def test_public_page_breaks_no_rule(watched, path):
    page, violations = watched

    response = page.goto(path)
    page.wait_for_load_state("networkidle")

    assert response.status == 200
    assert "script-src 'self'" in response.headers["content-security-policy"]
    assert violations() == []


def test_admin_screens_break_no_rule(watched):
    page, violations = watched
    sign_in(page)

    for path in ADMIN_PATHS:
        page.goto(path)
        page.wait_for_load_state("networkidle")

    assert violations() == []


def test_page_editor_works_under_the_policy(watched):
    page, violations = watched
    sign_in(page)

    page.goto(edit_link(page, PUBLIC_PATHS[4]))
    page.locator(".Draftail-Editor").first.wait_for()
    page.locator("[data-side-panel-toggle=preview]").click()
    page.frame_locator("#w-preview-iframe").locator("h1").first.wait_for()
    page.wait_for_load_state("networkidle")

    assert violations() == []


def test_translation_editor_works_under_the_policy(watched):
    page, violations = watched
    sign_in(page)

    page.goto(edit_link(page, PUBLIC_PATHS[5]))
    # wagtail-localize's React editor lists the segments it renders.
    page.locator(".js-translation-editor li").first.wait_for()
    page.wait_for_load_state("networkidle")

    assert violations() == []
