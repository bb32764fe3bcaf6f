"""Reading the map on a 375×812 phone (issue 15): a compact header, the chosen area kept in
view above the sheet, and the comparison's figures at the top of their section."""

import pytest

from mapapp.style import rgb, spec
from tests.browser.helpers import wait_for_map
from tests.browser.story import build_story

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# The selected outline's colour, from the one style spec.
R, G, B = rgb(spec()["selected"]["color"])[:3]
# Pixels of the selected outline on the map's canvas above the sheet's top edge.
SELECTED_ABOVE_SHEET = """
() => {
  const [R, G, B] = [R, G, B];
  const canvas = document.querySelector('.leaflet-overlay-pane canvas');
  const rect = canvas.getBoundingClientRect();
  const sheetTop = document.getElementById('side').getBoundingClientRect().top;
  const mapTop = document.getElementById('map').getBoundingClientRect().top;
  const scale = canvas.width / rect.width;
  const top = Math.max(0, Math.round((mapTop - rect.top) * scale));
  const bottom = Math.min(canvas.height, Math.round((sheetTop - rect.top) * scale));
  if (bottom <= top) return 0;
  const data = canvas.getContext('2d').getImageData(0, top, canvas.width, bottom - top).data;
  let count = 0;
  for (let i = 0; i < data.length; i += 4) {
    const [r, g, b] = [data[i], data[i + 1], data[i + 2]];
    if (Math.abs(r - R) < 40 && Math.abs(g - G) < 40 && Math.abs(b - B) < 40) count++;
  }
  return count;
}
""".replace("= [R, G, B];", f"= [{R}, {G}, {B}];")


@pytest.fixture
def story():
    return build_story()


def test_the_header_is_compact(phone, live_server, story):
    phone.goto(live_server.url + "/?date=2016-01-01")
    wait_for_map(phone, "2016-01-01")
    assert phone.locator("header.bar").bounding_box()["height"] <= 120
    for control in ("#prev-change", "#play", "#next-change", "#date-slider", "#date-input"):
        assert phone.locator(control).is_visible(), control


def test_the_chosen_area_stays_in_view_above_the_sheet(phone, live_server, story):
    # The IS core box sits low on the map at this view: the open sheet would cover it.
    phone.goto(live_server.url + "/?date=2016-01-01&view=6/36.0/40.5")
    wait_for_map(phone, "2016-01-01")
    box = phone.locator("#map").bounding_box()
    phone.touchscreen.tap(box["x"] + box["width"] / 2, box["y"] + box["height"] * 0.65)
    phone.locator("#area-panel").wait_for()
    assert phone.locator("#area-title").inner_text() == "IS core, Syria–Iraq"
    phone.wait_for_function(
        "() => document.getElementById('side').getBoundingClientRect().height > 300"
    )
    phone.wait_for_function(f"() => ({SELECTED_ABOVE_SHEET})() > 50")


def test_comparison_figures_come_first_in_their_section(phone, live_server, story):
    phone.goto(live_server.url + "/?date=2016-01-01&compare=2014-06-01")
    wait_for_map(phone, "2016-01-01")
    phone.locator("#sheet-toggle").tap()
    phone.wait_for_function("() => document.getElementById('compare-results').children.length > 0")
    # Measured together: the sheet is still sliding open.
    tops = phone.evaluate(
        "['compare-title', 'compare-results', 'compare-input']"
        ".map((id) => document.getElementById(id).getBoundingClientRect().top)"
    )
    title, results, picker = tops
    assert results < picker
    assert results - title < 60
