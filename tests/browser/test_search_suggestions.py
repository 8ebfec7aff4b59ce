"""The header's search box suggests pages as the visitor types."""

import pytest

pytestmark = pytest.mark.browser


@pytest.fixture
def desktop(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    page = context.new_page()
    problems = []
    page.on("console", lambda m: m.type == "error" and problems.append(m.text))
    page.on(
        "response",
        lambda r: r.status >= 400 and problems.append(f"{r.status}: {r.url}"),
    )
    yield page, problems
    context.close()


def test_typing_without_diacritics_suggests_a_page_and_the_keyboard_opens_it(
    live_site, desktop, screenshot_dir
):
    page, problems = desktop
    page.goto(f"{live_site.url}/sr-latn/")
    box = page.get_by_role("combobox", name="Pretraga")

    box.press_sequentially("dimitrijev", delay=30)
    suggestions = page.get_by_role("listbox", name="Predlozi")
    option = suggestions.get_by_role("option", name="Darko Dimitrijević")
    option.wait_for()
    assert box.get_attribute("aria-expanded") == "true"
    page.screenshot(path=screenshot_dir / "search-suggestions-sr-latn.png")

    box.press("ArrowDown")
    assert option.get_attribute("aria-selected") == "true"
    box.press("Enter")

    page.wait_for_url("**/sr-latn/govornici/darko-dimitrijevic/")
    assert problems == []


def test_escape_closes_the_suggestions_and_enter_searches(
    live_site, desktop, screenshot_dir
):
    page, problems = desktop
    page.goto(f"{live_site.url}/sq/")
    box = page.get_by_role("combobox", name="Kërko")

    box.press_sequentially("shoqeri", delay=30)
    page.get_by_role("listbox", name="Sugjerime").get_by_role("option").first.wait_for()
    box.press("Escape")
    assert page.get_by_role("listbox", name="Sugjerime").is_hidden()
    box.press("Enter")

    page.wait_for_url("**/sq/search/?query=shoqeri")
    assert page.get_by_role("heading", level=1).inner_text() == "Kërko"
    assert page.locator(".search-result mark").count() > 0
    page.screenshot(path=screenshot_dir / "search-results-sq.png", full_page=True)
    assert problems == []
