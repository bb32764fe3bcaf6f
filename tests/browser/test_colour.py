"""Colour a reader can tell apart (issue 15): every legend swatch has at least 3:1 contrast
against the background it sits on (WCAG 2.1 non-text contrast), the actors and gained/lost stay
apart under simulated deuteranopia and protanopia, and the legend stays usable at 200 % zoom."""

import itertools
import re
from datetime import date
from pathlib import Path

import pytest

from mapapp.management.commands.load_seed import load_actors
from mapapp.models import Actor
from tests.browser.helpers import wait_for_map
from tests.chromium import close_and_settle
from tests.factories import box, make_polygon, make_territory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
LAND = (0xF3, 0xF0, 0xE8)  # the style spec's land: the map under the legend's translucent box
# Machado, Oliveira and Fernandes (2009), severity 1.0, applied to linear RGB.
DEUTERANOPIA = [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.011820, 0.042940, 0.968881],
]
PROTANOPIA = [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
]
MIN_DELTA_E = 15  # CIE76 ΔE: well above "just noticeable" (~2.3) for swatches side by side


@pytest.fixture
def all_actors():
    load_actors(FIXTURES / "actors.json")
    for i, actor in enumerate(Actor.objects.all()):
        make_polygon(
            make_territory(f"area-{i}", name=f"Area {i}"),
            actor,
            date(2016, 1, 1),
            None,
            geometry=box(36.0 + 1.5 * i, 33.0, 37.0 + 1.5 * i, 34.0),
        )


def parse(css):
    r, g, b, *alpha = (float(x) for x in re.findall(r"[\d.]+", css))
    return (r, g, b), (alpha[0] if alpha else 1.0)


def over(colour, alpha, under):
    return tuple(alpha * c + (1 - alpha) * u for c, u in zip(colour, under, strict=True))


def linear(rgb):
    return [
        (c / 255) / 12.92 if c / 255 <= 0.04045 else ((c / 255 + 0.055) / 1.055) ** 2.4 for c in rgb
    ]


def luminance(rgb):
    r, g, b = linear(rgb)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a, b):
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def lab(lin):
    r, g, b = (min(max(c, 0.0), 1.0) for c in lin)
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883

    def f(t):
        return t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116

    return (116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z)))


def seen(rgb, matrix=None):
    lin = linear(rgb)
    if matrix:
        lin = [sum(m * c for m, c in zip(row, lin, strict=True)) for row in matrix]
    return lab(lin)


SWATCHES = """
() => {
  const css = (el, p) => getComputedStyle(el).getPropertyValue(p).trim();
  const root = document.documentElement;
  const actors = [...document.querySelectorAll('#legend-actors .swatch')].map((s) =>
    [s.nextElementSibling.textContent, css(s, 'background-color')]);
  const toRgb = (value) => { const d = document.createElement('div'); d.style.color = value;
    document.body.append(d); const c = getComputedStyle(d).color; d.remove(); return c; };
  return {
    actors,
    changes: [['gained', toRgb(css(root, '--gained'))], ['lost', toRgb(css(root, '--lost'))]],
    legend: css(document.querySelector('.legend'), 'background-color'),
    side: css(document.querySelector('#side'), 'background-color'),
  };
}
"""


def test_every_swatch_has_3_to_1_contrast_and_survives_colour_blindness(
    page, live_server, all_actors
):
    page.goto(live_server.url + "/?date=2016-01-01")
    wait_for_map(page, "2016-01-01")
    actors = Actor.objects.count()
    page.wait_for_function(
        f"() => document.querySelectorAll('#legend-actors .swatch').length === {actors}"
    )
    found = page.evaluate(SWATCHES)
    legend = over(*parse(found["legend"]), LAND)
    side = over(*parse(found["side"]), LAND)
    colours = {}
    for name, css in found["actors"]:
        colours[name] = parse(css)[0]
        ratio = contrast(colours[name], legend)
        assert ratio >= 3, f"{name}: {ratio:.2f}:1 on the legend"
    for name, css in found["changes"]:
        colours[name] = parse(css)[0]
        ratio = contrast(colours[name], side)
        assert ratio >= 3, f"{name}: {ratio:.2f}:1 on the panel"
    for matrix in (None, DEUTERANOPIA, PROTANOPIA):
        for a, b in itertools.combinations(colours, 2):
            la, lb = seen(colours[a], matrix), seen(colours[b], matrix)
            delta = sum((x - y) ** 2 for x, y in zip(la, lb, strict=True)) ** 0.5
            assert delta >= MIN_DELTA_E, f"{a} and {b} look alike ({delta:.1f})"


def test_the_legend_leaves_the_date_controls_free_at_200_percent_zoom(
    browser, live_server, all_actors
):
    # 1440×900 at 200 % browser zoom lays out as 720×450 CSS pixels at two device pixels each.
    context = browser.new_context(viewport={"width": 720, "height": 450}, device_scale_factor=2)
    page = context.new_page()
    try:
        page.goto(live_server.url + "/?date=2016-01-01")
        wait_for_map(page, "2016-01-01")
        assert_legend_leaves_controls_free(page)
        # Open, it is still no taller than the map: it scrolls, and every toggle works.
        page.locator(".legend summary").click()
        page.wait_for_function("() => document.getElementById('legend-details').open")
        assert_legend_leaves_controls_free(page)
        toggle = page.get_by_role("checkbox", name="Iraqi government")
        toggle.scroll_into_view_if_needed()
        toggle.uncheck()
        others = Actor.objects.count() - 1
        page.wait_for_function(f"() => document.body.dataset.featureCount === '{others}'")
    finally:
        close_and_settle(context)


def assert_legend_leaves_controls_free(page):
    legend = page.locator(".legend").bounding_box()
    for control in ("#date-slider", "#play", "#date-input"):
        r = page.locator(control).bounding_box()
        apart = (
            legend["y"] >= r["y"] + r["height"]
            or legend["y"] + legend["height"] <= r["y"]
            or legend["x"] >= r["x"] + r["width"]
            or legend["x"] + legend["width"] <= r["x"]
        )
        assert apart, f"the legend covers {control}"
    assert legend["y"] >= page.locator(".stage").bounding_box()["y"]
