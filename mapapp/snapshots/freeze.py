"""Freezing what the map shows into a Snapshot row.

The polygons, the comparison and the events come from the functions that answer the live API
(mapapp.geojson, mapapp.stats), so an embed draws exactly what the live map drew that day; they
are then copied into the row and never read from the dated polygons again.
"""

import json
import math

from django.db import transaction

from mapapp import geojson, geoqueries, stats
from mapapp.models import Actor
from mapapp.snapshots.models import Snapshot
from mapapp.speech.summary import summary


def diff_for(then, now, bbox):
    """The live /api/v1/diff answer for the two days, kept to the snapshot's box."""
    return json.loads(stats.diff_collection(then, now, bbox=bbox))


def legend_for(*collections):
    """The actors drawn, in the order of the Actor table, with the colours the map uses."""
    shown = {f["properties"]["actor"] for c in collections if c for f in c["features"]}
    return [
        {"slug": a.slug, "name": a.name, "color": a.color}
        for a in Actor.objects.filter(slug__in=shown)
    ]


def sources_of(*collections):
    """Every source cited by the features and events shown, once, in a stable order."""
    seen = {}
    for collection in collections:
        for feature in collection["features"]:
            for source in feature["properties"].get("sources") or []:
                key = (source.get("title"), source.get("publisher"), source.get("url"))
                seen.setdefault(key, source)
    return sorted(seen.values(), key=lambda s: (s.get("published") or "", s.get("title") or ""))


def zoom_for(view, bbox):
    """The zoom the snapshot is seen at, which picks full or generalised geometry as the API does.

    Without a view, the zoom at which the box fills a ~1000 px wide embed; without either, the
    whole region (generalised geometry keeps a wide embed light).
    """
    if view:
        return view[0]
    if not bbox:
        return 0
    width = max(bbox[2] - bbox[0], 1e-6)
    return max(0, min(22, int(math.log2(360 * 1000 / 256 / width))))


@transaction.atomic
def freeze(
    *,
    title,
    day,
    caption="",
    bbox=None,
    compare=None,
    view=None,
    area=None,
    side="",
    user=None,
    idempotency_key=None,
):
    """Create and return a Snapshot of the published data shown on `day` (within `bbox`).

    The data version is read before the data, so a concurrent edit can make the recorded version
    older than the data it holds, never newer.
    """
    version = geoqueries.data_version()
    zoom = zoom_for(view, bbox)
    features = json.loads(geojson.control_collection(day, bbox, None, zoom))
    diff = diff_for(min(compare, day), max(compare, day), bbox) if compare else None
    # The events the map shows with that day (the same window with or without a comparison).
    events = json.loads(geojson.events_shown_on(day, bbox))
    # The words the map said that day are frozen with it (a foreign member of the collection):
    # a later edit of the data or of the rules of speech does not rewrite a published caption.
    # Told from the side the editor chose on the map, as the map told it.
    features["summary"] = summary(day, bbox, **({"actor": side} if side else {}))["text"]
    return Snapshot.objects.create(
        title=title,
        caption=caption,
        date=day,
        compare=compare,
        zoom=view[0] if view else None,
        lat=view[1] if view else None,
        lon=view[2] if view else None,
        bbox=list(bbox) if bbox else None,
        area=area,
        side=side,
        features=features,
        diff=diff,
        events=events,
        legend=legend_for(features, diff),
        sources=sources_of(features, events),
        data_version=version,
        created_by=user,
        idempotency_key=idempotency_key,
    )
