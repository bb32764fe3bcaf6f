"""Helpers shared by the Syria-west sides: one dated version, unions, the north-west stages."""

import sides_syria_west_shapes as s
from shapely.geometry import Polygon
from shapely.ops import unary_union
from world_spec import circle, version

OPP = "syrian-opposition"
JUDGED = " Line drawn by judgement between the named places."


def v(territory, name, actor, span, sources, notes, parts, km=10, **extra):
    """One dated version; `span` is (valid_from, valid_to) with valid_to None for open."""
    return version(
        territory,
        name,
        actor=actor,
        status=extra.pop("status", "controlled"),
        valid_from=span[0],
        valid_to=span[1],
        countries=["SY"],
        sources=sources,
        notes=notes + JUDGED + f" About ±{km} km.",
        parts=parts if isinstance(parts, list) and not isinstance(parts[0], tuple) else [parts],
        precision_km=km,
        **extra,
    )


def poly(ring):
    return ring if hasattr(ring, "geom_type") else Polygon(ring)


def union(*rings):
    return unary_union([poly(r) for r in rings])


# The north-west mass at each stage, before it is split between the two rebel actors.
MASS_2016 = s.minus(s.MASS_2014, s.LATAKIA_LOST, s.SOUTH_ALEPPO_LOST)
MASS_2018 = s.minus(MASS_2016, s.EAST_IDLIB_2018)
GHAB_GOV_LATER = s.minus(s.GHAB_GOV, s.JISR, s.GHAB_2015)
M4_AFTER_IDLIB = s.minus(s.IDLIB_M4_GOV, circle(36.63, 35.93, 4))
M4_AFTER_JISR = s.minus(M4_AFTER_IDLIB, s.JISR)
IDLIB = poly(s.IDLIB_PROVINCE)


START = "2014-01-01"


def pocket(slug, name, end, sources, notes, parts, km, status="controlled", **extra):
    """A pocket held from before the data begin until one end date."""
    return v(slug, name, OPP, (START, end), sources, notes, parts, km, status=status, **extra)
