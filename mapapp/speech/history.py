"""A place's history: who held it when, consecutive versions merged, with their sources."""

from mapapp.models import DatedPolygon
from mapapp.speech.summary import day_text


def versions_at(place):
    point = f"SRID=4326;POINT({place['lon']} {place['lat']})"
    return (
        DatedPolygon.objects.published()
        .filter(geometry__intersects=point)
        .select_related("territory", "actor")
        .prefetch_related("sources")
        .order_by("valid_from", "area_km2")
    )


def source_json(source):
    return {
        "title": source.title,
        "publisher": source.publisher,
        "url": source.url,
        "published": source.published.isoformat() if source.published else None,
    }


def merged_intervals(versions):
    """Consecutive versions with the same actor and status become one interval."""
    intervals = []
    for version in versions:
        last = intervals[-1] if intervals else None
        if (
            last
            and last["actor"] == version.actor.slug
            and last["status"] == version.status
            and last["valid_to"] == version.valid_from.isoformat()
        ):
            last["valid_to"] = version.valid_to.isoformat() if version.valid_to else None
            if version.territory.name not in last["territories"]:
                last["territories"].append(version.territory.name)
            known = {s["title"] for s in last["sources"]}
            last["sources"].extend(
                source_json(s) for s in version.sources.all() if s.title not in known
            )
            continue
        intervals.append(
            {
                "actor": version.actor.slug,
                "actor_name": version.actor.name,
                "status": version.status,
                "valid_from": version.valid_from.isoformat(),
                "valid_to": version.valid_to.isoformat() if version.valid_to else None,
                "territory": version.territory.name,
                "territories": [version.territory.name],
                "sources": [source_json(s) for s in version.sources.all()],
            }
        )
    return intervals


def history_text(place, intervals):
    """'Mosul: Islamic State (controlled) 10 June 2014 to 10 July 2017; Iraqi government ...'."""
    from datetime import date

    parts = []
    for interval in intervals:
        start = day_text(date.fromisoformat(interval["valid_from"]))
        if interval["valid_to"]:
            span = f"{start} to {day_text(date.fromisoformat(interval['valid_to']))}"
        else:
            span = f"from {start}"
        parts.append(f"{interval['actor_name']} ({interval['status']}) {span}")
    return f"{place['name']}: " + ("; ".join(parts) if parts else "no mapped holder")


def place_history(place):
    intervals = merged_intervals(versions_at(place))
    return {"place": place, "text": history_text(place, intervals), "intervals": intervals}
