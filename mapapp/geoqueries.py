"""Change dates, epochs, the events window and the data version (docs/architecture.md).

Change dates live in mapapp_changedate, which migration 0007's triggers keep (docs/scale.md).

"Published" and "valid on day D" are the querysets of mapapp.models
(`DatedPolygon.objects.published().valid_on(day)`); everything here is built on them.
"""

from bisect import bisect_right
from contextlib import nullcontext
from datetime import timedelta

from django.db import connections, transaction

from mapapp.db_router import read_connection
from mapapp.models import ChangeDate, DataVersion, DatedPolygon

# Events shown with a date: those of the year up to it. The map, the live embed and snapshots
# all use this window, so a snapshot shows the events the map showed.
EVENT_WINDOW_DAYS = 365


def events_window(day):
    """(start, end) of the events shown with `day`, both inclusive."""
    return day - timedelta(days=EVENT_WINDOW_DAYS), day


def change_dates_queryset():
    """Dates on which some published polygon starts or ends, as one ORM query (column `day`).

    The table migration 0007's triggers keep from the published versions: an index scan.
    """
    return ChangeDate.objects.order_by("day").values_list("day", flat=True)


def change_dates():
    """Sorted dates on which some published polygon starts or ends."""
    return list(change_dates_queryset())


def epoch_of(day, dates):
    """epoch_for() over a sorted list of change dates already at hand (the shared cache's)."""
    index = bisect_right(dates, day)
    return dates[index - 1] if index else None


def epoch_for(day):
    """The latest change date on or before `day` (None before the first one).

    Two days with the same epoch show the same map, so the epoch keys caches. One backward
    scan of the change dates' primary key: it runs on every request.
    """
    return change_dates_queryset().filter(day__lte=day).order_by("-day").first()


# The most polygons valid on any day: a running sum of the change-date table's starts and ends.
MOST_VALID_SQL = """
SELECT COALESCE(max(valid), 0) FROM (
    SELECT sum(starts - ends) OVER (ORDER BY day) AS valid FROM ({dates}) AS c
) AS running
"""


def most_valid():
    """The most published polygons valid on any one day (what decides tiles and the fast diff)."""
    dates = ChangeDate.objects.order_by().values("day", "starts", "ends")
    sql, params = dates.query.sql_with_params()
    return int(fetch_text(MOST_VALID_SQL.format(dates=sql), params) or 0)


def data_version_queryset():
    """The counter the triggers raise on every write, as one ORM query (column `version`)."""
    return DataVersion.objects.filter(pk=1).values_list("version", flat=True)


def data_version():
    """The counter the triggers raise on every write; part of every cache key and ETag."""
    return data_version_queryset().first() or 0


def ensure_data_version(using="default", **_kwargs):
    """The counter's row, again after a flush (post_migrate): without it no write raises the
    version, and every cached answer would outlive the data it was built from."""
    if DataVersion._meta.db_table in connections[using].introspection.table_names():
        DataVersion.objects.using(using).get_or_create(pk=1, defaults={"version": 0})


def fetch_text(sql, params, jit=True):
    """The single text value a wrapping query returns (GeoJSON or JSON built by PostgreSQL).

    Raw SQL bypasses the database router, so it asks the router which database reads (a replica
    when there are, the primary after a write in the same request).

    `jit=False` plans the query without JIT compilation. PostgreSQL compiles every query its
    planner costs above `jit_above_cost`, and PostGIS costs its functions high: the fast diff
    spent 100–200 ms of ~450 compiling (docs/scale.md). SET LOCAL needs a transaction, so the
    query runs in one of its own (inside a caller's transaction, JIT stays off until its end).
    """
    connection = read_connection(DatedPolygon)
    in_transaction = nullcontext() if jit else transaction.atomic(using=connection.alias)
    with in_transaction, connection.cursor() as cursor:
        if not jit:
            cursor.execute("SET LOCAL jit = off")
        cursor.execute(sql, params)
        return cursor.fetchone()[0]
