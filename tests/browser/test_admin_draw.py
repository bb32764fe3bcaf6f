"""The editor's desk in real Chromium: draw a polygon on the admin map, save, publish, see it."""

from datetime import date
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.contrib.gis.geos import MultiPolygon, Polygon

from mapapp.models import DatedPolygon, State
from tests.chromium import close_and_settle
from tests.factories import box, make_actor, make_polygon, make_source, make_territory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

IMPORT_FILES = Path(__file__).resolve().parents[1] / "data" / "import"


@pytest.fixture
def desk():
    actor = make_actor("islamic-state", name="Islamic State", color="#1a1a1a")
    neighbour = make_territory("neighbour", name="Neighbour")
    make_polygon(neighbour, actor, date(2015, 1, 1), geometry=box(36.0, 33.0, 37.0, 34.0))
    user = get_user_model().objects.create_user("rafa", password="reviewer-pw", is_staff=True)
    user.groups.add(Group.objects.get(name="Reviewers"))
    return {
        "actor": actor,
        "territory": make_territory("raqqa", name="Raqqa"),
        "source": make_source(),
    }


def sign_in(page, base):
    page.goto(base + "/admin/login/")
    page.fill("#id_username", "rafa")
    page.fill("#id_password", "reviewer-pw")
    page.click("input[type=submit]")
    page.wait_for_url(base + "/admin/")


def choose(page, select_id, value, label):
    # Territory and sources use the admin's autocomplete (select2); set the real <select>.
    page.evaluate(
        """([id, value, label]) => {
            const select = document.getElementById(id);
            select.append(new Option(label, value, true, true));
            select.dispatchEvent(new Event("change", {bubbles: true}));
        }""",
        [select_id, str(value), label],
    )


def draw_square(page, where=(0.5, 0.5)):
    """Draw a 120-pixel square centred at `where` (fractions of the map's width and height)."""
    page.locator("#id_geometry-map").scroll_into_view_if_needed()
    page.click(".leaflet-draw-draw-polygon")
    box_ = page.locator("#id_geometry-map").bounding_box()
    cx, cy = box_["x"] + box_["width"] * where[0], box_["y"] + box_["height"] * where[1]
    # Leaflet.draw follows the pointer: move there, then press, like a hand on a mouse.
    for dx, dy in ((-60, -60), (60, -60), (60, 60), (-60, 60), (-60, -60)):
        page.mouse.move(cx + dx, cy + dy, steps=5)
        page.mouse.down()
        page.mouse.up()
        page.wait_for_timeout(100)


def test_draw_save_publish_and_see_it_on_the_public_map(browser, page, live_server, desk):
    base = live_server.url
    sign_in(page, base)
    page.goto(base + "/admin/mapapp/datedpolygon/add/")
    page.fill("#id_valid_from", "2015-06-01")
    page.dispatch_event("#id_valid_from", "change")
    # The neighbouring version valid that day is drawn for context, on the offline basemap.
    page.wait_for_selector(".editor-neighbours-status:has-text('1 other version(s)')")
    choose(page, "id_territory", desk["territory"].pk, "Raqqa")
    page.select_option("#id_actor", str(desk["actor"].pk))
    page.select_option("#id_status", "controlled")
    page.select_option("#id_confidence", "assessed")
    choose(page, "id_sources", desk["source"].pk, str(desk["source"]))
    draw_square(page)
    assert '"MultiPolygon"' in page.input_value("#id_geometry")
    page.click("input[name=_save]")
    page.wait_for_url(base + "/admin/mapapp/datedpolygon/")
    drawn = DatedPolygon.objects.get(territory=desk["territory"])
    assert drawn.state == State.DRAFT and drawn.geometry.geom_type == "MultiPolygon"

    # Not on the public map while it is a draft; published by the list action, it is.
    assert public_count(browser, base) == 1
    page.goto(base + "/admin/mapapp/datedpolygon/")
    page.check(f"input[name=_selected_action][value='{drawn.pk}']")
    page.select_option("select[name=action]", "publish")
    page.click("button[name=index]")
    page.wait_for_selector(".messagelist :text('Published 1 version(s).')")
    assert public_count(browser, base) == 2
    assert page.console_errors == []
    assert page.foreign_requests == []


def public_count(browser, base):
    """What an anonymous reader sees on 2015-06-01 (a fresh browser: no session, no cache)."""
    context = browser.new_context()
    reader = context.new_page()
    reader.goto(base + "/?date=2015-06-01")
    reader.wait_for_function("() => document.body.dataset.shownDate === '2015-06-01'")
    count = int(reader.evaluate("document.body.dataset.featureCount"))
    close_and_settle(context)
    return count


def test_a_multipolygon_with_a_hole_survives_an_edit_in_the_widget(page, live_server, desk):
    outer = ((40.0, 34.0), (41.0, 34.0), (41.0, 35.0), (40.0, 35.0), (40.0, 34.0))
    hole = ((40.4, 34.4), (40.6, 34.4), (40.6, 34.6), (40.4, 34.6), (40.4, 34.4))
    shape = MultiPolygon(Polygon(outer, hole), box(41.5, 34.0, 42.0, 34.5)[0], srid=4326)
    version = make_polygon(
        desk["territory"], desk["actor"], date(2015, 6, 1), geometry=shape, state=State.DRAFT
    )
    sign_in(page, live_server.url)
    page.goto(f"{live_server.url}/admin/mapapp/datedpolygon/{version.pk}/change/")
    page.wait_for_selector(".editor-neighbours-status:has-text('1 other version(s)')")
    # Zoomed out, the stored parts sit in the middle; a third part goes in the corner.
    page.locator("#id_geometry-map").scroll_into_view_if_needed()
    for _ in range(2):
        page.click("#id_geometry-map .leaflet-control-zoom-out")
        page.wait_for_timeout(400)
    draw_square(page, (0.15, 0.75))
    page.click("input[name=_save]")
    page.wait_for_load_state()
    assert page.locator(".errorlist").all_inner_texts() == []
    page.wait_for_url(live_server.url + "/admin/mapapp/datedpolygon/")
    saved = DatedPolygon.objects.get(pk=version.pk).geometry
    assert saved.geom_type == "MultiPolygon" and len(saved) == 3
    assert saved[0].equals(shape[0]) and len(saved[0]) == 2, "the hole is kept"
    assert saved[1].equals(shape[1])
    assert page.console_errors == []


def test_import_preview_shows_a_map_and_a_table_then_confirms(page, live_server, desk):
    sign_in(page, live_server.url)
    page.goto(live_server.url + "/admin/mapapp/datedpolygon/import/")
    page.set_input_files("#id_file", str(IMPORT_FILES / "good.gpkg"))
    page.click("input[type=submit]")
    page.wait_for_selector("#import-preview-map path.leaflet-interactive")
    assert page.locator("#import-preview-map path.leaflet-interactive").count() == 2
    assert page.locator("#import-plan tbody tr").count() == 2
    assert DatedPolygon.objects.filter(territory__slug="test-core").count() == 0
    page.click("input[name=confirm]")
    page.wait_for_selector(".messagelist :text('2 created, 0 updated, 0 unchanged')")
    assert DatedPolygon.objects.filter(territory__slug="test-core").count() == 2
    assert page.console_errors == [] and page.foreign_requests == []


def test_the_event_map_draws_the_offline_basemap_without_errors(page, live_server, desk):
    sign_in(page, live_server.url)
    page.goto(live_server.url + "/admin/mapapp/event/add/")
    # Countries, lakes and rivers: paths in the basemap pane, and no tile ever requested.
    page.wait_for_selector(".leaflet-editorBasemap-pane path", state="attached")
    page.wait_for_load_state("networkidle")
    assert page.console_errors == [] and page.foreign_requests == []
