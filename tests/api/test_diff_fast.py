"""/api/v1/diff on a large archive: the fast answer on the generalised geometry, exact on request.

On the seed the fast answer agrees with the exact one, for every actor and change a year apart,
within 3% of the exact area or 150 km², whichever is larger: the generalised outlines (~1 km)
of neighbouring versions differ a little along borders that did not move. Measured on the seed:
at most 114 km² of 1,591 for changes over 1,000 km², at most 386 km² (of 27,398) anywhere.
"""

import json
from datetime import date

import pytest

from mapapp import stats
from tests.factories import box, make_actor, make_polygon, make_territory

pytestmark = pytest.mark.django_db

YEARS_APART = [
    (date(2014, 6, 1), date(2015, 6, 1)),
    (date(2015, 1, 1), date(2016, 1, 1)),
    (date(2016, 1, 1), date(2017, 1, 1)),
    (date(2016, 6, 1), date(2017, 6, 1)),
    (date(2017, 1, 1), date(2018, 1, 1)),
    (date(2017, 6, 1), date(2018, 6, 1)),
]
RELATIVE, ABSOLUTE_KM2 = 0.03, 150
ONE_DEGREE_AT_34N_KM2 = 10_226


def areas(client, start, end, extra=""):
    response = client.get(f"/api/v1/diff?from={start}&to={end}{extra}")
    assert response.status_code == 200, response.content
    body = response.json()
    changes = {(f["properties"]["actor"], f["properties"]["change"]) for f in body["features"]}
    assert len(changes) == len(body["features"])  # one feature per actor and change
    found = {
        (f["properties"]["actor"], f["properties"]["change"]): f["properties"]["area_km2"]
        for f in body["features"]
    }
    return body["exact"], found


@pytest.mark.parametrize(("start", "end"), YEARS_APART)
def test_the_fast_answer_agrees_with_the_exact_one_on_the_seed(client, seeded, start, end):
    exact_flag, exact = areas(client, start, end, "&exact=true")
    fast_flag, fast = areas(client, start, end, "&exact=false")
    assert (exact_flag, fast_flag) == (True, False)
    assert max(exact.values()) > 10_000  # a year of this war moves real ground
    for key in exact.keys() | fast.keys():
        expected, got = exact.get(key, 0.0), fast.get(key, 0.0)
        assert abs(got - expected) <= max(RELATIVE * expected, ABSOLUTE_KM2), (key, expected, got)


def test_a_small_archive_answers_exactly_by_default(client, seeded):
    start, end = YEARS_APART[2]
    assert areas(client, start, end) == areas(client, start, end, "&exact=true")


def test_a_large_archive_answers_fast_unless_asked(client, seeded, settings):
    """Above MAP_TILES_ABOVE areas valid on a day the map draws tiles; the diff goes fast."""
    settings.MAP_TILES_ABOVE = 10
    start, end = YEARS_APART[2]
    default = areas(client, start, end)
    assert default[0] is False
    assert default == areas(client, start, end, "&exact=false")
    assert areas(client, start, end, "&exact=true")[0] is True


def test_the_fast_answer_is_the_same_ground_as_whole_unions_of_the_generalised_geometry(seeded):
    """Changes taken per cluster of meeting polygons equal those of the whole sides' unions."""
    start, end = YEARS_APART[3]
    fast = json.loads(stats.diff_collection(start, end, exact=False))
    query = stats.diff_query(start, end, exact=False, changes=stats.EXACT_CHANGES)
    whole = json.loads(stats.fetch_text(*query))
    by_key = {(f["properties"]["actor"], f["properties"]["change"]): f for f in whole["features"]}
    assert len(by_key) == len(fast["features"]) > 5
    for feature in fast["features"]:
        key = (feature["properties"]["actor"], feature["properties"]["change"])
        assert feature["properties"]["area_km2"] == pytest.approx(
            by_key[key]["properties"]["area_km2"], abs=0.05
        ), key


def fast_changes(client, start, end):
    response = client.get(f"/api/v1/diff?from={start}&to={end}&exact=false")
    assert response.status_code == 200, response.content
    body = response.json()
    assert body["exact"] is False
    return {(f["properties"]["actor"], f["properties"]["change"]): f for f in body["features"]}


def test_ground_under_a_version_held_on_both_dates_is_neither_gained_nor_lost(client):
    """A town held throughout; the front next to it moves across half of it and half a degree
    further. Only that half degree beyond the town is gained: the shortcut that skips the
    unchanged versions must still let the town mask the ground it covers on both dates."""
    actor = make_actor("islamic-state")
    make_polygon(make_territory("town"), actor, date(2014, 1, 1), None, box(40, 34, 41, 35))
    front = make_territory("front")
    make_polygon(front, actor, date(2014, 1, 1), date(2015, 1, 1), box(41, 34, 42, 35))
    make_polygon(front, actor, date(2015, 1, 1), None, box(40.5, 34, 42.5, 35))
    found = fast_changes(client, date(2014, 6, 1), date(2015, 6, 1))
    assert set(found) == {("islamic-state", "gained")}
    gained = found[("islamic-state", "gained")]
    assert gained["properties"]["area_km2"] == pytest.approx(ONE_DEGREE_AT_34N_KM2 / 2, rel=0.01)
    lons = [x for polygon in gained["geometry"]["coordinates"] for x, _ in polygon[0]]
    assert (min(lons), max(lons)) == (42, 42.5)


def test_a_version_ended_and_followed_by_a_moved_one_shows_the_move(client):
    """A version valid on both dates changes nothing until an editor ends it and draws its
    successor further east: the same row, now on one side only, must not be skipped."""
    actor = make_actor("islamic-state")
    territory = make_territory("is-core")
    version = make_polygon(territory, actor, date(2014, 1, 1), None, box(40, 34, 41, 35))
    start, end = date(2014, 6, 1), date(2015, 6, 1)
    assert fast_changes(client, start, end) == {}
    version.valid_to = date(2015, 1, 1)
    version.save()
    make_polygon(territory, actor, date(2015, 1, 1), None, box(40.5, 34, 41.5, 35))
    found = fast_changes(client, start, end)
    assert set(found) == {("islamic-state", "gained"), ("islamic-state", "lost")}
    for feature in found.values():
        assert feature["properties"]["area_km2"] == pytest.approx(
            ONE_DEGREE_AT_34N_KM2 / 2, rel=0.01
        )


@pytest.mark.parametrize("exact", ["true", "false"])
def test_a_change_just_over_the_sliver_threshold_is_drawn_one_just_under_is_not(client, exact):
    """0.01 km²: a box of 0.001 by 0.001 degree at 34° N measures 0.0102 km², one of 0.0009
    by 0.001 degree 0.0092 km². Both lie where the cheap bounds of the sliver rule cannot
    decide, so the geodesic area does."""
    actor = make_actor("islamic-state")
    make_polygon(None, actor, date(2015, 1, 1), None, box(42, 34, 42.001, 34.001))
    make_polygon(None, actor, date(2015, 1, 1), None, box(44, 34, 44.0009, 34.001))
    response = client.get(f"/api/v1/diff?from=2014-06-01&to=2015-06-01&exact={exact}")
    features = response.json()["features"]
    assert [f["properties"]["change"] for f in features] == ["gained"]
    polygons = features[0]["geometry"]["coordinates"]
    assert len(polygons) == 1
    assert sorted({x for x, _ in polygons[0][0]}) == [42, 42.001]
    assert features[0]["properties"]["area_km2"] == 0.01


@pytest.mark.parametrize(("south", "north"), [(12.5, 14), (34, 35), (36, 37.5)])
def test_fast_areas_equal_geodesic_ones_where_generalising_changes_nothing(client, south, north):
    """Boxes stay boxes when generalised, so the fast answer's area (square degrees times what
    one measures at the part's centroid) must match the exact, geodesic one to 0.1%."""
    actor = make_actor("islamic-state")
    make_polygon(None, actor, date(2015, 1, 1), None, box(40, south, 43, north))
    query = "/api/v1/diff?from=2014-06-01&to=2015-06-01&exact="
    exact, fast = (client.get(query + value).json()["features"] for value in ("true", "false"))
    assert len(exact) == len(fast) == 1
    assert fast[0]["properties"]["area_km2"] == pytest.approx(
        exact[0]["properties"]["area_km2"], rel=0.001
    )


@pytest.mark.parametrize("value", ["yes", "1", "TRUE"])
def test_exact_takes_true_or_false(client, value):
    response = client.get(f"/api/v1/diff?from=2015-01-01&to=2016-01-01&exact={value}")
    assert response.status_code == 400
    assert "exact must be true or false" in response.json()["error"]
