"""GET /api/v1/summary: what the map says, under the rules of speech (docs/speech.md)."""

from datetime import date

import pytest

from tests.factories import box, make_actor, make_polygon, make_territory

pytestmark = pytest.mark.django_db


def summary(client, query):
    response = client.get(f"/api/v1/summary?{query}")
    assert response.status_code == 200, response.content
    return response.json()


@pytest.fixture
def held_and_present():
    islamic_state = make_actor("islamic-state", name="Islamic State")
    # Around Mosul (Iraq): held. In Nigeria: only insurgent presence. In Libya: held abroad.
    make_polygon(make_territory("core"), islamic_state, date(2016, 1, 1), None,
                 box(42.9, 36.2, 43.3, 36.5))  # fmt: skip
    make_polygon(make_territory("chad"), islamic_state, date(2016, 1, 1), None,
                 box(13.0, 12.0, 14.0, 13.0), status="presence")  # fmt: skip
    make_polygon(make_territory("sirte"), islamic_state, date(2016, 1, 1), date(2017, 1, 1),
                 box(16.5, 31.1, 16.7, 31.3))  # fmt: skip


def test_presence_is_reported_apart_and_never_added_to_held_ground(client, held_and_present):
    body = summary(client, "date=2016-06-01")
    facts = {(f["actor"], f["region"]): f for f in body["facts"]}
    core, abroad = facts["islamic-state", "syria-iraq"], facts["islamic-state", "abroad"]
    assert core["presence_km2"] == 0
    assert abroad["presence_km2"] > 10_000
    # Held abroad is Sirte's box only (~420 km²), not Sirte plus Lake Chad.
    assert 300 < abroad["held_km2"] < 600
    assert "Mosul" in core["places"] and "Sirte" in abroad["places"]
    assert "Islamic State holds about" in body["text"] and "in Iraq, around Mosul" in body["text"]
    assert "not counted as held ground" in body["text"]


def test_nothing_held_in_syria_or_iraq_is_said(client, held_and_present):
    make_polygon(make_territory("core"), make_actor("islamic-state"), date(2015, 1, 1),
                 date(2016, 1, 1), box(42.9, 36.2, 43.3, 36.5), status="presence")  # fmt: skip
    text = summary(client, "date=2015-06-01")["text"]
    assert text.startswith("On 1 June 2015: Islamic State holds no ground in Syria or Iraq.")


def test_bad_input_answers_400(client):
    for query, word in [
        ("", "date is required"),
        ("date=2019-02-30", "real calendar day"),
        ("date=2019-03-01&bbox=1,2,3", "bbox"),
        ("date=2019-03-01&area=5", "unknown parameter"),
    ]:
        response = client.get(f"/api/v1/summary?{query}")
        assert response.status_code == 400, query
        assert word in response.json()["error"]


def test_the_story_dates_read_as_a_journalist_would_paste_them(client, seeded):
    last_pocket = summary(client, "date=2019-03-01")["text"]
    assert "the last pocket at Baghouz, about 0.4 km²" in last_pocket
    gone = summary(client, "date=2019-03-24")["text"]
    assert "Islamic State holds no ground in Syria or Iraq" in gone
    mosul = summary(client, "date=2014-06-29")["text"]
    assert "around Mosul" in mosul
    # Never a town across the border: the SDF's areas are named by Syrian towns.
    sdf = [f for f in summary(client, "date=2016-08-12")["facts"] if f["actor"] == "sdf"][0]
    assert sdf["places"] and "Ceylanpinar" not in sdf["places"]


def test_held_ground_is_the_default_of_stats_and_diff(client, seeded):
    default = client.get("/api/v1/stats/area?actor=islamic-state").json()
    held = client.get(
        "/api/v1/stats/area?actor=islamic-state&status=controlled,contested,besieged"
    ).json()
    assert default == held
    query = "/api/v1/diff?from=2018-12-27&to=2019-01-20&actor=islamic-state"
    every_status = "&status=controlled,contested,besieged,presence,claimed"
    lost = {
        extra: sum(
            f["properties"]["area_km2"]
            for f in client.get(query + extra).json()["features"]
            if f["properties"]["change"] == "lost"
        )
        for extra in ("", "&status=controlled,contested,besieged", every_status)
    }
    # Lake Chad went from held ground to presence in January 2019: by default that is ground
    # lost; counting presence too would hide it.
    assert lost[""] == lost["&status=controlled,contested,besieged"] > lost[every_status] + 5000


def test_country_restricts_the_area_series(client, seeded):
    series = {
        r["date"]: r["area_km2"]
        for r in client.get("/api/v1/stats/area?actor=islamic-state&country=LY").json()
    }
    everywhere = {
        r["date"]: r["area_km2"]
        for r in client.get("/api/v1/stats/area?actor=islamic-state").json()
    }
    assert 0 < series["2016-08-11"] < 100 < everywhere["2016-08-11"]
    bad = client.get("/api/v1/stats/area?actor=islamic-state&country=Syria")
    assert bad.status_code == 400 and "ISO codes" in bad.json()["error"]


def test_a_snapshot_keeps_the_summary_it_was_published_with(client, held_and_present):
    from mapapp.snapshots.freeze import freeze
    from mapapp.snapshots.models import Snapshot

    snapshot = freeze(title="Mosul", day=date(2016, 6, 1))
    said = snapshot.said
    assert said.startswith("On 1 June 2016: Islamic State holds about")
    # Later the data change: the live summary follows, the published snapshot does not.
    make_polygon(make_territory("more"), make_actor("islamic-state"), date(2016, 5, 1), None,
                 box(40.0, 35.0, 41.0, 36.0))  # fmt: skip
    assert summary(client, "date=2016-06-01")["text"] != said
    assert Snapshot.objects.get(pk=snapshot.pk).said == said
    page = client.get(f"/s/{snapshot.pk}")
    assert page.status_code == 200
    assert said.replace("²", "&#178;") in page.content.decode() or said in page.content.decode()
