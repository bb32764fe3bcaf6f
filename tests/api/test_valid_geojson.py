"""Every GeoJSON answer is valid RFC 7946 as GEOS, QGIS and strict validators read it.

Exterior rings counter-clockwise and holes clockwise (§3.1.6), no part collapsing to a line or
two points, one geometry type per collection: MultiPolygon for areas, Point for events.
"""

import json
from datetime import date

import pytest
from shapely.geometry import LinearRing, shape

from mapapp.snapshots.freeze import freeze

pytestmark = pytest.mark.django_db

DATES = ["2014-07-01", "2015-06-01", "2016-06-01", "2017-07-15", "2019-01-01"]
ZOOMS = [None, 3, 5, 6, 7, 10]
PAIRS = [("2014-06-01", "2015-06-01"), ("2016-01-01", "2017-01-01"), ("2017-01-01", "2018-01-01")]


def problems(collection, geom_type):
    """What is wrong with the collection's geometries, as readable strings (none when valid)."""
    found = []
    for feature in collection["features"]:
        geometry = feature["geometry"]
        where = feature.get("id") or feature["properties"].get("actor")
        if geometry["type"] != geom_type:
            found.append(f"{where}: {geometry['type']}, not {geom_type}")
            continue
        geom = shape(geometry)
        if geom.is_empty or not geom.is_valid:
            found.append(f"{where}: empty or invalid")
        if geom_type == "MultiPolygon":
            found.extend(f"{where}: {p}" for p in ring_problems(geometry["coordinates"]))
    return found


def ring_problems(polygons):
    for polygon in polygons:
        exterior, *holes = polygon
        for index, ring in enumerate(polygon):
            if len(ring) < 4 or shape_area(ring) == 0:
                yield f"ring {index} is degenerate ({len(ring)} positions)"
        if not LinearRing(exterior).is_ccw:
            yield "exterior ring is clockwise"
        if any(LinearRing(hole).is_ccw for hole in holes):
            yield "a hole is counter-clockwise"


def shape_area(ring):
    return shape({"type": "Polygon", "coordinates": [ring]}).area


def get(client, path, **params):
    response = client.get(path, params)
    assert response.status_code == 200, response.content
    return response.json()


def test_control_is_valid_at_every_zoom_and_date(client, seeded):
    for day in DATES:
        for zoom in ZOOMS:
            params = {"date": day, **({"zoom": zoom} if zoom is not None else {})}
            collection = get(client, "/api/v1/control", **params)
            assert collection["features"], (day, zoom)
            assert problems(collection, "MultiPolygon") == [], (day, zoom)


def test_diff_has_no_degenerate_or_clockwise_parts(client, seeded):
    for start, end in PAIRS:
        collection = get(client, "/api/v1/diff", **{"from": start, "to": end})
        assert collection["features"]
        assert problems(collection, "MultiPolygon") == [], (start, end)


def test_snapshot_data_is_valid(client, seeded):
    snapshot = freeze(title="Mosul", day=date(2016, 6, 1), compare=date(2015, 6, 1))
    data = get(client, f"/s/{snapshot.id}/data.geojson")
    assert problems(data, "MultiPolygon") == []
    assert problems(snapshot.diff, "MultiPolygon") == []
    assert problems(snapshot.events, "Point") == []


def test_events_are_points(client, seeded):
    collection = get(client, "/api/v1/events")
    assert collection["features"]
    assert problems(collection, "Point") == []
    assert json.dumps(collection).count('"Point"') == len(collection["features"])
