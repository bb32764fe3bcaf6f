"""Chromium for browser tests: Debian's /usr/bin/chromium driven by Playwright (no downloads).

The fixtures are registered once, in tests/conftest.py, so that the browser tests and the
security suite (tests/security/) share one Playwright session: a second session started inside
the first one's event loop fails.
"""

import os
import shutil
import time

import pytest

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
ARGS = [
    "--headless=new",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-default-apps",
    "--disable-quic",
]
if os.geteuid() == 0:
    ARGS.append("--no-sandbox")

# Playwright's sync API runs an event loop in this thread; Django then refuses ORM calls from it
# unless told that the test, not an async view, is calling.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


@pytest.fixture(scope="session")
def browser():
    if not shutil.which(CHROMIUM):
        pytest.fail(f"Chromium not found at {CHROMIUM}; `make test` installs Debian's chromium")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield browser
        browser.close()


@pytest.fixture
def page(browser, live_server):
    """A fresh page that records console errors and every request leaving the live server."""
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    page = context.new_page()
    page.console_errors = []
    page.foreign_requests = []
    page.on("console", lambda m: m.type == "error" and page.console_errors.append(m.text))
    page.on("pageerror", lambda exc: page.console_errors.append(str(exc)))
    page.on(
        "request",
        lambda r: (
            None
            if r.url.startswith((live_server.url, "data:", "blob:"))
            else page.foreign_requests.append(r.url)
        ),
    )
    page.set_default_timeout(15_000)
    yield page
    close_and_settle(context)


@pytest.fixture
def phone(browser, live_server):
    """A 375×812 touch phone; page errors are kept in `phone.errors`."""
    context = browser.new_context(
        viewport={"width": 375, "height": 812}, is_mobile=True, has_touch=True
    )
    page = context.new_page()
    page.errors = []
    page.on("pageerror", lambda exc: page.errors.append(str(exc)))
    page.set_default_timeout(15_000)
    yield page
    close_and_settle(context)


def close_and_settle(context):
    """Close a browser context, then let the live server finish what it left running."""
    context.close()
    _wait_for_server_queries()


def _wait_for_server_queries(seconds=10, quiet=0.3):
    """Let the live server finish the requests the page left running before the next test.

    A closed page does not stop a server thread mid-query (the summary and what-changed panels,
    and the chart's figures, fetch after the map paints); flushing the database under such a
    query can deadlock. A request is idle between two of its queries for a moment, so the server
    must stay without an active query for `quiet` seconds, not just at one look.
    """
    from django.db import connection

    deadline = time.monotonic() + seconds
    quiet_since = None
    while time.monotonic() < deadline:
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
                " AND pid <> pg_backend_pid() AND state = 'active'"
            )
            active = cursor.fetchone()[0]
        now = time.monotonic()
        if active:
            quiet_since = None
        elif quiet_since is None:
            quiet_since = now
        elif now - quiet_since >= quiet:
            return
        time.sleep(0.05)
