"""Publishing from the map (POST /snapshots/publish) and from the command line."""

import json

import pytest
from django.contrib.auth.models import User
from django.core.management import CommandError, call_command

from mapapp.snapshots.models import Snapshot

PUBLISH = "/snapshots/publish"


def post(client, body):
    data = body if isinstance(body, str) else json.dumps(body)
    return client.post(PUBLISH, data, content_type="application/json")


def test_an_editor_publishes_the_state_of_the_map(client, editor, red_polygon):
    client.force_login(editor)
    response = post(
        client,
        {
            "title": "Raqqa, 2016",
            "caption": "As the article went to press.",
            "date": "2016-01-01",
            "view": {"zoom": 7, "lat": 35.95, "lon": 39.01},
            "bbox": [37.5, 35.0, 40.5, 37.0],
            "area": red_polygon.id,
            "compare": "2014-06-01",
        },
    )
    assert response.status_code == 201, response.content
    links = response.json()
    snapshot = Snapshot.objects.get(pk=links["id"])
    assert links["url"] == f"http://testserver/s/{snapshot.id}"
    assert links["embed_url"] == f"http://testserver/embed/{snapshot.id}"
    assert snapshot.created_by == editor
    assert (snapshot.zoom, snapshot.lat, snapshot.lon) == (7, 35.95, 39.01)
    assert snapshot.live_query() == (
        f"date=2016-01-01&view=7/35.95000/39.01000&area={red_polygon.id}&compare=2014-06-01"
    )
    assert len(snapshot.features["features"]) == 1


def test_the_side_the_editor_chose_tells_the_frozen_summary_and_the_live_link(
    client, editor, red_polygon
):
    client.force_login(editor)
    response = post(client, {"title": "T", "date": "2016-01-01", "side": "red-actor"})
    assert response.status_code == 201, response.content
    snapshot = Snapshot.objects.get()
    # Told from the red actor's side, its ground comes first (the story's side would say that
    # Islamic State holds nothing first).
    assert snapshot.features["summary"].startswith("On 1 January 2016: Red actor holds about")
    assert snapshot.live_query() == "date=2016-01-01&side=red-actor"
    page = client.get(f"/s/{snapshot.id}").content.decode()
    assert "?date=2016-01-01&amp;side=red-actor" in page
    assert "Red actor holds about" in page


def test_a_view_in_the_url_form_is_accepted(client, editor, red_polygon):
    client.force_login(editor)
    response = post(client, {"title": "T", "date": "2016-01-01", "view": "6/35.9/39.0"})
    assert response.status_code == 201
    assert Snapshot.objects.get().zoom == 6


def test_readers_cannot_publish(client, red_polygon):
    response = post(client, {"title": "T", "date": "2016-01-01"})
    assert response.status_code == 401
    assert "sign in" in response.json()["error"]
    client.force_login(User.objects.create_user("reader", password="pw-reader-1"))
    response = post(client, {"title": "T", "date": "2016-01-01"})
    assert response.status_code == 403
    assert "snapshots.add_snapshot" in response.json()["error"]
    assert not Snapshot.objects.exists()


def test_publishing_needs_post(client, editor):
    client.force_login(editor)
    response = client.get(PUBLISH)
    assert response.status_code == 405
    assert response["Allow"] == "POST"


BAD_BODIES = [
    ("{not json", "not JSON"),
    ("[1, 2]", "JSON object"),
    ({"date": "2016-01-01"}, "title is required"),
    ({"title": "  ", "date": "2016-01-01"}, "title is required"),
    ({"title": "x" * 201, "date": "2016-01-01"}, "title must be at most 200"),
    ({"title": 5, "date": "2016-01-01"}, "title must be a text"),
    ({"title": "T"}, "date is required"),
    ({"title": "T", "date": "2019-02-30"}, "real calendar day"),
    ({"title": "T", "date": "yesterday"}, "date must be a date in the form YYYY-MM-DD"),
    ({"title": "T", "date": "2016-01-01", "compare": "2016-01-01"}, "different day"),
    ({"title": "T", "date": "2016-01-01", "compare": 2015}, "compare must be a date"),
    ({"title": "T", "date": "2016-01-01", "bbox": "1,2,3"}, "bbox must be four numbers"),
    ({"title": "T", "date": "2016-01-01", "bbox": [40, 37, 38, 35]}, "bbox south"),
    ({"title": "T", "date": "2016-01-01", "bbox": {"w": 1}}, "bbox must be west,south"),
    ({"title": "T", "date": "2016-01-01", "view": "7/35"}, "view must be zoom/lat/lon"),
    ({"title": "T", "date": "2016-01-01", "view": "99/35/40"}, "view zoom must be a whole number"),
    ({"title": "T", "date": "2016-01-01", "view": "7/95/40"}, "view lat must be a number"),
    ({"title": "T", "date": "2016-01-01", "view": "7/35/nan"}, "view lon must be a number"),
    ({"title": "T", "date": "2016-01-01", "area": "12a"}, "area must be the id"),
    ({"title": "T", "date": "2016-01-01", "area": "9" * 30}, "too large"),
    ({"title": "T", "date": "2016-01-01", "colour": "red"}, "unknown field 'colour'"),
    ({"title": "T", "date": "2016-01-01", "side": "nobody"}, "side: actor 'nobody' is not a known"),
    ({"title": "T", "date": "2016-01-01", "side": 5}, "side must be an actor's slug"),
]


@pytest.mark.parametrize(("body", "message"), BAD_BODIES)
def test_a_bad_request_is_refused_with_a_reason_and_saves_nothing(client, editor, body, message):
    client.force_login(editor)
    response = post(client, body)
    assert response.status_code == 400
    assert message in response.json()["error"]
    assert not Snapshot.objects.exists()


def test_the_command_prints_the_snapshot_address(red_polygon, capsys, settings):
    settings.SITE_URL = "https://map.example.org/"
    call_command(
        "create_snapshot", "--date", "2016-01-01", "--title", "Raqqa", "--bbox", "37,35,41,37"
    )
    snapshot = Snapshot.objects.get()
    assert capsys.readouterr().out.strip() == f"https://map.example.org/s/{snapshot.id}"
    assert snapshot.bbox == [37.0, 35.0, 41.0, 37.0]
    assert len(snapshot.features["features"]) == 1


def test_the_command_refuses_a_bad_date(db):
    with pytest.raises(CommandError, match="No snapshot made: date must be a real calendar day"):
        call_command("create_snapshot", "--date", "2019-02-30", "--title", "Nope")
    assert not Snapshot.objects.exists()


def test_render_snapshot_writes_the_print_image(snapshot, tmp_path, capsys):
    target = tmp_path / "print.png"
    call_command("render_snapshot", snapshot.id, "--output", str(target))
    assert target.read_bytes().startswith(b"\x89PNG\r\n\x1a\n")
    assert "2400x1600 PNG" in capsys.readouterr().out


def test_render_snapshot_refuses_an_unknown_id(db):
    with pytest.raises(CommandError, match="No snapshot with id 'nope'"):
        call_command("render_snapshot", "nope")
