"""Every source a reader can check, every confidence label earned, no working notes in public.

These read the fixture files themselves (what the seed publishes), with the rules of
tools/seed/source_rules.py, the one copy the builders use too.
"""

import json
import re
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "fixtures"
sys.path.insert(0, str(ROOT / "tools" / "seed"))

from source_rules import (  # noqa: E402
    WORKING_NOTE,
    cites_the_project,
    independent_publishers,
    is_home_page,
    load_sources,
    split_note,
)


def features(kind):
    """(file name, properties) of every feature in fixtures/<kind>/*.geojson."""
    out = []
    for path in sorted((FIXTURES / kind).glob("*.geojson")):
        for feature in json.loads(path.read_text(encoding="utf-8"))["features"]:
            out.append((path.name, feature["properties"]))
    return out


def published(kind):
    return [(name, p) for name, p in features(kind) if p.get("state", "published") == "published"]


def label(name, props):
    return f"{name}: {props.get('territory') or props.get('title')} from " + str(
        props.get("valid_from") or props.get("date")
    )


def cited(props, sources):
    """The source dicts a feature cites: keyed ones looked up, inline ones as written."""
    return [sources.get(s, {}) if isinstance(s, str) else s for s in props.get("sources") or []]


def every_source():
    """(where, source) for every keyed source and every inline citation in the fixtures."""
    out = [(f"sources: {key}", source) for key, source in load_sources().items()]
    for kind in ("polygons", "events"):
        for name, props in features(kind):
            out += [
                (label(name, props), s) for s in props.get("sources") or [] if isinstance(s, dict)
            ]
    return out


@pytest.mark.parametrize(
    "url, home",
    [
        ("https://www.bbc.com/news", True),
        ("https://www.reuters.com/", True),
        ("https://www.thenational.ae", True),
        ("https://www.aljazeera.com/news/middle-east", True),
        ("https://www.syriahr.com/en/", True),
        ("https://ctc.westpoint.edu/ctc-sentinel/", True),
        ("https://www.bbc.com/news/world-africa-36963711", False),
        ("https://en.wikipedia.org/wiki/Al-Hawl", False),
        ("http://kurdwatch.org/?aid=3462&z=en", False),
        ("https://libyasecuritymonitor.com/action-27-sept-16/", False),
        ("", False),
    ],
)
def test_a_home_page_or_bare_section_is_told_from_an_article(url, home):
    assert is_home_page(url) is home


def test_no_source_links_to_an_outlet_home_page():
    home_pages = [
        f"{where}: {s.get('url')}" for where, s in every_source() if is_home_page(s.get("url"))
    ]
    assert home_pages == []


def test_no_source_cites_the_project_or_its_shared_files():
    own = [f"{where}: {s.get('publisher')}" for where, s in every_source() if cites_the_project(s)]
    assert own == []


def test_every_published_polygon_and_event_cites_a_known_source():
    sources = load_sources()
    missing = []
    for kind in ("polygons", "events"):
        for name, props in published(kind):
            keys = [s for s in props.get("sources") or [] if isinstance(s, str)]
            if not props.get("sources") or any(key not in sources for key in keys):
                missing.append(label(name, props))
    assert missing == []


def test_every_confirmed_version_cites_two_independent_outlets():
    """The rule of fixtures/README.md ("Confidence"): confirmed needs two outlets agreeing."""
    sources = load_sources()
    alone = [
        label(name, props)
        for name, props in published("polygons")
        if props["confidence"] == "confirmed" and independent_publishers(cited(props, sources)) < 2
    ]
    assert alone == []


def test_a_confirmed_version_is_not_said_to_be_drawn_by_judgement():
    judged = [
        label(name, props)
        for name, props in published("polygons")
        if props["confidence"] == "confirmed"
        and re.search(r"judgement|approximate|day not|not fixed", props.get("notes") or "", re.I)
    ]
    assert judged == []


def public_texts():
    """(where, text) of everything a reader sees: notes, names, titles, descriptions."""
    out = []
    for kind in ("polygons", "events"):
        for name, props in features(kind):
            for field in ("notes", "territory_name", "title", "description"):
                if props.get(field):
                    out.append((f"{label(name, props)} [{field}]", props[field]))
    actors = json.loads((FIXTURES / "actors.json").read_text(encoding="utf-8"))
    out += [(f"actor {a['slug']}", a.get("description") or "") for a in actors]
    return out


def test_no_public_note_names_a_file_a_path_or_a_script():
    leaks = [
        f"{where}: {match.group(0)!r}"
        for where, text in public_texts()
        for match in [WORKING_NOTE.search(text)]
        if match
    ]
    assert leaks == []


@pytest.mark.parametrize(
    "text",
    [
        "Drawn from named waypoints (tools/seed/core_*.py)",
        "sized against IHS (see fixtures/NOTES.md)",
        "from shared/data/places.csv",
        "the generator script moved this line",
        "as core_build.py writes it",
    ],
)
def test_the_working_note_rule_catches_paths_files_and_scripts(text):
    assert WORKING_NOTE.search(text)


def test_the_working_note_rule_leaves_plain_prose_alone():
    prose = "Held 30-40 km deep; the 1/2 km edge and the description of Raqqa/Tabqa stay public."
    assert WORKING_NOTE.search(prose) is None


def test_a_note_written_for_both_audiences_is_split():
    public, working = split_note("Taken 17 Nov 2018. Centre approximate (places.csv). See x.py.")
    assert public == "Taken 17 Nov 2018. Centre approximate."
    assert working == ["places.csv", "See x.py."]
