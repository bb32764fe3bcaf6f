"""make backup / make restore: a dump restored into an empty database has every version."""

from datetime import date

import psycopg
import pytest
from django.core.management import call_command
from django.db import connection

from tests.factories import box, make_actor, make_polygon, make_source, make_territory

pytestmark = pytest.mark.django_db(transaction=True)
RESTORED = "test_mapapp_restored"

PUBLISHED_VERSIONS = """
SELECT p.id, t.slug, a.slug, p.valid_from, p.valid_to, p.status, p.confidence,
       md5(ST_AsEWKB(p.geometry)), md5(ST_AsEWKB(p.geometry_generalised)), p.area_km2,
       array(SELECT s.url FROM mapapp_source s
             JOIN mapapp_datedpolygon_sources m ON m.source_id = s.id
             WHERE m.datedpolygon_id = p.id ORDER BY s.url),
       (SELECT version FROM mapapp_dataversion)
FROM mapapp_datedpolygon p
JOIN mapapp_territory t ON t.id = p.territory_id JOIN mapapp_actor a ON a.id = p.actor_id
WHERE p.state = 'published' ORDER BY p.id
"""


def published_versions(database):
    params = connection.get_connection_params()
    params["dbname"] = database
    params.pop("cursor_factory", None)
    params.pop("context", None)
    with psycopg.connect(**params) as conn:
        return conn.execute(PUBLISHED_VERSIONS).fetchall()


@pytest.fixture
def empty_database():
    with connection.cursor() as cursor:
        cursor.execute(f"DROP DATABASE IF EXISTS {RESTORED}")
        # template0: no PostGIS, no tables; the dump must bring everything.
        cursor.execute(f"CREATE DATABASE {RESTORED} TEMPLATE template0")
    yield RESTORED
    with connection.cursor() as cursor:
        cursor.execute(f"DROP DATABASE IF EXISTS {RESTORED} WITH (FORCE)")


def test_a_backup_restored_into_an_empty_database_has_every_published_version(
    empty_database, tmp_path
):
    sdf = make_actor("sdf", name="SDF", color="#f5c400")
    core = make_territory("is-core")
    make_polygon(core, valid_from=date(2014, 6, 10), valid_to=date(2016, 1, 1))
    make_polygon(core, valid_from=date(2016, 1, 1), geometry=box(39, 34, 41, 36))
    make_polygon(make_territory("sdf-ne"), actor=sdf, sources=[make_source(), make_source()])
    make_polygon(make_territory("draft-area"), state="draft")
    original = published_versions(connection.settings_dict["NAME"])
    assert len(original) == 3

    call_command("backup_db", directory=str(tmp_path), verbosity=0)
    (dump,) = tmp_path.glob("mapapp-*.dump")
    call_command("restore_db", str(dump), database_name=empty_database, verbosity=0)

    assert published_versions(empty_database) == original
