"""Rules the database itself enforces, whatever writes to it."""

from datetime import date

import pytest
from django.db import IntegrityError, connection, transaction

from mapapp.models import DatedPolygon
from tests.factories import box, make_polygon, make_territory

pytestmark = pytest.mark.django_db


def test_it_refuses_two_versions_of_one_territory_that_overlap_in_time():
    territory = make_territory("baghouz-pocket")
    make_polygon(territory, valid_from=date(2019, 1, 23), valid_to=date(2019, 3, 1))
    with (
        pytest.raises(IntegrityError, match="dated_polygon_versions_disjoint"),
        transaction.atomic(),
    ):
        make_polygon(territory, valid_from=date(2019, 2, 28), valid_to=date(2019, 3, 23))


def test_it_accepts_a_version_that_starts_on_the_day_the_previous_one_ends():
    territory = make_territory("baghouz-pocket")
    make_polygon(territory, valid_from=date(2019, 1, 23), valid_to=date(2019, 3, 1))
    make_polygon(territory, valid_from=date(2019, 3, 1), valid_to=date(2019, 3, 23))
    assert territory.versions.count() == 2


def test_it_refuses_an_open_ended_version_followed_by_another():
    territory = make_territory("sdf-north-east")
    make_polygon(territory, valid_from=date(2017, 1, 1), valid_to=None)
    with pytest.raises(IntegrityError), transaction.atomic():
        make_polygon(territory, valid_from=date(2018, 1, 1), valid_to=None)


def test_different_territories_may_overlap_in_time():
    make_polygon(make_territory("a"), valid_from=date(2015, 1, 1), valid_to=None)
    make_polygon(make_territory("b"), valid_from=date(2015, 1, 1), valid_to=None)
    assert DatedPolygon.objects.count() == 2


@pytest.mark.parametrize("valid_to", [date(2015, 1, 1), date(2014, 12, 31)])
def test_it_refuses_empty_and_reversed_intervals(valid_to):
    with (
        pytest.raises(IntegrityError, match="dated_polygon_interval_forward"),
        transaction.atomic(),
    ):
        make_polygon(valid_from=date(2015, 1, 1), valid_to=valid_to)


def test_it_refuses_a_self_intersecting_polygon_even_from_raw_sql():
    polygon = make_polygon()
    bowtie = "SRID=4326;MULTIPOLYGON(((40 34,41 35,41 34,40 35,40 34)))"
    with (
        pytest.raises(IntegrityError, match="dated_polygon_geometry_valid"),
        transaction.atomic(),
        connection.cursor() as cursor,
    ):
        cursor.execute(
            "UPDATE mapapp_datedpolygon SET geometry = %s WHERE id = %s", [bowtie, polygon.id]
        )


def test_it_refuses_an_empty_geometry():
    polygon = make_polygon()
    with (
        pytest.raises(IntegrityError, match="dated_polygon_geometry_valid"),
        transaction.atomic(),
        connection.cursor() as cursor,
    ):
        cursor.execute(
            "UPDATE mapapp_datedpolygon SET geometry = "
            "'SRID=4326;MULTIPOLYGON EMPTY' WHERE id = %s",
            [polygon.id],
        )


def test_the_area_is_geodesic_and_follows_the_geometry():
    polygon = make_polygon(geometry=box(40.0, 34.0, 41.0, 35.0))
    polygon.refresh_from_db()
    # One degree square at 34-35N on the WGS84 spheroid: 10,188 km² (PostGIS, Vincenty-style).
    assert polygon.area_km2 == pytest.approx(10_188, rel=0.001)
    polygon.geometry = box(40.0, 34.0, 40.5, 35.0)
    polygon.save()
    polygon.refresh_from_db()
    assert polygon.area_km2 == pytest.approx(5_094, rel=0.001)


def test_every_write_raises_the_data_version():
    from mapapp.geoqueries import data_version

    before = data_version()
    polygon = make_polygon()
    after_insert = data_version()
    polygon.notes = "Boundary follows the Euphrates."
    polygon.save()
    assert before < after_insert < data_version()


def test_the_data_version_still_rises_after_a_flush():
    """A flush (manage.py flush, or a transactional test) used to drop the counter's row, after
    which no write raised the version and cached answers outlived the data."""
    from django.core.management import call_command

    from mapapp.geoqueries import data_version

    call_command("flush", interactive=False, verbosity=0)
    before = data_version()
    make_polygon()
    assert data_version() > before
