"""Errors a reader can act on (issue 15): one notice per problem in plain words, dismissible,
gone when the next request succeeds; Play pauses and says why. The server's failures are made
by Playwright's route interception in front of the real live server."""

import pytest

from tests.browser.helpers import wait_for_map
from tests.browser.story import build_story

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PROXY_ERROR = "<html><body>Oops: upstream is restarting</body></html>"


@pytest.fixture
def story():
    return build_story()


def fail_date(page, day, times, status=500, body=PROXY_ERROR, content_type="text/html"):
    """Answer the control API for `day` with an error `times` times, then let it through."""
    served = []

    def handle(route):
        if f"date={day}" in route.request.url and len(served) < times:
            served.append(route.request.url)
            route.fulfill(status=status, body=body, content_type=content_type)
        else:
            route.continue_()

    page.route("**/api/v1/control**", handle)
    return served


def notices(page):
    return page.locator("#map-message .notice")


def test_a_failed_date_says_so_once_in_plain_words_and_goes_when_it_loads(page, live_server, story):
    served = fail_date(page, "2017-10-17", times=2)
    page.goto(live_server.url + "/?date=2017-10-17")
    notices(page).first.wait_for()
    assert (
        notices(page)
        .first.inner_text()
        .startswith("The map could not load 17 October 2017. Retrying…")
    )
    # The retry fails once more: still one notice, not two.
    page.wait_for_timeout(2000)
    assert len(served) == 2
    assert notices(page).count() == 1
    assert "Unexpected token" not in page.locator("#map-message").inner_text()
    wait_for_map(page, "2017-10-17")
    page.wait_for_function("() => document.getElementById('map-message').hidden")
    assert notices(page).count() == 0


def test_a_refused_date_names_the_problem_and_can_be_dismissed(page, live_server, story):
    fail_date(
        page,
        "2016-01-01",
        times=1,
        status=400,
        body='{"error": "date is not a calendar day"}',
        content_type="application/json",
    )
    page.goto(live_server.url + "/?date=2016-01-01")
    notices(page).first.wait_for()
    assert (
        notices(page)
        .first.inner_text()
        .startswith("The map could not load 1 January 2016: date is not a calendar day.")
    )
    page.get_by_role("button", name="Dismiss this notice").click()
    page.wait_for_function("() => document.getElementById('map-message').hidden")


def test_play_pauses_and_says_why_when_a_date_fails(page, live_server, story):
    # Failing until told otherwise: the prefetch of the next date fails too, so Play meets it.
    served = fail_date(page, "2017-10-17", times=1000)
    page.goto(live_server.url + "/?date=2016-01-01")
    wait_for_map(page, "2016-01-01")
    page.select_option("#speed", "300")
    page.click("#play")
    notices(page).first.wait_for()
    assert (
        notices(page)
        .first.inner_text()
        .startswith("Play paused: the map could not load 17 October 2017. Retrying…")
    )
    assert page.get_attribute("#play", "aria-pressed") == "false"
    served.extend([None] * 1000)  # the server recovers; the next retry goes through
    wait_for_map(page, "2017-10-17")
    page.wait_for_function("() => document.getElementById('map-message').hidden")
