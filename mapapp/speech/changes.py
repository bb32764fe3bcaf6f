"""Changes told by place: who held each town on a date, what changed hands, a place's history.

A place's holder on a day is the actor of the held-ground version (HELD_STATUSES) that contains
it; where versions overlap (a besieged pocket inside a controlled area) the smallest, most
specific one wins.
"""

from mapapp import gazetteer, geoqueries
from mapapp.db_router import read_connection
from mapapp.models import DatedPolygon, Event
from mapapp.speech import HELD_STATUSES

# Which rows are held on the day is the query layer's; the SQL only matches them to the places.
HOLDERS_SQL = """
SELECT DISTINCT ON (pl.id) pl.id, a.slug, a.name, p.status
FROM unnest(%s::text[], %s::float8[], %s::float8[]) AS pl(id, lon, lat)
JOIN ({rows}) AS p
  ON ST_Intersects(p.geometry, ST_SetSRID(ST_MakePoint(pl.lon, pl.lat), 4326))
JOIN mapapp_actor a ON a.id = p.actor_id
ORDER BY pl.id, p.area_km2
"""


def holders(day, places):
    """{place id: {"actor", "actor_name", "status"}} for the places held by someone on `day`."""
    held = DatedPolygon.objects.published().valid_on(day).with_status(HELD_STATUSES).order_by()
    rows_sql, rows_params = held.values(
        "geometry", "status", "actor_id", "area_km2"
    ).query.sql_with_params()
    with read_connection(DatedPolygon).cursor() as cursor:
        cursor.execute(
            HOLDERS_SQL.format(rows=rows_sql),
            (
                [p["id"] for p in places],
                [p["lon"] for p in places],
                [p["lat"] for p in places],
                *rows_params,
            ),
        )
        return {
            ident: {"actor": slug, "actor_name": name, "status": status}
            for ident, slug, name, status in cursor.fetchall()
        }


def changed_places(before, after):
    """Settlements whose holder differs between two days, largest first."""
    places = gazetteer.settlements_in()
    held_before = holders(before, places) if before else {}
    held_after = holders(after, places)
    changed = []
    for place in places:
        old, new = held_before.get(place["id"]), held_after.get(place["id"])
        if (old or {}).get("actor") == (new or {}).get("actor"):
            continue
        changed.append(
            {
                "id": place["id"],
                "name": place["name"],
                "country": place["country"],
                "lat": place["lat"],
                "lon": place["lon"],
                "population": place["population"],
                "from": old,
                "to": new,
            }
        )
    changed.sort(key=lambda p: (-(p["population"] or 0), p["name"]))
    return changed


def place_line(change):
    """'Mosul: Islamic State → Iraqi government'."""
    old = change["from"]["actor_name"] if change["from"] else "no one mapped"
    new = change["to"]["actor_name"] if change["to"] else "no one mapped"
    return f"{change['name']}: {old} → {new}"


def places_between(start, end):
    """Places whose holder differs between two days, with the lines that tell it."""
    places = changed_places(start, end)
    return {
        "since": start.isoformat(),
        "date": end.isoformat(),
        "places": places,
        "lines": [place_line(p) for p in places],
    }


def version_json(version):
    return {
        "id": version.pk,
        "territory": version.territory.name,
        "actor": version.actor.slug,
        "status": version.status,
        "valid_from": version.valid_from.isoformat(),
        "valid_to": version.valid_to.isoformat() if version.valid_to else None,
    }


def changes_on(day):
    """The epoch of `day`, the one before, what began and ended, the events, the places."""
    dates = geoqueries.change_dates()
    epoch = geoqueries.epoch_of(day, dates)
    if epoch is None:
        return {"date": day.isoformat(), "epoch": None, "previous_epoch": None,
                "began": [], "ended": [], "events": [], "places": [], "lines": []}  # fmt: skip
    index = dates.index(epoch)
    previous = dates[index - 1] if index else None
    published = DatedPolygon.objects.published().select_related("territory", "actor")
    events = Event.objects.published().filter(date__lte=epoch)
    if previous:
        events = events.filter(date__gt=previous)
    places = changed_places(previous, epoch)
    return {
        "date": day.isoformat(),
        "epoch": epoch.isoformat(),
        "previous_epoch": previous.isoformat() if previous else None,
        "began": [version_json(v) for v in published.filter(valid_from=epoch)],
        "ended": [version_json(v) for v in published.filter(valid_to=epoch)],
        "events": [{"id": e.pk, "title": e.title, "date": e.date.isoformat()} for e in events],
        "places": places,
        "lines": [place_line(p) for p in places],
    }
