"""Each government's ground as dated versions: the rest of its country, with the sources of the
lines that bound it. Used by the seed builder (tools/seed/sides_build.py) and by
`manage.py derive_ground`, which rebuilds them from the database after editors move a line.
"""

from datetime import date

from shapely.geometry import mapping
from shapely.prepared import prep

from mapapp.ground.derive import ENCLOSED, GOVERNMENT, GOVERNMENT_NAME, NO_ONE, STORY, Version

COUNTRY_NAME = {"SY": "Syria", "IQ": "Iraq"}
NEIGHBOUR = 0.02  # degrees, about 2 km: a line this close bounds the derived ground
EDITOR_NOTE = "Derived from every other side's ground (tools/seed/sides_build.py, derive_ground)."


def territory_of(code):
    return f"{GOVERNMENT[code]}-ground"


def desert_territory_of(code):
    return f"{NO_ONE}-between-the-corridors-{code.lower()}"


def derived_territories():
    """Slugs of every territory derived here (rebuilt whole by `derive_ground`)."""
    return [f(code) for code in GOVERNMENT for f in (territory_of, desert_territory_of)]


def anchor_cities(code, min_population=50_000):
    """Cities of the country from the map's gazetteer: a government part holding one is kept."""
    import json

    from django.conf import settings
    from shapely.geometry import MultiPoint

    places = json.loads((settings.BASE_DIR / "static" / "basemap" / "places.json").read_text())
    return MultiPoint(
        [
            (p["lon"], p["lat"])
            for p in places
            if p["country"] == code and (p.get("population") or 0) >= min_population
        ]
    )


def derived_features(code, pieces, fixed):
    """Features of the government's and the enclosed desert's pieces of `resolve`'s answer."""
    features = []
    for version, start, end, geometry in pieces:
        if version is None:
            cited = cited_by(pieces, start, end, fixed, geometry)
            features.append(government_feature(code, start, end, geometry, cited))
        elif version == ENCLOSED:
            story = [v for v in fixed if v.properties["actor"] == STORY and v.valid_on(start)]
            cited = sorted({k for v in story for k in v.sources if isinstance(k, str)})
            features.append(desert_feature(code, start, end, geometry, cited))
    return features


def desert_feature(code, start, end, geometry, cited):
    country = COUNTRY_NAME[code]
    notes = (
        "Derived, not drawn: ground bounded mostly by the valleys, roads and towns Islamic "
        "State held on these days, open desert that no side held as territory (the area "
        "estimates count the corridors, not the desert between them). Its edges are the "
        "lines around it and as approximate as they are. A gap in time means no such "
        "desert was left between the fronts."
    )
    name = f"Desert between Islamic State's corridors ({country}, derived)"
    identity = (desert_territory_of(code), name, NO_ONE, "unheld")
    return derived_feature(code, identity, notes, start, end, geometry, cited)


def government_feature(code, start, end, geometry, cited):
    country = COUNTRY_NAME[code]
    notes = (
        f"Derived, not drawn: the rest of {country} on these days once the ground of Islamic "
        "State and of every other side is taken away. Its edges are those sides' lines and "
        "as approximate as they are; the sources are theirs."
    )
    name = f"{GOVERNMENT_NAME[code]} ground ({country}, derived)"
    identity = (territory_of(code), name, GOVERNMENT[code], "controlled")
    return derived_feature(code, identity, notes, start, end, geometry, cited)


def derived_feature(code, identity, notes, start, end, geometry, cited):
    """A derived version as the importer reads it: `identity` is (territory, its name, actor,
    status); drawn by judgement from its neighbours' lines, so `assessed`."""
    territory, name, actor, status = identity
    props = {
        "territory": territory,
        "territory_name": name,
        "actor": actor,
        "status": status,
        "confidence": "assessed",
        "valid_from": start.isoformat(),
        "valid_to": end.isoformat() if end else None,
        "countries": [code],
        "sources": cited,
        "notes": notes,
        "editor_notes": EDITOR_NOTE,
    }
    return {"type": "Feature", "properties": props, "geometry": mapping(geometry)}


def overlaps(version, start, end):
    """Whether a version shares a day with [start, end) (end None: open)."""
    return version.start < (end or date.max) and start < (version.end or date.max)


def cited_by(pieces, start, end, fixed, geometry):
    """Sources of the lines that bound `geometry` on [start, end): the drawn sides' pieces that
    touch it, else the fixed versions that do (Islamic State's), else the nearest in time."""
    near = prep(geometry.buffer(NEIGHBOUR))
    drawn = {
        id(v): v
        for v, p_start, p_end, shape in pieces
        if isinstance(v, Version)
        and p_start < (end or date.max)
        and start < (p_end or date.max)
        and near.intersects(shape)
    }
    keys = [k for v in drawn.values() for k in v.sources]
    if not keys:
        keys = [
            k
            for v in fixed
            if overlaps(v, start, end) and near.intersects(v.geometry)
            for k in v.sources
        ]
    if not keys:  # before the first or after the last line drawn: the lines next to it in time
        every = fixed + [v for v, *_ in pieces if isinstance(v, Version)]
        keys = [k for v in every if v.start == end or v.end == start for k in v.sources]
    return sorted({k for k in keys if isinstance(k, str)})


def derive_in_database(countries):
    """Government features rebuilt from the published versions now in the database.

    `countries`: {ISO code: shapely outline}. Every published version that covers ground is
    taken as drawn (editors' lines are not cut); the derived territories themselves are left out.
    """
    from shapely import wkb

    from mapapp.ground.derive import Version, resolve
    from mapapp.models import COVERING_STATUSES, DatedPolygon

    rows = (
        DatedPolygon.objects.published()
        .with_status(COVERING_STATUSES)
        .exclude(territory__slug__in=derived_territories())
        .select_related("actor", "territory")
        .prefetch_related("sources")
    )
    fixed = [
        Version(
            {
                "territory": row.territory.slug,
                "actor": row.actor.slug,
                "valid_from": row.valid_from.isoformat(),
                "valid_to": row.valid_to.isoformat() if row.valid_to else None,
            },
            wkb.loads(bytes(row.geometry.wkb)),
            [source.key for source in row.sources.all() if source.key],
        )
        for row in rows
    ]
    features = []
    for code, land in countries.items():
        here = [v for v in fixed if v.geometry.intersects(land)]
        if not here:  # no other side drawn here: nothing to derive from, nothing to cite
            continue
        pieces = resolve(code, land, here, [], anchors=anchor_cities(code))
        features.extend(derived_features(code, pieces, here))
    return features
