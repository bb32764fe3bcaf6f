"""Snapshots in real Chromium: framed by another site, refused elsewhere, published from the map."""

import threading
from datetime import date
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

import pytest
from django.contrib.auth.models import Permission, User

from mapapp.snapshots.freeze import freeze
from mapapp.snapshots.models import Snapshot
from tests.factories import box, make_actor, make_polygon, make_territory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

ARTICLE = """<!doctype html><html><head><title>An article</title>
<link rel="icon" href="data:,"></head><body>
<h1>An article on another site</h1>
<script>
  window.heights = [];
  addEventListener("message", (e) => window.heights.push({origin: e.origin, data: e.data}));
</script>
{frames}
</body></html>"""


@pytest.fixture
def snapshot():
    make_polygon(
        territory=make_territory("raqqa", name="Raqqa"),
        actor=make_actor("red-actor", name="Red actor", color="#ff0000"),
        geometry=box(38.0, 35.5, 40.0, 36.5),
        valid_from=date(2014, 6, 29),
    )
    return freeze(title="Raqqa under IS", day=date(2016, 1, 1))


class QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture
def article_site(tmp_path):
    """A second web server on another origin (127.0.0.1 vs the live server's localhost)."""

    def publish(name, frames):
        (tmp_path / name).write_text(ARTICLE.replace("{frames}", frames))
        return f"{base}/{name}"

    handler = partial(QuietHandler, directory=str(tmp_path))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield publish
    server.shutdown()
    server.server_close()


def test_the_embed_renders_inside_another_sites_iframe(page, live_server, snapshot, article_site):
    embed_url = f"{live_server.url}/embed/{snapshot.id}"
    url = article_site(
        "article.html", f'<iframe src="{embed_url}" width="600" height="300"></iframe>'
    )
    page.goto(url)
    frame = page.frame(url=embed_url)
    assert frame is not None
    frame.wait_for_selector("body[data-rendered='true']")
    assert frame.evaluate("document.body.dataset.featureCount") == "1"
    assert frame.locator("h1").inner_text() == "Raqqa under IS"
    assert frame.locator(".leaflet-overlay-pane canvas").count() >= 1
    # It told the article its height, from our origin, so a listener can size the iframe.
    page.wait_for_function("() => window.heights.length > 0")
    message = page.evaluate("window.heights[0]")
    assert message["origin"] == live_server.url
    assert message["data"]["type"] == "territorial-map:height"
    assert message["data"]["id"] == snapshot.id
    assert message["data"]["height"] > 300
    assert page.console_errors == []
    assert [u for u in page.foreign_requests if not u.startswith("http://127.0.0.1")] == []


def test_the_embed_code_resizes_its_iframe(page, live_server, snapshot, article_site):
    page.goto(f"{live_server.url}/s/{snapshot.id}")
    page.click("#embed-open")
    code = page.input_value("#embed-code")
    assert "<noscript><img" in code and 'title="Map: Raqqa under IS' in code
    page.goto(article_site("pasted.html", code))
    frame = page.frame_locator("iframe[data-territorial-map]")
    frame.locator("body[data-rendered='true']").wait_for()
    page.wait_for_function(
        "() => document.querySelector('iframe[data-territorial-map]').style.height.endsWith('px')"
    )


def test_other_pages_refuse_to_be_framed_by_another_site(page, live_server, snapshot, article_site):
    paths = ["/", f"/s/{snapshot.id}", "/admin/login/"]
    frames = "".join(f'<iframe src="{live_server.url}{p}"></iframe>' for p in paths)
    frames += f'<iframe src="{live_server.url}/embed/{snapshot.id}"></iframe>'
    page.goto(article_site("framing.html", frames))
    page.wait_for_load_state("load")
    page.wait_for_timeout(500)
    children = page.main_frame.child_frames
    assert len(children) == 4
    # Chromium replaces a refused frame's document with its own error page.
    refused = [f for f in children[:3] if f.url.startswith("chrome-error://")]
    assert len(refused) == 3, [f.url for f in children]
    assert children[3].url == f"{live_server.url}/embed/{snapshot.id}"


def test_the_live_embed_is_marked_live(page, live_server, snapshot, article_site):
    embed_url = f"{live_server.url}/embed/live?date=2016-01-01"
    page.goto(
        article_site("live.html", f'<iframe src="{embed_url}" width="500" height="500"></iframe>')
    )
    frame = page.frame(url=embed_url)
    frame.wait_for_selector("body[data-rendered='true']")
    assert "LIVE" in frame.locator(".live-badge").inner_text()
    assert frame.evaluate("document.body.dataset.featureCount") == "1"


def sign_in(page, live_server, username, password):
    page.goto(f"{live_server.url}/admin/login/")
    page.fill("#id_username", username)
    page.fill("#id_password", password)
    page.click("input[type=submit]")
    page.wait_for_url(f"{live_server.url}/admin/")
    # The admin's pages ask for /favicon.ico, which the project does not serve; not ours to judge.
    page.console_errors.clear()


def test_an_editor_publishes_what_the_map_shows(page, live_server, snapshot):
    editor = User.objects.create_user("desk", password="pw-desk-123", is_staff=True)
    editor.user_permissions.add(Permission.objects.get(codename="add_snapshot"))
    sign_in(page, live_server, "desk", "pw-desk-123")
    page.goto(f"{live_server.url}/?date=2016-01-01")
    page.wait_for_function("() => document.body.dataset.shownDate === '2016-01-01'")
    # The map announces its state (docs/url-state.md); the button freezes exactly that.
    page.evaluate(
        """document.dispatchEvent(new CustomEvent("mapstate", {detail: {
            date: "2016-01-01", view: {zoom: 7, lat: 36.0, lon: 399.0},
            bbox: [37.5, 35.0, 40.5, 37.0], area: null, compare: "2014-06-01"}}))"""
    )
    # The button sits among the map's own controls, whatever the page's layout.
    page.wait_for_selector(".leaflet-top.leaflet-left #snapshot-publish-open")
    page.click("#snapshot-publish-open")
    page.fill("#snapshot-title", "Raqqa as the article went to press")
    page.fill("#snapshot-caption", "Frozen for the article.")
    page.click("#snapshot-publish-submit")
    link = page.wait_for_selector("#snapshot-published-link")
    published = Snapshot.objects.exclude(pk=snapshot.pk).get()
    assert link.get_attribute("href").endswith(f"/s/{published.id}")
    assert published.bbox == [37.5, 35.0, 40.5, 37.0]
    assert (published.zoom, published.compare) == (7, date(2014, 6, 1))
    assert published.lon == 39.0  # Leaflet's 399° east, panned once round the world
    link.click()
    page.wait_for_selector("h1:has-text('Raqqa as the article went to press')")
    assert page.console_errors == []


def test_readers_see_no_publish_button(page, live_server, snapshot):
    page.goto(f"{live_server.url}/?date=2016-01-01")
    page.wait_for_function("() => document.body.dataset.shownDate === '2016-01-01'")
    assert page.locator("#snapshot-publish-open").count() == 0


def test_the_embed_fits_a_phone_wide_column(page, live_server, snapshot, article_site):
    embed_url = f"{live_server.url}/embed/{snapshot.id}"
    frames = f'<iframe src="{embed_url}" style="width:320px;height:200px;border:0"></iframe>'
    page.goto(article_site("phone.html", frames))
    frame = page.frame(url=embed_url)
    frame.wait_for_selector("body[data-rendered='true']")
    assert frame.evaluate("document.documentElement.scrollWidth") <= 320
    assert frame.evaluate("document.getElementById('embed-map').clientWidth") == 320
    page.wait_for_function("() => window.heights.length > 0")
    height = page.evaluate("window.heights[window.heights.length - 1].data.height")
    assert 213 + 60 < height < 600  # a 3:2 map of 320 px plus its title and legend


def test_without_a_mapstate_event_the_button_reads_the_address(page, live_server, snapshot):
    editor = User.objects.create_user("desk2", password="pw-desk-456", is_staff=True)
    editor.user_permissions.add(Permission.objects.get(codename="add_snapshot"))
    sign_in(page, live_server, "desk2", "pw-desk-456")
    page.goto(f"{live_server.url}/?date=2016-01-01&view=8/36.1/39.2&side=red-actor")
    page.wait_for_function("() => document.body.dataset.shownDate === '2016-01-01'")
    page.click("#snapshot-publish-open")
    assert "told from the side of Red actor" in page.inner_text("#snapshot-publish-state")
    page.fill("#snapshot-title", "From the address")
    page.click("#snapshot-publish-submit")
    page.wait_for_selector("#snapshot-published-link")
    published = Snapshot.objects.get(title="From the address")
    assert (published.date, published.zoom, published.lat, published.lon) == (
        date(2016, 1, 1),
        8,
        36.1,
        39.2,
    )
    assert published.side == "red-actor"


def test_a_double_click_on_publish_makes_one_snapshot(page, live_server, snapshot):
    editor = User.objects.create_user("desk3", password="pw-desk-789", is_staff=True)
    editor.user_permissions.add(Permission.objects.get(codename="add_snapshot"))
    sign_in(page, live_server, "desk3", "pw-desk-789")
    page.goto(f"{live_server.url}/?date=2016-01-01")
    page.wait_for_function("() => document.body.dataset.shownDate === '2016-01-01'")
    page.click("#snapshot-publish-open")
    page.fill("#snapshot-title", "Clicked twice")
    answers = []
    page.on("response", lambda r: "/snapshots/publish" in r.url and answers.append(r.status))
    # Two clicks before the first answer arrives, as an impatient double click sends them.
    page.evaluate(
        """() => { const b = document.getElementById("snapshot-publish-submit");
                   b.click(); b.click(); }"""
    )
    page.wait_for_selector("#snapshot-published-link")
    page.wait_for_function(
        "() => document.querySelectorAll('#snapshot-published-link').length === 1"
    )
    page.wait_for_timeout(500)
    # The second answer waits for the first's transaction: on a busy machine that takes longer.
    for _ in range(100):
        if len(answers) >= 2:
            break
        page.wait_for_timeout(100)
    assert sorted(answers) == [200, 201]
    assert Snapshot.objects.filter(title="Clicked twice").count() == 1
