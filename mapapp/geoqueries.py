"""The one place that decides "valid on day D", change dates and epochs (ARCHITECTURE.md)."""

from mapapp.db_router import read_connection
from mapapp.models import DataVersion, DatedPolygon, Event, State

# Every public read goes through these predicates, so the time rule is written once. The
# containment test on the generated daterange column is what the composite GiST index serves.
VALID_ON_SQL = "p.validity @> %s::date"
PUBLISHED_SQL = "p.state = 'published'"


def published_on(day):
    """Published versions shown on `day`: valid_from <= day < valid_to (or valid_to empty)."""
    return DatedPolygon.objects.filter(state=State.PUBLISHED, validity__contains=day)


def published_events():
    return Event.objects.filter(state=State.PUBLISHED)


def change_dates():
    """Sorted dates on which some published polygon starts or ends."""
    with read_connection(DatedPolygon).cursor() as cursor:
        cursor.execute(
            """
            SELECT d FROM (
                SELECT valid_from AS d FROM mapapp_datedpolygon WHERE state = 'published'
                UNION
                SELECT valid_to FROM mapapp_datedpolygon
                WHERE state = 'published' AND valid_to IS NOT NULL
            ) AS dates ORDER BY d
            """
        )
        return [row[0] for row in cursor.fetchall()]


def epoch_of(day, dates=None):
    """The latest change date on or before `day` (None before the first one).

    Two days with the same epoch show the same map, so the epoch keys caches.
    """
    dates = change_dates() if dates is None else dates
    earlier = [d for d in dates if d <= day]
    return earlier[-1] if earlier else None


def epoch_for(day):
    """epoch_of() in one indexed query, for the hot path."""
    with read_connection(DatedPolygon).cursor() as cursor:
        cursor.execute(
            """
            SELECT GREATEST(
                (SELECT max(valid_from) FROM mapapp_datedpolygon
                 WHERE state = 'published' AND valid_from <= %s),
                (SELECT max(valid_to) FROM mapapp_datedpolygon
                 WHERE state = 'published' AND valid_to <= %s))
            """,
            [day, day],
        )
        return cursor.fetchone()[0]


def data_version():
    """The counter the triggers raise on every write; part of every cache key and ETag."""
    row = DataVersion.objects.filter(pk=1).values_list("version", flat=True).first()
    return row or 0
