"""Check every feature before anything is written; each error names the feature and the fault."""

import json
from datetime import date

from django.contrib.gis.geos import GeometryCollection, MultiPolygon, Polygon

from mapapp.links import http_url
from mapapp.models import (
    Confidence,
    DatedPolygon,
    DatePrecision,
    Event,
    Source,
    State,
    Status,
    Territory,
)

# What each text a file supplies is stored in: its length and content are checked against the
# column before anything is written, so an over-long name is a refusal naming the feature and
# the field, never a DataError from the database.
POLYGON_TEXT = {
    "territory": (Territory, "slug"),
    "territory_name": (Territory, "name"),
    "claimed_by": (DatedPolygon, "claimed_by"),
    "notes": (DatedPolygon, "notes"),
}
EVENT_TEXT = {"title": (Event, "title"), "description": (Event, "description")}
SOURCE_TEXT = ("title", "publisher", "url", "quote")

REPAIR_HINT = (
    "repair it with --repair (admin: tick 'Repair invalid geometry'); the repaired shape is "
    "shown in the preview before anything is saved"
)


def feature_label(index, props):
    name = str(props.get("territory") or props.get("title") or props.get("Name") or "unnamed")
    if len(name) > 60:  # an over-long name is refused; the message need not repeat all of it
        name = name[:57] + "…"
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


def precision_km(props, errors, label):
    """The optional `precision_km` (±N km the lines may be off): a positive number, or None."""
    value = props.get("precision_km")
    if value in (None, ""):
        return None
    try:
        km = float(value)
    except (TypeError, ValueError):
        km = None
    # The model's own floor (0.01 km); NaN and infinity are not distances.
    if km is None or not 0.01 <= km < float("inf"):
        errors.append(f"{label}: precision_km must be a number of km, 0.01 or more, not {value!r}")
        return None
    return km


def source_items(value):
    """Sources as a list: GeoJSON gives a list; flat formats a JSON list or 'key; key'."""
    if value in (None, ""):
        return []
    if isinstance(value, list):
        return value
    text = str(value).strip()
    if text.startswith("["):
        try:
            return json.loads(text)
        except json.JSONDecodeError:
            return [text]
    return [part.strip() for part in text.replace(",", ";").split(";") if part.strip()]


def as_multipolygon(geometry):
    """Polygon and polygon-only collections as a MultiPolygon; anything else None."""
    if isinstance(geometry, MultiPolygon):
        return geometry
    if isinstance(geometry, Polygon):
        return MultiPolygon(geometry, srid=geometry.srid)
    if isinstance(geometry, GeometryCollection):
        parts = []
        for part in geometry:
            if isinstance(part, (Polygon, MultiPolygon)):
                parts.extend([part] if isinstance(part, Polygon) else list(part))
            elif not part.empty:
                return None
        return MultiPolygon(*parts, srid=geometry.srid) if parts else None
    return None


def repaired(geometry):
    """ST_MakeValid's result, keeping its polygonal parts (a bow-tie becomes two triangles)."""
    fixed = geometry.make_valid()
    if isinstance(fixed, (Polygon, MultiPolygon)):
        return as_multipolygon(fixed)
    parts = [p for p in fixed if isinstance(p, (Polygon, MultiPolygon)) and not p.empty]
    flat = [q for p in parts for q in ([p] if isinstance(p, Polygon) else list(p))]
    return MultiPolygon(*flat, srid=4326) if flat else None


def polygon_geometry(feature, errors, label, repair):
    """The feature's MultiPolygon, or None after appending why not; (geometry, repair note)."""
    if feature.geometry is None:
        errors.append(f"{label}: {feature.problem or 'geometry is missing'}")
        return None, ""
    geom = feature.geometry
    multi = as_multipolygon(geom)
    if multi is None:
        errors.append(f"{label}: geometry is a {geom.geom_type}; expected Polygon or MultiPolygon")
        return None, ""
    if multi.empty:
        errors.append(f"{label}: geometry is empty")
        return None, ""
    xmin, ymin, xmax, ymax = multi.extent
    if xmin < -180 or xmax > 180 or ymin < -90 or ymax > 90:
        hint = (
            "the file declares no CRS, so it cannot be reprojected"
            if not feature.crs_declared
            else "expected WGS84 degrees"
        )
        errors.append(
            f"{label}: coordinates lie outside longitude/latitude range "
            f"({xmin:.1f}, {ymin:.1f}, {xmax:.1f}, {ymax:.1f}); {hint}"
        )
        return None, ""
    if multi.valid:
        return multi, ""
    reason = multi.valid_reason
    if not repair:
        errors.append(f"{label}: geometry is not valid: {reason}; {REPAIR_HINT}")
        return None, ""
    fixed = repaired(multi)
    if fixed is None or fixed.empty or not fixed.valid:
        errors.append(f"{label}: geometry is not valid ({reason}) and cannot be repaired")
        return None, ""
    return fixed, f"repaired ({reason})"


def check_text(value, model, field, errors, where):
    """Append why `value` cannot be stored in model.field (too long, NUL characters), if so."""
    if value in (None, ""):
        return
    text = value if isinstance(value, str) else str(value)
    if "\x00" in text:
        errors.append(f"{where} contains a NUL character, which cannot be stored")
    limit = model._meta.get_field(field).max_length
    if limit and len(text) > limit:
        errors.append(f"{where} is {len(text)} characters long; at most {limit} are allowed")


def check_texts(props, fields, errors, label):
    for name, (model, field) in fields.items():
        check_text(props.get(name), model, field, errors, f"{label}: {name}")


def check_inline_source(item, errors, label):
    """An inline citation's texts fit their columns and its url is an http(s) address."""
    where = f"{label}: source {str(item.get('title'))[:60]!r}"
    for name in SOURCE_TEXT:
        check_text(item.get(name), Source, name, errors, f"{where} {name}")
    url = item.get("url")
    if url not in (None, "") and not http_url(url):
        errors.append(
            f"{where} url {str(url)[:80]!r} is not an http:// or https:// address "
            "(other schemes, such as javascript:, are refused)"
        )
        return False
    return True


def resolve_sources(items, errors, label, known):
    """Source keys from sources/*.json, or inline {title, publisher, url, published, quote}."""
    resolved = []
    for item in items:
        if isinstance(item, str):
            if item not in known:
                errors.append(f"{label}: source key {item!r} is not defined")
            else:
                resolved.append(("key", item))
        elif isinstance(item, dict) and item.get("title") and item.get("publisher"):
            if check_inline_source(item, errors, label):
                resolved.append(("inline", item))
        else:
            errors.append(f"{label}: each source needs a title and a publisher, got {item!r}")
    return resolved


def check_dates(props, errors, label):
    valid_from = parse_day(props.get("valid_from"), "valid_from", errors, label)
    valid_to = parse_day(props.get("valid_to"), "valid_to", errors, label, required=False)
    if valid_from and valid_to and valid_to <= valid_from:
        errors.append(
            f"{label}: valid_to {valid_to} is not after valid_from {valid_from} "
            "(intervals are half-open and must not be empty or reversed)"
        )
    return valid_from, valid_to


def check_polygon(index, feature, actors, known_sources, repair=False):
    """Validate one feature; return (row dict, errors)."""
    props = feature.properties
    errors, label = [], feature_label(index, props)
    for required in ("territory", "territory_name", "actor"):
        if not props.get(required):
            errors.append(f"{label}: {required} is missing")
    check_texts(props, POLYGON_TEXT, errors, label)
    if props.get("actor") and props["actor"] not in actors:
        errors.append(f"{label}: actor {props['actor']!r} is not known")
    valid_from, valid_to = check_dates(props, errors, label)
    geometry, repair_note = polygon_geometry(feature, errors, label, repair)
    sources = source_items(props.get("sources"))
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
        "precision_km": precision_km(props, errors, label),
        "notes": props.get("notes") or "",
        "editor_notes": props.get("editor_notes") or "",
        "geometry": geometry,
        "repair_note": repair_note,
        "sources": resolve_sources(sources, errors, label, known_sources),
        "label": label,
    }
    if row["state"] == State.PUBLISHED and not sources:
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


def check_overlaps_existing(rows):
    """Versions already in the database that a row would overlap in time, named.

    One query for every territory the file names. A stored version the file itself rewrites
    (same territory and valid_from) is left to the within-file check, since its stored dates are
    about to change.
    """
    rewritten = {(row["territory"], row["valid_from"]) for row in rows}
    stored = {}
    versions = DatedPolygon.objects.filter(territory__slug__in={r["territory"] for r in rows})
    for version in versions.select_related("territory"):
        stored.setdefault(version.territory.slug, []).append(version)
    errors = []
    for row in rows:
        for clash in stored.get(row["territory"], []):
            if (row["territory"], clash.valid_from) in rewritten:
                continue
            if overlaps(row["valid_from"], row["valid_to"], clash.valid_from, clash.valid_to):
                errors.append(
                    f"{row['label']} overlaps the existing version #{clash.pk} {clash} in time"
                )
    return errors


def overlaps(start, end, other_start, other_end):
    """Half-open intervals [start, end) meet; None as an end means open."""
    return (end is None or other_start < end) and (other_end is None or start < other_end)
