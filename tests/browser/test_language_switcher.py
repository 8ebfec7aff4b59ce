import pytest

pytestmark = pytest.mark.browser


@pytest.fixture
def phone(browser):
    context = browser.new_context(viewport={"width": 375, "height": 800})
    page = context.new_page()
    problems = []
    page.on("console", lambda m: m.type == "error" and problems.append(m.text))
    page.on("requestfailed", lambda r: problems.append(f"failed: {r.url}"))
    page.on(
        "response",
        lambda r: r.status >= 400 and problems.append(f"{r.status}: {r.url}"),
    )
    yield page, problems
    context.close()


def test_switcher_leads_to_the_same_session_in_each_language(
    live_site, phone, screenshot_dir
):
    page, problems = phone
    page.goto(f"{live_site.url}/sq/koncepti-i-shoqerise-civile/")
    page.get_by_role("link", name="Çfarë është shoqëria civile").first.click()

    page.get_by_role("navigation", name="Gjuha").get_by_role(
        "link", name="srpski"
    ).click()

    assert page.url.endswith(
        "/sr-latn/koncept-civilnog-drustva/sta-je-civilno-drustvo/"
    )
    assert page.locator("html").get_attribute("lang") == "sr-Latn"
    assert page.get_by_role("heading", level=1).inner_text() == "Šta je civilno društvo"
    page.screenshot(path=screenshot_dir / "session-sr-latn-phone.png", full_page=True)
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 375
    assert problems == []
