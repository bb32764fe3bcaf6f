"""Every side's ground on every day, without overlaps, and each government's as the remainder.

Hand-drawn lines of two sides never meet exactly, and Islamic State's line moves more often than
anyone could redraw its neighbours'. So the ground is resolved day by day, in one place:

- `fixed` versions (Islamic State and every version drawn to the day) are taken as they are;
- `drawn` versions (another side's outline, drawn generously toward the fronts) lose whatever a
  side earlier in `PRECEDENCE`, or any fixed version, holds on that day;
- a government's ground is the rest of its country, stored as versions like any other.

The result changes only on days some input changes, so the work is one pass over those days;
consecutive days with the same outline are merged back into one version. Pure shapely: the seed
builder and the `derive_ground` command (the database's own versions) both call `resolve`.
"""

from dataclasses import dataclass, field
from datetime import date

from shapely import make_valid, set_precision
from shapely.geometry import MultiPolygon, Polygon
from shapely.ops import unary_union

# The coverage window the story needs: every day of 2014–2019 is drawn for every side.
WINDOW = (date(2014, 1, 1), date(2020, 1, 1))
# Where drawn sides touch, the earlier wins; precedence resolves slop, it is no claim of strength.
PRECEDENCE = (
    "islamic-state",
    "al-tanf-coalition",
    "turkish-backed",
    "idlib-groups",
    "syrian-opposition",
    "ypg",
    "sdf",
    "kurdistan-region",
    "popular-mobilisation",
    "syrian-government",
    "iraqi-government",
    "no-one",
)
GOVERNMENT = {"SY": "syrian-government", "IQ": "iraqi-government"}
# The actor of open desert (status `unheld`): drawn so no ground is blank, but no side.
NO_ONE = "no-one"
GOVERNMENT_NAME = {"SY": "Syrian government", "IQ": "Iraqi government"}
GRID = 0.00001  # 5 decimals, about 1 m: the seed's coordinate precision
# Remainders smaller than this (about 1 km²) are slivers between two hand-drawn lines.
MIN_PART = 0.0001
# Islamic State's ground is drawn as the corridors it held (valleys, roads, towns), as the
# published area estimates count it. A part of the remainder cut off from the government's main
# ground, bounded mostly by other sides (this share of the band just outside its edge) and in
# good part by Islamic State, is desert between the corridors and the fronts: no one's, not the
# government's. The government keeps its largest part, and any part with a city in it (the
# `anchors`: Hasakah's and Qamishli's quarters), whatever surrounds it; a part only other sides
# surround (Nubl and Zahraa, al-Foua) was drawn as the government's hole on purpose.
STORY = "islamic-state"
ENCLOSED_SHARE = 0.6
STORY_SHARE = 0.25
CITY_RADIUS = 0.08  # degrees, about 8 km: a city's quarters around its gazetteer point
EDGE_BAND = 0.01  # degrees, about 1 km: the band outside a part's edge that is looked at
# Marks the pieces of desert enclosed by Islamic State's corridors in `resolve`'s answer.
ENCLOSED = "enclosed"


@dataclass
class Version:
    """A dated polygon: `properties` as the importer reads them, `geometry` a shapely shape."""

    properties: dict
    geometry: object
    sources: list = field(default_factory=list)

    @property
    def start(self):
        return date.fromisoformat(self.properties["valid_from"])

    @property
    def end(self):
        value = self.properties.get("valid_to")
        return date.fromisoformat(value) if value else None

    def valid_on(self, day):
        """The time rule (half-open), as `DatedPolygonQuerySet.valid_on` applies it in SQL."""
        return self.start <= day and (self.end is None or day < self.end)

    @property
    def rank(self):
        actor = self.properties["actor"]
        return PRECEDENCE.index(actor) if actor in PRECEDENCE else len(PRECEDENCE)


def polygonal(geometry):
    """Only the areas of a geometry, as one MultiPolygon (cuts leave stray lines and points)."""
    if geometry.is_empty:
        return MultiPolygon()
    if isinstance(geometry, Polygon):
        return MultiPolygon([geometry])
    if isinstance(geometry, MultiPolygon):
        return geometry
    parts = []
    for part in getattr(geometry, "geoms", []):
        parts.extend(polygonal(part).geoms)
    return MultiPolygon(parts)


def tidy(geometry, min_part=MIN_PART):
    geometry = make_valid(set_precision(make_valid(geometry), GRID))
    return MultiPolygon([p for p in polygonal(geometry).geoms if p.area >= min_part])


def change_days(versions, window=WINDOW):
    """Every day in the window on which some version begins or ends, with the window's start."""
    start, stop = window
    days = {start}
    for version in versions:
        for day in (version.start, version.end):
            if day is not None and start < day < stop:
                days.add(day)
    return sorted(days)


def resolve(country, land, fixed, drawn, window=WINDOW, anchors=None):
    """Pieces of drawn versions, of the government and of enclosed desert, day by day.

    Each piece is (version, or None for the government, or ENCLOSED, start, end, geometry);
    `land` is the country's outline. Fixed versions take ground first; drawn ones in precedence
    order; the rest is the government's but for desert enclosed by Islamic State's corridors.
    """
    fixed = [v for v in fixed if v.geometry.intersects(land)]
    drawn = sorted(drawn, key=lambda v: (v.rank, v.properties["territory"]))
    days = change_days(fixed + drawn, window)
    pieces = []
    # The last day's ground stays valid past the window: the map after 2019 shows it unchanged.
    for start, end in zip(days, days[1:] + [None], strict=True):
        taken = [v.geometry.intersection(land) for v in fixed if v.valid_on(start)]
        union = unary_union(taken) if taken else Polygon()
        for version in (v for v in drawn if v.valid_on(start)):
            outline = version.geometry.intersection(land)
            mine = outline.difference(union) if outline.intersects(union) else outline
            mine = tidy(mine)
            pieces.append((version, start, end, mine))
            union = unary_union([union, mine])
        story = [v.geometry for v in fixed if v.valid_on(start) and v.properties["actor"] == STORY]
        rest, enclosed = split_remainder(
            tidy(land.difference(union)), land, union, unary_union(story), anchors
        )
        pieces.append((None, start, end, rest))
        pieces.append((ENCLOSED, start, end, enclosed))
    return merge(pieces)


def split_remainder(remainder, land, others, story, anchors=None):
    """(the government's, desert enclosed between the fronts) of the remainder.

    `others`: every other side's ground that day; `story`: Islamic State's; `anchors`: a
    MultiPoint of cities a government part keeps whatever surrounds it. Only the band inside
    the country counts: a border is no side.
    """
    parts = list(remainder.geoms)
    if len(parts) < 2 or story.is_empty:
        return remainder, MultiPolygon()
    largest = max(parts, key=lambda p: p.area)
    government, enclosed = [largest], []
    for part in parts:
        if part is largest:
            continue
        # A city's quarters stay the government's; the steppe beyond them is judged like any
        # other part (Hasakah's quarters in 2014, but not the plain south of Ras al-Ayn).
        held = part.intersection(anchors.buffer(CITY_RADIUS)) if anchors is not None else None
        if held is not None and not held.is_empty:
            government.extend(polygonal(held).geoms)
            rest = polygonal(part.difference(held)).geoms
        else:
            rest = [part]
        for piece in rest:
            (enclosed if between_fronts(piece, land, others, story) else government).append(piece)
    return tidy(MultiPolygon(government)), tidy(MultiPolygon(enclosed))


def between_fronts(part, land, others, story):
    """Whether the band just outside `part` (inside the country) is mostly other sides' ground
    and in good part Islamic State's."""
    outside = part.exterior.buffer(EDGE_BAND).difference(part).intersection(land)
    band = outside.area or 1.0
    return (
        outside.intersection(others).area >= ENCLOSED_SHARE * band
        and outside.intersection(story).area >= STORY_SHARE * band
    )


def merge(pieces):
    """Join consecutive pieces of one version (or of the government) whose outline is unchanged."""
    merged = []
    last = {}
    for version, start, end, geometry in pieces:
        key = id(version)
        previous = last.get(key)
        if previous is not None and previous[2] == start and previous[3].equals(geometry):
            previous[2] = end
            continue
        piece = [version, start, end, geometry]
        merged.append(piece)
        last[key] = piece
    return [tuple(p) for p in merged if not p[3].is_empty]
