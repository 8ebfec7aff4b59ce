"""A translator opens a task from the dashboard, translates it and publishes."""

import re

import pytest
from playwright.sync_api import expect

from home import demo_content

pytestmark = pytest.mark.browser

SPEAKER = demo_content.SPEAKERS["puka"]
ALBANIAN_BIO = SPEAKER["bio"]["sq"]
SERBIAN_BIO = SPEAKER["bio"]["sr-latn"]
PUBLIC_PATH = "/sr-latn/{index}/{speaker}/".format(
    index=demo_content.SPEAKER_INDEX["slug"]["sr-latn"],
    speaker=SPEAKER["slug"]["sr-latn"],
)
# Forget the Serbian translation of one segment, as if the source had just
# gained it: the Serbian page shows the Albanian text until it is translated.
FORGET_SERBIAN_BIO = f"""
from wagtail_localize.models import StringTranslation, Translation, TranslationSource
from sessions.models import SpeakerPage
page = SpeakerPage.objects.get(
    locale__language_code="sq", slug={SPEAKER["slug"]["sq"]!r}
)
source = TranslationSource.objects.get_for_instance(page)
segment = source.stringsegment_set.get(context__path="bio")
StringTranslation.objects.filter(
    translation_of=segment.string,
    context=segment.context,
    locale__language_code="sr-latn",
).delete()
Translation.objects.get(
    source=source, target_locale__language_code="sr-latn"
).save_target(publish=True)
"""


@pytest.fixture
def admin_page(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    problems = []
    page.on("pageerror", lambda error: problems.append(str(error)))
    page.on(
        "response",
        lambda r: r.status >= 500 and problems.append(f"{r.status}: {r.url}"),
    )
    yield page, problems
    context.close()


def test_translator_translates_a_task_and_the_public_page_changes(
    live_site, admin_page, screenshot_dir
):
    live_site.manage("shell", "-c", FORGET_SERBIAN_BIO)
    page, problems = admin_page
    page.goto(f"{live_site.url}{PUBLIC_PATH}")
    expect(page.locator("main")).to_contain_text(ALBANIAN_BIO)

    page.goto(f"{live_site.url}/admin/login/")
    page.locator("input[name=username]").fill("translator-sr-latn")
    page.locator("input[name=password]").fill("kcsf-demo-2021")
    page.locator("form button[type=submit]").click()
    task = page.locator("#localization-tasks-section a[data-task]", has_text="Dren")
    expect(task).to_be_visible()
    page.screenshot(path=screenshot_dir / "dashboard-translator-sr-latn.png")
    task.click()

    segment = page.locator("li.incomplete", has_text=ALBANIAN_BIO)
    expect(segment).to_be_visible()
    segment.get_by_role("button").click()
    segment.locator("textarea").fill(SERBIAN_BIO)
    segment.locator("textarea").press("Enter")
    saved = page.locator("li.complete", has_text=SERBIAN_BIO).locator(".icon--green")
    expect(saved).to_be_visible()
    page.screenshot(path=screenshot_dir / "translation-editor-sr-latn.png")
    page.locator("button[value=publish]").click()
    expect(page.locator(".messages .success")).to_be_visible()

    page.goto(f"{live_site.url}{PUBLIC_PATH}")
    main = page.locator("main")
    expect(main).to_contain_text(SERBIAN_BIO)
    expect(main).not_to_contain_text(re.compile(re.escape(ALBANIAN_BIO)))
    page.screenshot(path=screenshot_dir / "speaker-translated-sr-latn.png")
    assert problems == []
