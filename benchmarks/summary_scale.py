"""Benchmark: the summary (/api/v1/summary) of a date at ~2,000 areas, before and after.

    .venv/bin/python -m benchmarks.summary_scale [--before REF] [--dates 6]

One run, one process, one throw-away database (bench_summary; map_stepping.fill: 2,000
territories on a grid over Syria and Iraq, all valid every day, as benchmarks/tile_stepping.py's
archive). BEFORE is
the code of REF (mapapp/speech/facts.py and regions.py, exported with `git archive`), AFTER this
checkout's; both build the summary (mapapp.speech.summary) of each date cold (never answered
before, no shared cache), alternated, BEFORE first on even dates and second on odd ones. It
prints each date's seconds, the medians and their ratio, and whether both told the same: the
facts (per actor and region the km² held and present, and every pocket with its km², country
and places), and the text. The grid's circles of one row are of equal size: which of them is
"the largest" was the order the whole union returned its parts in before, and is now the
north-western first (mapapp.speech.facts), so texts naming it may differ there.
"""

import argparse
import importlib.util
import json
import statistics
import tempfile
import time
from datetime import date
from pathlib import Path

from benchmarks import map_stepping as ms
from benchmarks.first_paint import export_tree
from mapapp.speech import facts as after_facts
from mapapp.speech import summary as summary_module

BEFORE_REF = "d076eb3"
POLYGONS = 2000


def load(name, path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def before_facts(tree):
    """REF's facts module, reading REF's regions module."""
    regions = load("before_regions", tree / "mapapp" / "speech" / "regions.py")
    facts = load("before_facts", tree / "mapapp" / "speech" / "facts.py")
    facts.regions = regions
    return facts


def facts_told(told):
    """The summary's facts, each fact's pockets in a fixed order."""
    facts = [{**f, "pockets": sorted(f["pockets"], key=json.dumps)} for f in told["facts"]]
    return json.dumps([{k: v for k, v in f.items() if k != "places"} for f in facts])


def timed_summary(facts, day):
    summary_module.facts_on = facts.facts_on
    began = time.perf_counter()
    told = summary_module.summary(day)
    return time.perf_counter() - began, told


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--before", default=BEFORE_REF, help="git ref of the former summary")
    parser.add_argument("--dates", type=int, default=6)
    args = parser.parse_args()
    ms.BENCH_DB = "bench_summary"  # its own: other benchmarks may be running
    ms.fresh_database()
    days, versions = ms.fill(POLYGONS, args.dates + 2)
    print(f"{POLYGONS:,} areas a day, {versions:,} versions, {args.dates} dates, cold each")
    with tempfile.TemporaryDirectory() as tmp:
        trees = {"before": before_facts(export_tree(args.before, Path(tmp) / "before"))}
    trees["after"] = after_facts
    # Each process loads the outlines and the gazetteer once: not a date's cost.
    for facts in trees.values():
        timed_summary(facts, date.fromisoformat(days[-1]))
    seconds = {"before": [], "after": []}
    same_facts = same_text = 0
    for n, day in enumerate(days[: args.dates]):
        order = ("before", "after") if n % 2 == 0 else ("after", "before")
        told = {}
        for name in order:
            spent, told[name] = timed_summary(trees[name], date.fromisoformat(day))
            seconds[name].append(spent)
        same_facts += facts_told(told["before"]) == facts_told(told["after"])
        same_text += told["before"]["text"] == told["after"]["text"]
        print(
            f"  {day}: before {seconds['before'][-1]:6.2f} s   after {seconds['after'][-1]:6.2f} s"
        )
    before, after = (statistics.median(seconds[name]) for name in ("before", "after"))
    print(
        f"median a date: before {before:.2f} s, after {after:.2f} s, "
        f"after/before x{after / before:.3f} ({before / after:.0f} times faster); "
        f"the same facts on {same_facts}/{args.dates} dates, the same text on "
        f"{same_text}/{args.dates}"
    )
    ms.connection.close()


if __name__ == "__main__":
    main()
