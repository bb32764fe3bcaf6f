"""Shared pieces of the Kurdish and Iraqi sides' versions: the notes every version carries and
the two helpers that turn outline rows into dated versions."""

from shapely.geometry import Polygon
from shapely.ops import unary_union
from sides_kurds_syria import hasakah_holes
from world_spec import version

SY, IQ = ["SY"], ["IQ"]
YPG_NOTE = (
    " The YPG (with the YPJ and allied Arab and Syriac units) held this ground until the Syrian "
    "Democratic Forces, which it led, were founded on 10 October 2015."
)
SDF_NOTE = " The SDF, founded on 10 October 2015, succeeded the YPG, its core."
HOLES_NOTE = (
    " The government's enclaves (in Hasakah, Qamishli and its airport, and the Kawkab base) are "
    "left out and shown as government ground."
)


def shape(parts, day, holes=True):
    """Union of rings, with the government's Jazira enclaves of that day cut out."""
    area = unary_union([p if hasattr(p, "geom_type") else Polygon(p) for p in parts])
    return [area.difference(hasakah_holes(day)) if holes else area]


def timeline(territory, name, actor, countries, steps, **common):
    """Versions from (valid_from, valid_to, parts, sources, notes[, extra fields]) rows."""
    out = []
    for step in steps:
        start, end, parts, sources, notes, *extra = step
        fields = {**common, **(extra[0] if extra else {})}
        out.append(
            version(territory, name, actor=actor, status=fields.pop("status", "controlled"),
                    valid_from=start, valid_to=end, countries=countries, sources=sources,
                    notes=notes, parts=parts, **fields)
        )  # fmt: skip
    return out
