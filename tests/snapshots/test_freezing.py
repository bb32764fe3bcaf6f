"""A snapshot keeps showing what it showed, whatever editors change afterwards."""

import json
from datetime import date

from django.core.cache import cache

from mapapp.models import Actor
from mapapp.snapshots.freeze import freeze, zoom_for
from tests.factories import box, make_actor, make_polygon, make_territory


def embed_config(client, snapshot):
    html = client.get(f"/embed/{snapshot.id}").content.decode()
    start = html.index('<script id="embed-config" type="application/json">')
    body = html[start:].split(">", 1)[1].split("</script>", 1)[0]
    return json.loads(body)


def test_it_freezes_the_polygons_shown_on_its_date(snapshot, red_polygon):
    features = snapshot.features["features"]
    assert [f["properties"]["territory"] for f in features] == ["Raqqa"]
    assert snapshot.legend == [{"slug": "red-actor", "name": "Red actor", "color": "#ff0000"}]
    assert [s["title"] for s in snapshot.sources] == ["Raqqa falls"]


def test_an_edit_to_its_polygons_changes_neither_embed_nor_page_nor_image(client, snapshot):
    before_embed = embed_config(client, snapshot)
    before_page = client.get(f"/s/{snapshot.id}").content
    before_png = client.get(f"/s/{snapshot.id}/social.png").content

    polygon = Actor.objects.get(slug="red-actor").polygons.get()
    polygon.geometry = box(44.0, 33.0, 45.0, 34.0)
    polygon.status = "contested"
    polygon.valid_to = date(2015, 1, 1)
    polygon.save()
    polygon.sources.all().update(title="Corrected title")
    Actor.objects.filter(slug="red-actor").update(name="Renamed", color="#00ff00")
    cache.clear()  # nothing may survive only because it was cached

    after_embed = embed_config(client, snapshot)
    assert after_embed["features"] == before_embed["features"]
    assert after_embed["legend"] == before_embed["legend"]
    assert client.get(f"/s/{snapshot.id}").content == before_page
    assert client.get(f"/s/{snapshot.id}/social.png").content == before_png
    # The live API, in contrast, shows the correction.
    live = client.get("/api/v1/control?date=2016-01-01").json()
    assert live["features"] == []


def test_it_leaves_out_drafts_and_other_dates(red_polygon):
    make_polygon(territory=make_territory("draft-area"), state="draft")
    make_polygon(territory=make_territory("later"), valid_from=date(2018, 1, 1))
    snapshot = freeze(title="Only what readers saw", day=date(2016, 1, 1))
    assert [f["properties"]["territory"] for f in snapshot.features["features"]] == ["Raqqa"]


def test_a_comparison_freezes_the_ground_gained_and_lost(red_polygon):
    actor = make_actor("red-actor")
    make_polygon(
        territory=make_territory("mosul", name="Mosul"),
        actor=actor,
        geometry=box(42.5, 36.0, 43.5, 36.6),
        valid_from=date(2014, 6, 10),
        valid_to=date(2014, 7, 1),
    )
    snapshot = freeze(title="Summer 2014", day=date(2014, 7, 2), compare=date(2014, 6, 20))
    changes = {
        (f["properties"]["change"], round(f["properties"]["area_km2"], -2))
        for f in snapshot.diff["features"]
    }
    gained = [c for c in changes if c[0] == "gained"]
    lost = [c for c in changes if c[0] == "lost"]
    # Raqqa (about 2 x 1 degrees) came in on 2014-06-29, the Mosul box went out on 2014-07-01.
    assert len(gained) == 1 and 19000 < gained[0][1] < 21000
    assert len(lost) == 1 and 5000 < lost[0][1] < 7000


def test_wide_snapshots_freeze_the_generalised_geometry_the_map_shows_at_that_zoom():
    assert zoom_for(None, None) == 0  # the whole region: generalised
    assert zoom_for(None, (35.5, 31.0, 48.5, 38.0)) == 6  # Syria and Iraq: generalised
    assert zoom_for(None, (40.5, 34.2, 41.2, 34.7)) == 10  # Baghouz: full detail
    assert zoom_for((12, 34.4, 40.9), (35.5, 31.0, 48.5, 38.0)) == 12  # the editor's view wins
