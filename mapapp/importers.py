"""Import dated polygons and events from GeoJSON: the path the seed data and editors share.

An import is checked whole before anything is written, then written in one transaction: a file
with one bad feature changes nothing, and the error names that feature and what is wrong with it.
Re-importing the same file changes nothing (versions are matched on territory and valid_from).
"""

import json
from dataclasses import dataclass, field
from datetime import date

from django.contrib.gis.geos import GEOSException, GEOSGeometry, MultiPolygon, Polygon
from django.db import IntegrityError, transaction
from django.db.models import F

from mapapp.models import (
    Actor,
    Confidence,
    DatedPolygon,
    DatePrecision,
    Event,
    Source,
    State,
    Status,
    Territory,
)

POLYGON_FIELDS = (
    "actor",
    "status",
    "confidence",
    "claimed_by",
    "valid_to",
    "valid_from_precision",
    "valid_to_precision",
    "state",
    "notes",
    "geometry",
)


class ImportRefused(Exception):
    """The file cannot be imported; `errors` says which feature and why."""

    def __init__(self, errors):
        super().__init__("; ".join(errors))
        self.errors = errors


@dataclass
class ImportResult:
    created: list = field(default_factory=list)
    updated: list = field(default_factory=list)
    unchanged: list = field(default_factory=list)

    def summary(self):
        return (
            f"{len(self.created)} created, {len(self.updated)} updated, "
            f"{len(self.unchanged)} unchanged"
        )


def load_geojson(path):
    try:
        with open(path, encoding="utf-8") as handle:
            data = json.load(handle)
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ImportRefused([f"{path}: not a readable GeoJSON file ({exc})"]) from None
    if data.get("type") != "FeatureCollection" or not isinstance(data.get("features"), list):
        raise ImportRefused([f"{path}: expected a GeoJSON FeatureCollection"])
    return data["features"]


def feature_label(index, props):
    name = props.get("territory") or props.get("title") or "unnamed"
    return f"feature {index + 1} ({name}, from {props.get('valid_from') or props.get('date')})"


def parse_day(value, what, errors, label, required=True):
    if value in (None, ""):
        if required:
            errors.append(f"{label}: {what} is missing")
        return None
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        errors.append(f"{label}: {what} {value!r} is not a date in the form YYYY-MM-DD")
        return None


def choice(props, name, choices, default, errors, label):
    value = props.get(name) or default
    if value not in choices.values:
        errors.append(f"{label}: {name} {value!r} is not one of {', '.join(choices.values)}")
    return value


def polygon_geometry(raw, errors, label):
    try:
        geom = GEOSGeometry(json.dumps(raw), srid=4326)
    except (GEOSException, ValueError, TypeError) as exc:
        errors.append(f"{label}: geometry could not be read ({exc})")
        return None
    if isinstance(geom, Polygon):
        geom = MultiPolygon(geom, srid=4326)
    if not isinstance(geom, MultiPolygon):
        errors.append(f"{label}: geometry is a {geom.geom_type}; expected Polygon or MultiPolygon")
        return None
    if geom.empty:
        errors.append(f"{label}: geometry is empty")
        return None
    xmin, ymin, xmax, ymax = geom.extent
    if xmin < -180 or xmax > 180 or ymin < -90 or ymax > 90:
        errors.append(
            f"{label}: coordinates lie outside longitude/latitude range "
            f"({xmin:.1f}, {ymin:.1f}, {xmax:.1f}, {ymax:.1f}); expected WGS84 degrees"
        )
        return None
    if not geom.valid:
        errors.append(f"{label}: geometry is not valid: {geom.valid_reason}")
        return None
    return geom


def resolve_sources(items, errors, label, known):
    """Source keys from sources.json, or inline {title, publisher, url, published, quote}."""
    resolved = []
    for item in items or []:
        if isinstance(item, str):
            if item not in known:
                errors.append(f"{label}: source key {item!r} is not defined")
            else:
                resolved.append(("key", item))
        elif isinstance(item, dict) and item.get("title") and item.get("publisher"):
            resolved.append(("inline", item))
        else:
            errors.append(f"{label}: each source needs a title and a publisher, got {item!r}")
    return resolved


def source_objects(resolved):
    objects = []
    for kind, value in resolved:
        if kind == "key":
            objects.append(Source.objects.get(key=value))
        else:
            objects.append(inline_source(value))
    return objects


def inline_source(value):
    """The source an inline citation names, matched on title, publisher and link.

    A keyed source with the same identity (say, from another theme's sources file) may already
    exist beside an earlier inline copy; prefer the keyed one instead of failing on two matches.
    """
    same = Source.objects.filter(
        title=value["title"], publisher=value["publisher"], url=value.get("url") or ""
    )
    source = same.order_by(F("key").asc(nulls_last=True), "pk").first()
    if source is None:
        published = value.get("published")
        source = Source.objects.create(
            title=value["title"],
            publisher=value["publisher"],
            url=value.get("url") or "",
            published=date.fromisoformat(published) if published else None,
            quote=value.get("quote") or "",
        )
    return source


def check_polygon(index, props, raw_geometry, actors, known_sources):
    """Validate one feature; return (row dict, errors)."""
    errors, label = [], feature_label(index, props)
    for required in ("territory", "territory_name", "actor"):
        if not props.get(required):
            errors.append(f"{label}: {required} is missing")
    if props.get("actor") and props["actor"] not in actors:
        errors.append(f"{label}: actor {props['actor']!r} is not known")
    valid_from = parse_day(props.get("valid_from"), "valid_from", errors, label)
    valid_to = parse_day(props.get("valid_to"), "valid_to", errors, label, required=False)
    if valid_from and valid_to and valid_to <= valid_from:
        errors.append(
            f"{label}: valid_to {valid_to} is not after valid_from {valid_from} "
            "(intervals are half-open and must not be empty or reversed)"
        )
    row = {
        "territory": props.get("territory"),
        "territory_name": props.get("territory_name"),
        "actor": props.get("actor"),
        "valid_from": valid_from,
        "valid_to": valid_to,
        "status": choice(props, "status", Status, None, errors, label),
        "confidence": choice(props, "confidence", Confidence, None, errors, label),
        "claimed_by": props.get("claimed_by") or "",
        "valid_from_precision": choice(
            props, "valid_from_precision", DatePrecision, "day", errors, label
        ),
        "valid_to_precision": choice(
            props, "valid_to_precision", DatePrecision, "day", errors, label
        ),
        "state": choice(props, "state", State, State.PUBLISHED, errors, label),
        "notes": props.get("notes") or "",
        "geometry": polygon_geometry(raw_geometry, errors, label),
        "sources": resolve_sources(props.get("sources"), errors, label, known_sources),
        "label": label,
    }
    if row["state"] == State.PUBLISHED and not props.get("sources"):
        errors.append(f"{label}: a published polygon needs at least one source")
    return row, errors


def check_overlaps_within(rows):
    errors, by_territory = [], {}
    for row in rows:
        by_territory.setdefault(row["territory"], []).append(row)
    for versions in by_territory.values():
        versions.sort(key=lambda r: r["valid_from"])
        for earlier, later in zip(versions, versions[1:], strict=False):
            if earlier["valid_to"] is None or earlier["valid_to"] > later["valid_from"]:
                errors.append(f"{later['label']} overlaps {earlier['label']} in time")
    return errors


def import_polygons(path, dry_run=False):
    """Check and import a GeoJSON FeatureCollection of dated polygons."""
    features = load_geojson(path)
    actors = set(Actor.objects.values_list("slug", flat=True))
    known_sources = set(Source.objects.exclude(key=None).values_list("key", flat=True))
    rows, errors = [], []
    for index, feature in enumerate(features):
        row, feature_errors = check_polygon(
            index, feature.get("properties") or {}, feature.get("geometry"), actors, known_sources
        )
        rows.append(row)
        errors.extend(feature_errors)
    if not errors:
        errors = check_overlaps_within(rows)
    if errors:
        raise ImportRefused(errors)
    result = ImportResult()
    try:
        with transaction.atomic():
            for row in rows:
                save_polygon(row, result)
            if dry_run:
                transaction.set_rollback(True)
    except IntegrityError as exc:
        raise ImportRefused([f"{path}: refused by the database: {exc}".strip()]) from None
    return result


def save_polygon(row, result):
    territory, _ = Territory.objects.get_or_create(
        slug=row["territory"], defaults={"name": row["territory_name"]}
    )
    values = {name: row[name] for name in POLYGON_FIELDS}
    values["actor"] = Actor.objects.get(slug=row["actor"])
    sources = source_objects(row["sources"])
    existing = DatedPolygon.objects.filter(
        territory=territory, valid_from=row["valid_from"]
    ).first()
    if existing is None:
        polygon = DatedPolygon.objects.create(
            territory=territory, valid_from=row["valid_from"], **values
        )
        polygon.sources.set(sources)
        result.created.append(polygon)
        return
    changed = [
        name
        for name, value in values.items()
        if (
            getattr(existing, name) != value
            if name != "geometry"
            else not existing.geometry.equals_exact(value, 1e-9)
        )
    ]
    same_sources = {s.pk for s in existing.sources.all()} == {s.pk for s in sources}
    if not changed and same_sources:
        result.unchanged.append(existing)
        return
    for name in changed:
        setattr(existing, name, values[name])
    existing.save()
    existing.sources.set(sources)
    result.updated.append(existing)


def import_events(path, dry_run=False):
    """Check and import a GeoJSON FeatureCollection of Point events (matched on title and date)."""
    features = load_geojson(path)
    known_sources = set(Source.objects.exclude(key=None).values_list("key", flat=True))
    rows, errors = [], []
    for index, feature in enumerate(features):
        props, label = (
            feature.get("properties") or {},
            feature_label(index, feature.get("properties") or {}),
        )
        day = parse_day(props.get("date"), "date", errors, label)
        geometry = feature.get("geometry") or {}
        if geometry.get("type") != "Point":
            errors.append(f"{label}: an event needs a Point geometry")
        if not props.get("title"):
            errors.append(f"{label}: title is missing")
        if not props.get("sources"):
            errors.append(f"{label}: an event needs at least one source")
        rows.append(
            {
                "title": props.get("title"),
                "date": day,
                "geometry": geometry,
                "date_precision": choice(
                    props, "date_precision", DatePrecision, "day", errors, label
                ),
                "state": choice(props, "state", State, State.PUBLISHED, errors, label),
                "description": props.get("description") or "",
                "sources": resolve_sources(props.get("sources"), errors, label, known_sources),
            }
        )
    if errors:
        raise ImportRefused(errors)
    result = ImportResult()
    with transaction.atomic():
        for row in rows:
            save_event(row, result)
        if dry_run:
            transaction.set_rollback(True)
    return result


def save_event(row, result):
    location = GEOSGeometry(json.dumps(row["geometry"]), srid=4326)
    values = {
        "date_precision": row["date_precision"],
        "state": row["state"],
        "description": row["description"],
        "location": location,
    }
    event, created = Event.objects.get_or_create(
        title=row["title"], date=row["date"], defaults=values
    )
    if not created:
        changed = [
            k
            for k, v in values.items()
            if (getattr(event, k) != v if k != "location" else not event.location.equals(v))
        ]
        for name in changed:
            setattr(event, name, values[name])
        if changed:
            event.save()
    event.sources.set(source_objects(row["sources"]))
    (
        result.created
        if created
        else result.updated
        if not created and changed
        else result.unchanged
    ).append(event)
