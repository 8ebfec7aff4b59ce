import os
from datetime import datetime
from pathlib import Path

import pytest
from django.conf import settings

CHROMIUM = Path("/usr/bin/chromium")
# Without these, Chromium tries to reach Google's services at every start.
CHROMIUM_ARGS = [
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="session")
def browser():
    if not CHROMIUM.exists():
        message = (
            f"Chromium is not installed at {CHROMIUM}: "
            "install Debian's chromium package to run the browser tests."
        )
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=str(CHROMIUM), args=CHROMIUM_ARGS
        )
        yield browser
        browser.close()


@pytest.fixture(scope="session")
def screenshot_dir():
    """Screenshots of this run, for people to look at."""
    run = os.environ.get("SCREENSHOT_RUN") or datetime.now().strftime("%Y%m%d-%H%M%S")
    folder = Path(settings.BASE_DIR, "test-artifacts", "screenshots", run)
    folder.mkdir(parents=True, exist_ok=True)
    return folder
