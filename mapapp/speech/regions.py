"""Country outlines for the rules of speech (fixtures/reference/countries-10m.geojson).

The 1:10m Natural Earth outlines are the ones the seed is checked against, read the same way
the seed tests read them. "Syria–Iraq" is the union of the two; every other country is abroad.
"""

import json
from functools import lru_cache

from django.conf import settings
from shapely import STRtree, prepare
from shapely.geometry import Point, shape
from shapely.ops import unary_union

from mapapp.speech import CORE_COUNTRIES

OUTLINES = settings.BASE_DIR / "fixtures" / "reference" / "countries-10m.geojson"


@lru_cache(maxsize=1)
def outlines():
    """{ISO alpha-2: (name, shapely geometry)} for the countries where the data draws polygons."""
    data = json.loads(OUTLINES.read_text(encoding="utf-8"))
    countries = {}
    for feature in data["features"]:
        geom = shape(feature["geometry"])
        prepare(geom)
        props = feature["properties"]
        countries[props["iso_a2"]] = (props["name"], geom)
    return countries


def known_codes():
    return sorted(outlines())


def name_of(code):
    return outlines().get(code, (code, None))[0]


@lru_cache(maxsize=16)
def union_wkt(codes):
    """WKT of the union of these countries' outlines, for clipping in PostGIS."""
    return unary_union([outlines()[code][1] for code in codes]).wkt


def core_wkt():
    return union_wkt(CORE_COUNTRIES)


@lru_cache(maxsize=1)
def outlines_tree():
    """(codes, an STRtree of their outlines in the same order): which outlines' boxes an area
    meets, without testing all of them for each of a summary's areas."""
    codes = list(outlines())
    return codes, STRtree([outlines()[code][1] for code in codes])


def countries_of_area(geom, share=0.1):
    """Countries holding at least `share` of a shapely area, the largest share first."""
    codes, tree = outlines_tree()
    shares = []
    for index in tree.query(geom):
        code = codes[index]
        outline = outlines()[code][1]
        if outline.intersects(geom):
            # An area inside one country (most of them) needs no intersection to measure.
            shared = geom.area if outline.contains(geom) else outline.intersection(geom).area
            if shared >= share * geom.area:
                shares.append((-shared, code))
    return [code for _, code in sorted(shares)]


def country_of_point(lon, lat):
    point = Point(lon, lat)
    for code, (_, outline) in outlines().items():
        if outline.contains(point):
            return code
    return None
