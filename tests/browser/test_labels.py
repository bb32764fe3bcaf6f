"""Place labels that can be read: none overlaps another, none sits under the legend or the
controls, one name per place, cities and not their districts (issue 15)."""

import pytest

from tests.browser.helpers import wait_for_map
from tests.browser.story import build_story
from tests.chromium import close_and_settle

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

DESKTOP = {"viewport": {"width": 1440, "height": 900}}
PHONE = {"viewport": {"width": 375, "height": 812}, "is_mobile": True, "has_touch": True}

# Every label's box, and every box drawn over the map that a label must stay out of.
BOXES = """
() => {
  const rect = (el) => el.getBoundingClientRect();
  const box = (el) => { const r = rect(el); return [r.left, r.top, r.right, r.bottom]; };
  const shown = (el) => rect(el).width > 0 && rect(el).height > 0;
  const all = (selector) => [...document.querySelectorAll(selector)];
  return {
    labels: all('.place-label').map((el) => [el.textContent, ...box(el)]),
    covers: all('.legend, .leaflet-control, #side').filter(shown).map(box),
  };
}
"""


def overlap(a, b):
    return a[0] < b[2] and b[0] < a[2] and a[1] < b[3] and b[1] < a[3]


def overlaps_at(page, base, view):
    page.goto(f"{base}/?date=2016-01-01&view={view}")
    wait_for_map(page, "2016-01-01")
    page.wait_for_function("() => document.body.dataset.placeLabels !== undefined")
    page.wait_for_timeout(300)  # the legend folds and the labels redraw after the first paint
    boxes = page.evaluate(BOXES)
    labels = boxes["labels"]
    pairs = [
        (a[0], b[0]) for i, a in enumerate(labels) for b in labels[i + 1 :] if overlap(a[1:], b[1:])
    ]
    covered = [a[0] for a in labels for c in boxes["covers"] if overlap(a[1:], c)]
    return [a[0] for a in labels], pairs, covered


@pytest.fixture
def story():
    return build_story()


@pytest.mark.parametrize("device", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_no_label_overlaps_another_or_the_legend_at_any_zoom(browser, live_server, story, device):
    context = browser.new_context(**device)
    page = context.new_page()
    try:
        for view in ("5/34.8/40.5", "6/34.8/40.5", "7/34.8/40.5", "9/36.3/43.1", "9/34.45/40.95"):
            names, pairs, covered = overlaps_at(page, live_server.url, view)
            assert names, f"no labels at {view}"
            assert pairs == [], f"overlapping labels at {view}: {pairs}"
            assert covered == [], f"labels under the legend or controls at {view}: {covered}"
    finally:
        close_and_settle(context)


def test_baghdad_is_readable_at_zoom_six_and_each_place_is_named_once(browser, live_server, story):
    context = browser.new_context(**DESKTOP)
    page = context.new_page()
    try:
        names, pairs, _ = overlaps_at(page, live_server.url, "6/34.0/42.0")
        assert "Baghdad" in names
        names, _, _ = overlaps_at(page, live_server.url, "9/34.4/41.0")
        qaim = [n for n in names if "qa" in n.lower() and "im" in n.lower()]
        assert qaim == ["Al-Qa'im"], names
    finally:
        close_and_settle(context)


def test_istanbul_is_one_city_not_its_districts(browser, live_server, story):
    context = browser.new_context(**DESKTOP)
    page = context.new_page()
    try:
        names, _, _ = overlaps_at(page, live_server.url, "8/41.0/29.0")
        assert "Istanbul" in names
        assert not {"Esenyurt", "Üsküdar", "Küçükçekmece", "Esenler", "Umraniye"} & set(names)
    finally:
        close_and_settle(context)
