"""Actor lineage (issue 16): the YPG became the SDF on 10 October 2015. Asking for the SDF's
ground, its area over time or a summary told from its side includes the YPG's before that day;
the side picker lists the lineage once, under its latest name."""

from datetime import date

import pytest
from django.db import IntegrityError

from mapapp.models import lineage
from mapapp.views import sides_config
from tests.factories import box, make_actor, make_polygon, make_territory

pytestmark = pytest.mark.django_db
FOUNDED = date(2015, 10, 10)


@pytest.fixture
def ypg_then_sdf():
    make_actor("islamic-state", name="Islamic State")
    sdf = make_actor("sdf", name="Syrian Democratic Forces")
    ypg = make_actor("ypg", name="People's Protection Units (YPG)", successor=sdf,
                     succeeded_on=FOUNDED)  # fmt: skip
    # Kobani canton (YPG), then the SDF's larger north from its founding day.
    make_polygon(make_territory("kobani"), ypg, date(2015, 1, 26), FOUNDED,
                 box(38.1, 36.6, 38.6, 36.9))  # fmt: skip
    make_polygon(make_territory("north"), sdf, FOUNDED, None,
                 box(38.1, 36.4, 39.6, 36.9))  # fmt: skip
    return ypg, sdf


def test_lineage_runs_from_the_oldest_name_whichever_is_asked(ypg_then_sdf):
    assert lineage("sdf") == ["ypg", "sdf"]
    assert lineage("ypg") == ["ypg", "sdf"]
    assert lineage("islamic-state") == ["islamic-state"]


def test_a_successor_needs_the_day_it_took_over(ypg_then_sdf):
    ypg, _ = ypg_then_sdf
    ypg.succeeded_on = None
    with pytest.raises(IntegrityError):
        ypg.save()


def test_the_sdf_area_series_includes_the_ypg_before_its_founding(client, ypg_then_sdf):
    rows = client.get("/api/v1/stats/area?actor=sdf").json()
    by_day = {r["date"]: r["area_km2"] for r in rows}
    assert by_day["2015-01-26"] > 1000  # the YPG's canton, counted for the SDF
    assert by_day[FOUNDED.isoformat()] > by_day["2015-01-26"]


def test_a_summary_told_from_the_sdf_side_speaks_of_the_ypg_first_in_2015(client, ypg_then_sdf):
    make_polygon(make_territory("core"), make_actor("islamic-state"), date(2015, 1, 1), None,
                 box(39.0, 35.5, 40.0, 36.2))  # fmt: skip
    told = client.get("/api/v1/summary?date=2015-06-01&actor=sdf").json()["text"]
    assert told.startswith("On 1 June 2015: People's Protection Units (YPG) holds about")
    default = client.get("/api/v1/summary?date=2015-06-01").json()["text"]
    assert default.startswith("On 1 June 2015: Islamic State holds about")
    bad = client.get("/api/v1/summary?date=2015-06-01&actor=nobody")
    assert bad.status_code == 400 and "not a known actor" in bad.json()["error"]


def test_the_side_picker_lists_a_lineage_once_under_its_latest_name(ypg_then_sdf):
    sides = {side["slug"]: side["name"] for side in sides_config()}
    assert "ypg" not in sides
    assert sides["sdf"] == (
        "Syrian Democratic Forces (People's Protection Units (YPG) before 10 October 2015)"
    )
