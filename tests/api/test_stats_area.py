"""GET /api/v1/stats/area: an actor's ground on every change date, in geodesic km²."""

from datetime import date

import pytest

from tests.factories import box, make_actor, make_polygon, make_territory

pytestmark = pytest.mark.django_db

# A 1° x 1° box at 34-35°N: about 111.3 km x 91.9 km on the spheroid.
ONE_DEGREE_AT_34N_KM2 = 10_226


@pytest.fixture
def shrinking_ground():
    islamic_state = make_actor("islamic-state", name="Islamic State")
    make_actor("sdf", name="SDF")
    core = make_territory("is-core")
    make_polygon(core, islamic_state, date(2014, 6, 10), date(2016, 1, 1), box(40, 34, 42, 35))
    make_polygon(core, islamic_state, date(2016, 1, 1), date(2017, 1, 1), box(40, 34, 41, 35))
    # A contested pocket inside the core from 2015: overlapping ground must be counted once.
    make_polygon(
        make_territory("pocket"),
        islamic_state,
        date(2015, 1, 1),
        date(2016, 1, 1),
        box(40.2, 34.2, 40.4, 34.4),
        status="contested",
    )


def rows(client, query):
    response = client.get(f"/api/v1/stats/area?{query}")
    assert response.status_code == 200, response.content
    return {row["date"]: row["area_km2"] for row in response.json()}


def test_it_gives_one_row_per_change_date_with_the_actors_area(client, shrinking_ground):
    series = rows(client, "actor=islamic-state")
    assert list(series) == ["2014-06-10", "2015-01-01", "2016-01-01", "2017-01-01"]
    assert series["2014-06-10"] == pytest.approx(2 * ONE_DEGREE_AT_34N_KM2, rel=0.01)
    # The pocket lies inside the core: the area does not grow when it appears.
    assert series["2015-01-01"] == pytest.approx(series["2014-06-10"], rel=1e-6)
    assert series["2016-01-01"] == pytest.approx(ONE_DEGREE_AT_34N_KM2, rel=0.01)
    assert series["2017-01-01"] == 0


def test_status_narrows_the_series_to_ground_of_that_status(client, shrinking_ground):
    series = rows(client, "actor=islamic-state&status=contested")
    assert series["2014-06-10"] == 0
    assert series["2015-01-01"] == pytest.approx(0.2 * 0.2 * ONE_DEGREE_AT_34N_KM2, rel=0.02)
    assert series["2016-01-01"] == 0


def test_several_statuses_can_be_counted_together(client, shrinking_ground):
    both = rows(client, "actor=islamic-state&status=controlled,contested")
    assert both == rows(client, "actor=islamic-state")
    assert rows(client, "actor=islamic-state&status=presence,claimed")["2014-06-10"] == 0


def test_an_actor_that_never_held_ground_gets_zeros_on_every_date(client, shrinking_ground):
    assert set(rows(client, "actor=sdf").values()) == {0}


def test_drafts_are_not_counted(client, shrinking_ground):
    make_polygon(
        make_territory("draft"),
        make_actor("islamic-state"),
        date(2018, 1, 1),
        None,
        box(30, 30, 31, 31),
        state="draft",
    )
    assert "2018-01-01" not in rows(client, "actor=islamic-state")


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("", ["actor is required", "islamic-state"]),
        ("actor=daesh", ["actor", "daesh", "known:", "islamic-state"]),
        ("actor=islamic-state&status=held", ["status", "controlled", "held"]),
        ("actor=islamic-state&status=controlled,", ["status", "commas", "controlled,"]),
        ("actor=islamic-state&actor=sdf", ["actor", "once"]),
        ("actor=islamic-state&date=2015-01-01", ["unknown parameter", "date"]),
    ],
)
def test_bad_parameters_answer_400_naming_them(client, shrinking_ground, query, expected):
    response = client.get(f"/api/v1/stats/area?{query}")
    assert response.status_code == 400
    message = response.json()["error"]
    for fragment in expected:
        assert fragment in message
