"""Builders for test data: geometries are built in code, published and sourced by default."""

from datetime import date
from itertools import count

from django.contrib.gis.geos import MultiPolygon, Point, Polygon

from mapapp.models import Actor, DatedPolygon, Event, Source, State, Territory

_serial = count(1)


def box(west, south, east, north):
    """A one-part MultiPolygon covering the box, in EPSG:4326."""
    ring = ((west, south), (east, south), (east, north), (west, north), (west, south))
    return MultiPolygon(Polygon(ring), srid=4326)


def make_actor(slug=None, **fields):
    slug = slug or f"actor-{next(_serial)}"
    defaults = {"name": slug.replace("-", " ").title(), "color": "#222222"}
    return Actor.objects.get_or_create(slug=slug, defaults={**defaults, **fields})[0]


def make_territory(slug=None, **fields):
    slug = slug or f"territory-{next(_serial)}"
    defaults = {"name": slug.replace("-", " ").title()}
    return Territory.objects.get_or_create(slug=slug, defaults={**defaults, **fields})[0]


def make_source(**fields):
    n = next(_serial)
    defaults = {
        "title": f"Report {n}",
        "publisher": "Wire service",
        "url": f"https://example.org/report/{n}",
        "published": date(2016, 1, 1),
    }
    return Source.objects.create(**{**defaults, **fields})


def make_polygon(
    territory=None,
    actor=None,
    valid_from=date(2015, 1, 1),
    valid_to=None,
    geometry=None,
    sources=None,
    **fields,
):
    polygon = DatedPolygon.objects.create(
        territory=territory or make_territory(),
        actor=actor or make_actor("islamic-state", name="Islamic State", color="#1a1a1a"),
        geometry=geometry or box(40.0, 34.0, 41.0, 35.0),
        valid_from=valid_from,
        valid_to=valid_to,
        status=fields.pop("status", "controlled"),
        confidence=fields.pop("confidence", "assessed"),
        state=fields.pop("state", State.PUBLISHED),
        **fields,
    )
    polygon.sources.set(sources if sources is not None else [make_source()])
    return polygon


def make_event(title="Baghouz captured", day=date(2019, 3, 23), lon=40.95, lat=34.46, **fields):
    sources = fields.pop("sources", None)
    event = Event.objects.create(
        title=title,
        date=day,
        location=Point(lon, lat, srid=4326),
        state=fields.pop("state", State.PUBLISHED),
        **fields,
    )
    event.sources.set(sources or [make_source()])
    return event
