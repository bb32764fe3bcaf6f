"""The change-date table (migration 0007) stays exactly what a scan of the versions says.

Whoever writes (the ORM, a bulk UPDATE, raw DELETE, flush), the table's counts equal the count of
published versions starting and ending on each day, so the epoch and the timeline read it alone.
"""

from collections import Counter
from datetime import date

import pytest
from django.core.management import call_command
from django.db import connection

from mapapp import geoqueries
from mapapp.models import ChangeDate, DatedPolygon
from tests.factories import make_polygon, make_territory

pytestmark = pytest.mark.django_db


def scanned():
    """{day: (starts, ends)} computed from the versions themselves, as today's code did."""
    published = DatedPolygon.objects.published()
    starts = Counter(published.values_list("valid_from", flat=True))
    ends = Counter(published.exclude(valid_to=None).values_list("valid_to", flat=True))
    return {day: (starts[day], ends[day]) for day in starts.keys() | ends.keys()}


def kept():
    return {row.day: (row.starts, row.ends) for row in ChangeDate.objects.all()}


def test_inserts_count_starts_and_ends_of_published_versions_only():
    make_polygon(valid_from=date(2014, 6, 10), valid_to=date(2015, 1, 1))
    make_polygon(valid_from=date(2014, 6, 10), valid_to=None)
    make_polygon(valid_from=date(2016, 1, 1), valid_to=date(2016, 2, 1), state="draft")
    assert kept() == {date(2014, 6, 10): (2, 0), date(2015, 1, 1): (0, 1)} == scanned()


def test_moving_dates_moves_the_counts_and_drops_empty_days():
    polygon = make_polygon(valid_from=date(2014, 6, 10), valid_to=date(2015, 1, 1))
    polygon.valid_from, polygon.valid_to = date(2014, 7, 1), None
    polygon.save()
    assert kept() == {date(2014, 7, 1): (1, 0)} == scanned()


def test_publishing_and_unpublishing_add_and_remove_the_days():
    polygon = make_polygon(valid_from=date(2014, 6, 10), valid_to=date(2015, 1, 1), state="draft")
    assert kept() == {}
    DatedPolygon.objects.filter(pk=polygon.pk).update(state="published")
    assert kept() == scanned() == {date(2014, 6, 10): (1, 0), date(2015, 1, 1): (0, 1)}
    DatedPolygon.objects.filter(pk=polygon.pk).update(state="draft")
    assert kept() == {}


def test_edits_that_keep_the_dates_change_nothing():
    polygon = make_polygon(valid_from=date(2014, 6, 10))
    DatedPolygon.objects.filter(pk=polygon.pk).update(notes="Reworded")
    assert kept() == {date(2014, 6, 10): (1, 0)}


def test_bulk_statements_and_deletes_stay_exact():
    territories = [make_territory() for _ in range(3)]
    for n, territory in enumerate(territories):
        make_polygon(territory, valid_from=date(2014, 1, 1 + n), valid_to=date(2015, 1, 1))
        make_polygon(territory, valid_from=date(2015, 1, 1), valid_to=None)
    DatedPolygon.objects.filter(valid_to=None).update(valid_to=date(2016, 1, 1))
    assert kept() == scanned()
    DatedPolygon.objects.filter(valid_from=date(2014, 1, 2)).delete()
    assert kept() == scanned()
    assert kept()[date(2015, 1, 1)] == (3, 2)


@pytest.mark.django_db(transaction=True)
def test_flush_empties_the_table_and_later_writes_count_again():
    make_polygon(valid_from=date(2014, 6, 10))
    call_command("flush", interactive=False, verbosity=0)
    assert kept() == {}
    make_polygon(valid_from=date(2015, 6, 10))
    assert kept() == {date(2015, 6, 10): (1, 0)}


@pytest.mark.django_db(transaction=True)
def test_truncate_empties_the_table():
    make_polygon(valid_from=date(2014, 6, 10))
    with connection.cursor() as cursor:
        cursor.execute("TRUNCATE mapapp_datedpolygon CASCADE")
    assert kept() == {}


def test_the_epoch_and_the_timeline_read_the_table():
    make_polygon(valid_from=date(2014, 6, 10), valid_to=date(2017, 7, 10))
    assert geoqueries.change_dates() == [date(2014, 6, 10), date(2017, 7, 10)]
    assert geoqueries.epoch_for(date(2016, 1, 1)) == date(2014, 6, 10)
