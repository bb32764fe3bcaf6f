"""Write checked rows in one transaction; say what was created, changed or left alone.

Re-importing the same file changes nothing: versions are matched on (territory, valid_from).
A dry run does the same writes and rolls them back, so its plan is exactly what a real run does.
"""

import json
from dataclasses import dataclass, field
from datetime import date

from django.db import DataError, IntegrityError, transaction
from django.db.models import F

from mapapp.editing.warnings import overlap_warnings
from mapapp.importing.readers import ImportRefused, read_features
from mapapp.importing.validation import (
    EVENT_TEXT,
    check_overlaps_existing,
    check_overlaps_within,
    check_polygon,
    check_texts,
    choice,
    feature_label,
    parse_day,
    resolve_sources,
    source_items,
)
from mapapp.models import Actor, DatedPolygon, DatePrecision, Event, Source, State, Territory

POLYGON_FIELDS = (
    "actor",
    "status",
    "confidence",
    "claimed_by",
    "valid_to",
    "valid_from_precision",
    "valid_to_precision",
    "state",
    "precision_km",
    "notes",
    "editor_notes",
    "geometry",
)


@dataclass
class ImportResult:
    created: list = field(default_factory=list)
    updated: list = field(default_factory=list)
    unchanged: list = field(default_factory=list)
    # One entry per polygon row: what the import does to it, for the preview table and map.
    plan: list = field(default_factory=list)
    # Two actors' controlled ground overlapping on the same days: said, not refused.
    warnings: list = field(default_factory=list)

    def summary(self):
        repaired = sum(1 for step in self.plan if step.get("repair_note"))
        text = (
            f"{len(self.created)} created, {len(self.updated)} updated, "
            f"{len(self.unchanged)} unchanged"
        )
        return text + (f", {repaired} repaired" if repaired else "")


def import_polygons(path, dry_run=False, repair=False):
    """Check and import a file of dated polygons (GeoJSON, KML, GeoPackage, zipped Shapefile)."""
    features = read_features(path)
    actors = set(Actor.objects.values_list("slug", flat=True))
    known_sources = set(Source.objects.exclude(key=None).values_list("key", flat=True))
    rows, errors = [], []
    for index, feature in enumerate(features):
        row, feature_errors = check_polygon(index, feature, actors, known_sources, repair)
        rows.append(row)
        errors.extend(feature_errors)
    if not features:
        errors.append(f"{path}: the file holds no features")
    if not errors:
        errors = check_overlaps_within(rows) or check_overlaps_existing(rows)
    if errors:
        raise ImportRefused(errors)
    result = ImportResult()
    known = Known(rows)
    try:
        with transaction.atomic():
            for row in rows:
                save_polygon(row, result, known)
            if dry_run:
                transaction.set_rollback(True)
    except (IntegrityError, DataError) as exc:
        raise ImportRefused([f"{path}: refused by the database: {exc}".strip()]) from None
    return result


def source_objects(resolved, cache=None):
    """Source rows for resolved citations; `cache` (per import) saves re-reading the same ones."""
    cache = {} if cache is None else cache
    objects = []
    for kind, value in resolved:
        if kind == "key":
            if ("key", value) not in cache:
                cache["key", value] = Source.objects.get(key=value)
            objects.append(cache["key", value])
            continue
        identity = ("inline", value["title"], value["publisher"], value.get("url") or "")
        if identity not in cache:
            cache[identity] = inline_source(value)
        objects.append(cache[identity])
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


def plan_step(row, action, changed=(), was_state=None):
    return {
        "was_state": was_state,
        "label": row["label"],
        "action": action,
        "changed": list(changed),
        "territory": row["territory"],
        "actor": row["actor"],
        "status": row["status"],
        "state": row["state"],
        "valid_from": row["valid_from"].isoformat(),
        "valid_to": row["valid_to"].isoformat() if row["valid_to"] else None,
        "repair_note": row["repair_note"],
        "geometry": json.loads(row["geometry"].geojson),
    }


def differing_fields(existing, values):
    def differs(name, value):
        if name == "geometry":
            return not existing.geometry.equals_exact(value, 1e-9)
        if name == "actor":
            return existing.actor_id != value.pk  # no query for the stored actor
        return getattr(existing, name) != value

    return [name for name, value in values.items() if differs(name, value)]


class Known:
    """What the database holds for the file's rows, read once (re-importing a large unchanged
    file is then a few queries, not several per feature)."""

    def __init__(self, rows):
        slugs = {row["territory"] for row in rows}
        self.actors = {a.slug: a for a in Actor.objects.all()}
        self.territories = {t.slug: t for t in Territory.objects.filter(slug__in=slugs)}
        versions = DatedPolygon.objects.filter(territory__slug__in=slugs).select_related(
            "territory"
        )
        self.versions = {
            (v.territory.slug, v.valid_from): v for v in versions.prefetch_related("sources")
        }
        self.sources = {("key", s.key): s for s in Source.objects.exclude(key=None)}

    def territory(self, row):
        if row["territory"] not in self.territories:
            self.territories[row["territory"]] = Territory.objects.create(
                slug=row["territory"], name=row["territory_name"]
            )
        return self.territories[row["territory"]]


def save_polygon(row, result, known):
    territory = known.territory(row)
    values = {name: row[name] for name in POLYGON_FIELDS}
    values["actor"] = known.actors[row["actor"]]
    sources = source_objects(row["sources"], known.sources)
    existing = known.versions.get((row["territory"], row["valid_from"]))
    if existing is None:
        polygon = DatedPolygon.objects.create(
            territory=territory, valid_from=row["valid_from"], **values
        )
        polygon.sources.set(sources)
        result.created.append(polygon)
        result.plan.append(plan_step(row, "create"))
        result.warnings.extend(overlap_warnings(polygon))
        return
    was_state = existing.state
    changed = differing_fields(existing, values)
    if {s.pk for s in existing.sources.all()} != {s.pk for s in sources}:
        changed.append("sources")
    if not changed:
        result.unchanged.append(existing)
        result.plan.append(plan_step(row, "unchanged"))
        return
    for name in changed:
        if name != "sources":
            setattr(existing, name, values[name])
    existing.save()
    existing.sources.set(sources)
    result.updated.append(existing)
    result.plan.append(plan_step(row, "update", changed, was_state))
    result.warnings.extend(overlap_warnings(existing))


def import_events(path, dry_run=False):
    """Check and import a file of Point events (matched on title and date)."""
    features = read_features(path)
    known_sources = set(Source.objects.exclude(key=None).values_list("key", flat=True))
    rows, errors = [], []
    for index, feature in enumerate(features):
        props = feature.properties
        label = feature_label(index, props)
        day = parse_day(props.get("date"), "date", errors, label)
        if feature.geometry is None or feature.geometry.geom_type != "Point":
            errors.append(f"{label}: an event needs a Point geometry")
        if not props.get("title"):
            errors.append(f"{label}: title is missing")
        check_texts(props, EVENT_TEXT, errors, label)
        sources = source_items(props.get("sources"))
        if not sources:
            errors.append(f"{label}: an event needs at least one source")
        rows.append(
            {
                "title": props.get("title"),
                "date": day,
                "location": feature.geometry,
                "date_precision": choice(
                    props, "date_precision", DatePrecision, "day", errors, label
                ),
                "state": choice(props, "state", State, State.PUBLISHED, errors, label),
                "description": props.get("description") or "",
                "editor_notes": props.get("editor_notes") or "",
                "sources": resolve_sources(sources, errors, label, known_sources),
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
    fields = ("date_precision", "state", "description", "editor_notes", "location")
    values = {name: row[name] for name in fields}
    event, created = Event.objects.get_or_create(
        title=row["title"], date=row["date"], defaults=values
    )
    changed = []
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
    bucket = result.created if created else result.updated if changed else result.unchanged
    bucket.append(event)
