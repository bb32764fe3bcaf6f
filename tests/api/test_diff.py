"""GET /api/v1/diff: the ground gained and lost between two dates, with km² figures."""

from datetime import date

import pytest

from tests.factories import box, make_actor, make_polygon, make_territory

pytestmark = pytest.mark.django_db

ONE_DEGREE_AT_34N_KM2 = 10_226


@pytest.fixture
def front_moves():
    """IS loses its western half in 2016; the SDF takes exactly that half."""
    islamic_state = make_actor("islamic-state", name="Islamic State", color="#1a1a1a")
    sdf = make_actor("sdf", name="SDF", color="#f2c200")
    core = make_territory("is-core")
    make_polygon(core, islamic_state, date(2014, 6, 10), date(2016, 1, 1), box(40, 34, 42, 35))
    make_polygon(core, islamic_state, date(2016, 1, 1), None, box(41, 34, 42, 35))
    make_polygon(make_territory("sdf-west"), sdf, date(2016, 1, 1), None, box(40, 34, 41, 35))


def changes(client, query):
    response = client.get(f"/api/v1/diff?{query}")
    assert response.status_code == 200, response.content
    assert response["Content-Type"] == "application/geo+json"
    body = response.json()
    assert body["type"] == "FeatureCollection"
    return {(f["properties"]["actor"], f["properties"]["change"]): f for f in body["features"]}


def test_it_draws_what_each_actor_gained_and_lost(client, front_moves):
    found = changes(client, "from=2015-06-01&to=2016-06-01")
    assert set(found) == {("islamic-state", "lost"), ("sdf", "gained")}
    lost = found[("islamic-state", "lost")]
    assert lost["properties"]["area_km2"] == pytest.approx(ONE_DEGREE_AT_34N_KM2, rel=0.01)
    assert lost["geometry"]["type"] == "MultiPolygon"
    lons = [x for x, _ in lost["geometry"]["coordinates"][0][0]]
    assert min(lons) == pytest.approx(40) and max(lons) == pytest.approx(41)
    gained = found[("sdf", "gained")]["properties"]
    assert gained["area_km2"] == pytest.approx(ONE_DEGREE_AT_34N_KM2, rel=0.01)
    assert (gained["from"], gained["to"], gained["color"]) == (
        "2015-06-01",
        "2016-06-01",
        "#f2c200",
    )


def test_actor_narrows_the_answer_to_one_actor(client, front_moves):
    assert set(changes(client, "from=2015-06-01&to=2016-06-01&actor=sdf")) == {("sdf", "gained")}


def test_two_days_showing_the_same_map_have_no_changes(client, front_moves):
    assert changes(client, "from=2016-01-01&to=2019-01-01") == {}
    assert changes(client, "from=2016-03-01&to=2016-03-01") == {}


def test_ground_that_only_changed_holder_version_is_not_reported(client):
    """A new version of the same shape is not ground gained or lost."""
    actor = make_actor("islamic-state")
    core = make_territory("is-core")
    make_polygon(core, actor, date(2014, 1, 1), date(2015, 1, 1), box(40, 34, 41, 35))
    make_polygon(core, actor, date(2015, 1, 1), None, box(40, 34, 41, 35), status="contested")
    assert changes(client, "from=2014-06-01&to=2015-06-01") == {}


def test_insurgent_presence_spreading_is_not_ground_gained(client):
    """Held ground is controlled, contested or besieged; status= asks for other statuses."""
    actor = make_actor("islamic-state")
    lake_chad = make_territory("lake-chad")
    make_polygon(lake_chad, actor, date(2016, 8, 1), None, box(13, 12, 14, 13), status="presence")
    assert changes(client, "from=2016-01-01&to=2017-01-01") == {}
    spread = changes(client, "from=2016-01-01&to=2017-01-01&status=presence")
    assert set(spread) == {("islamic-state", "gained")}


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("to=2016-01-01", ["from is required", "YYYY-MM-DD"]),
        ("from=2016-01-01", ["to is required", "YYYY-MM-DD"]),
        ("from=2016-02-30&to=2017-01-01", ["from", "real calendar day", "2016-02-30"]),
        ("from=yesterday&to=2017-01-01", ["from", "YYYY-MM-DD", "yesterday"]),
        ("from=2017-01-01&to=2016-01-01", ["from (2017-01-01) is after to (2016-01-01)"]),
        ("from=2015-01-01&to=2016-01-01&actor=daesh", ["actor", "daesh", "islamic-state"]),
        ("from=2015-01-01&to=2016-01-01&status=won", ["status", "won", "controlled"]),
        ("from=2015-01-01&to=2016-01-01&bbox=1,2,3,4", ["unknown parameter", "bbox"]),
    ],
)
def test_bad_parameters_answer_400_naming_them(client, front_moves, query, expected):
    response = client.get(f"/api/v1/diff?{query}")
    assert response.status_code == 400
    message = response.json()["error"]
    for fragment in expected:
        assert fragment in message
