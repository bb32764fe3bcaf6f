"""The one way the hand-drawn outlines of `world_*.py` declare a dated polygon."""

from math import cos, pi, radians, sin

from shapely.geometry import Polygon


def version(territory, name, **fields):
    """A dated polygon before clipping: `parts` are rings of (lon, lat) or shapely polygons.

    Everything drawn here is drawn by judgement from the cited reports, so confidence is
    `assessed` unless a field says `confirmed` (the rule is in fixtures/README.md);
    `countries` (ISO 3166-1 alpha-2) are the countries the area lies in, used to clip it and by
    the integrity tests to check it. `notes` are public; `editor_notes` reach the admin only.
    """
    parts = fields.pop("parts")
    props = {
        "territory": territory,
        "territory_name": name,
        "actor": fields.pop("actor", "islamic-state"),
        "status": fields.pop("status"),
        "confidence": fields.pop("confidence", "assessed"),
        "valid_from": fields.pop("valid_from"),
        "valid_to": fields.pop("valid_to", None),
        "valid_from_precision": fields.pop("valid_from_precision", "day"),
        "valid_to_precision": fields.pop("valid_to_precision", "day"),
        "countries": fields.pop("countries"),
        "sources": fields.pop("sources"),
        "notes": fields.pop("notes"),
    }
    # Accuracy of the line in km where the notes state one: the map stops inviting zoom past it.
    precision_km = fields.pop("precision_km", None)
    if precision_km is not None:
        props["precision_km"] = precision_km
    editor_notes = fields.pop("editor_notes", "")
    if editor_notes:
        props["editor_notes"] = editor_notes
    if fields:
        raise ValueError(f"{territory}: unknown fields {sorted(fields)}")
    return {"properties": props, "parts": parts}


def circle(lon, lat, radius_km, sides=24):
    """A small round area (a town and its edge), corrected for the shrinking of longitude."""
    dlat = radius_km / 111.32
    dlon = dlat / cos(radians(lat))
    steps = [2 * pi * i / sides for i in range(sides)]
    return Polygon([(lon + dlon * cos(a), lat + dlat * sin(a)) for a in steps])
