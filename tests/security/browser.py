"""Helpers for the security tests in Chromium: a planted story, sign-in, and the tell-tales.

Every page gets two listeners before its own scripts run (Playwright init scripts, which a page's
CSP does not govern): Leaflet maps announced by `map:init` are kept in `window.__maps`, and every
Content-Security-Policy violation is kept in `window.__csp`.
"""

from datetime import date

from mapapp.snapshots.freeze import freeze
from tests.factories import box, make_actor, make_event, make_polygon, make_source, make_territory
from tests.security.conftest import PAYLOAD

LISTENERS = """
window.__maps = [];
window.__csp = [];
window.addEventListener("map:init", (e) => window.__maps.push(e.detail.map));
document.addEventListener("securitypolicyviolation", (e) => window.__csp.push(
  `${e.violatedDirective} blocked ${e.blockedURI || "inline"} in ${e.sourceFile}`));
"""
DAY = "2016-01-01"


def watch(page):
    page.add_init_script(LISTENERS)
    return page


def plant():
    """A territory, its source and an event, all named with the payload, shown on 2016-01-01."""
    actor = make_actor("islamic-state", name="Islamic State", color="#1a1a1a")
    source = make_source(title=PAYLOAD, publisher="Wire", url="https://example.org/planted")
    polygon = make_polygon(
        make_territory("planted", name=PAYLOAD),
        actor,
        date(2016, 1, 1),
        geometry=box(40.0, 34.0, 41.0, 35.0),
        sources=[source],
        notes=PAYLOAD,
    )
    make_event(title=PAYLOAD, day=date(2016, 1, 1), lon=40.5, lat=34.5, sources=[source])
    return polygon


def planted_snapshot():
    return freeze(title=PAYLOAD, day=date(2016, 1, 1), caption=PAYLOAD)


def sign_in(page, base, username="rafa", password="reviewer-pw"):
    page.goto(base + "/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", password)
    page.click("input[type=submit]")
    page.wait_for_url(base + "/admin/")


def pwned(page):
    """True when the payload ran in the page or any of its frames."""
    return any(frame.evaluate("() => window.__pwned === 1") for frame in page.frames)


def planted_images(page):
    return sum(frame.locator("img[src='x']").count() for frame in page.frames)


def hover_centre(page, selector):
    """Move the pointer to the middle of a map (where the planted polygon lies)."""
    page.locator(selector).scroll_into_view_if_needed()
    area = page.locator(selector).bounding_box()
    page.mouse.move(area["x"] + area["width"] / 2, area["y"] + area["height"] / 2, steps=4)
