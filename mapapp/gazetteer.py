"""Place search over static/basemap/gazetteer.json (built by tools/build_gazetteer.py).

Readers type names as they read them in the press: Kobane or Ayn al-Arab, Mossul, Deir Ezzor or
Dayr az-Zawr, Hajeen. A query matches, best first: a spelling exactly (after folding accents,
case, hyphens and the Arabic article), then the same consonant skeleton (transliterations differ
mostly in vowels and doubled letters), then a spelling that starts with the query. Ties go to the
larger place.
"""

import difflib
import json
import re
import unicodedata
from functools import lru_cache

import shapely
from django.conf import settings

GAZETTEER = settings.BASE_DIR / "static" / "basemap" / "gazetteer.json"
ARTICLE = re.compile(r"^(?:al|el|ar|as|ad|az|ash|at|an|ad|ed|er|es|ez|l)\s+")
# Settlements can name an area; story sites (an oil field, a camp) cannot.
SETTLEMENTS = ("city", "town", "village")
CORE = ("SY", "IQ")


def fold(text):
    """'Dayr az-Zawr' -> 'dayr az zawr': no accents, no apostrophes, lower case, single spaces."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).lower()
    text = re.sub(r"[‘’'`ʿʾ]", "", text)
    return re.sub(r"[^a-z0-9]+", " ", text).strip()


def bare(text):
    """Folded, without a leading article and spaces: 'Ar-Raqqa' -> 'raqqa'."""
    return ARTICLE.sub("", fold(text)).replace(" ", "")


def skeleton(text):
    """Consonants without repeats: Deir Ezzor and Dayr az-Zawr both give 'drzr'."""
    consonants = re.sub(r"[aeiouyw]", "", bare(text))
    return re.sub(r"(.)\1+", r"\1", consonants)


@lru_cache(maxsize=1)
def places():
    return json.loads(GAZETTEER.read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def by_id():
    return {place["id"]: place for place in places()}


@lru_cache(maxsize=1)
def _index():
    """(place, bare spellings, skeletons) for every place, built once per process."""
    rows = []
    for place in places():
        spellings = {bare(n) for n in [place["name"], *place["names"]]} - {""}
        rows.append((place, spellings, {skeleton(s) for s in spellings if len(s) > 2}))
    return rows


def _score(query_bare, query_skeleton, place, spellings, skeletons):
    if query_bare == bare(place["name"]):
        return 4
    if query_bare in spellings:
        return 3
    if len(query_skeleton) >= 2 and query_skeleton in skeletons:
        return 2
    if len(query_bare) >= 3 and any(s.startswith(query_bare) for s in spellings):
        return 1
    return 0


def search(query, limit=10):
    """Places matching `query`, best first."""
    query_bare, query_skeleton = bare(query), skeleton(query)
    if not query_bare:
        return []
    scored = []
    for place, spellings, skeletons in _index():
        score = _score(query_bare, query_skeleton, place, spellings, skeletons)
        if score:
            # The story happens in Syria and Iraq: there, a Susah is Susah before Sousse.
            core = place["country"] in CORE
            scored.append((-score, not core, -(place["population"] or 0), place["name"], place))
    scored.sort(key=lambda row: row[:4])
    return [row[4] for row in scored[:limit]]


def nearest_spellings(query, count=5):
    """Names that look like `query`, for "no place called ...; did you mean ...?"."""
    names = {}
    for place in places():
        for name in [place["name"], *place["names"]]:
            names.setdefault(fold(name), place["name"])
    close = difflib.get_close_matches(fold(query), list(names), n=count * 3, cutoff=0.6)
    return list(dict.fromkeys(names[c] for c in close))[:count]


def settlements_in(country=None):
    return [
        p
        for p in places()
        if p["kind"] in SETTLEMENTS and (country is None or p["country"] == country)
    ]


@lru_cache(maxsize=64)
def settlements_tree(country):
    """(settlements_in(country), an STRtree of their points in the same order), built once per
    process: the summary asks which towns lie in, or nearest to, each of up to thousands of
    areas, and building a point per town per area cost seconds (docs/scale.md)."""
    found = settlements_in(country)
    return found, shapely.STRtree([shapely.Point(p["lon"], p["lat"]) for p in found])
