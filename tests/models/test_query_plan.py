"""The date query is served by the composite GiST index on (validity, geometry)."""

from datetime import date

import pytest
from django.db import connection

from mapapp.geojson import control_collection

pytestmark = pytest.mark.django_db


@pytest.fixture
def many_versions(django_db_blocker):
    """20,000 versions of 400 territories, 50 consecutive quarters each, then ANALYZE."""
    with connection.cursor() as cursor:
        cursor.execute("""
            INSERT INTO mapapp_actor (slug, name, color, description)
            VALUES ('bench-actor', 'Bench', '#333333', '');
            INSERT INTO mapapp_territory (slug, name, description)
            SELECT 'bench-' || t, 'Bench ' || t, '' FROM generate_series(1, 400) t;
            INSERT INTO mapapp_datedpolygon
                (territory_id, actor_id, geometry, valid_from, valid_to, valid_from_precision,
                 valid_to_precision, status, confidence, claimed_by, state, notes,
                 created_at, updated_at)
            SELECT tr.id, (SELECT id FROM mapapp_actor WHERE slug = 'bench-actor'),
                   ST_Multi(ST_MakeEnvelope(30 + (t % 20), 30 + (t / 20) * 0.5,
                                            30.4 + (t % 20), 30.4 + (t / 20) * 0.5, 4326)),
                   DATE '2000-01-01' + q * 91, DATE '2000-01-01' + (q + 1) * 91,
                   'day', 'day', 'controlled', 'assessed', '', 'published', '', now(), now()
            FROM generate_series(1, 400) t
            JOIN mapapp_territory tr ON tr.slug = 'bench-' || t
            CROSS JOIN generate_series(0, 49) q;
            ANALYZE mapapp_datedpolygon;
        """)


def explain(sql, params):
    with connection.cursor() as cursor:
        cursor.execute("EXPLAIN " + sql, params)
        return "\n".join(row[0] for row in cursor.fetchall())


def test_the_valid_on_day_query_uses_the_composite_gist_index(many_versions):
    plan = explain(
        "SELECT id FROM mapapp_datedpolygon p WHERE p.state = 'published' "
        "AND p.validity @> %s::date",
        [date(2005, 6, 1)],
    )
    assert "dated_polygon_validity_geom" in plan, plan


def test_the_day_and_box_query_uses_the_composite_gist_index(many_versions):
    plan = explain(
        "SELECT id FROM mapapp_datedpolygon p WHERE p.state = 'published' "
        "AND p.validity @> %s::date AND p.geometry && ST_MakeEnvelope(35, 31, 37, 33, 4326)",
        [date(2005, 6, 1)],
    )
    assert "dated_polygon_validity_geom" in plan, plan


def test_the_control_collection_for_a_day_holds_one_version_per_territory(many_versions):
    import json

    collection = json.loads(control_collection(date(2005, 6, 1)))
    assert len(collection["features"]) == 400
