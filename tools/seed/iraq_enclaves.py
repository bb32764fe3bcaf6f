"""Build fixtures/polygons/iraq-enclaves.geojson: government enclaves IS surrounded in Iraq.

Run from the checkout:  .venv/bin/python tools/seed/iraq_enclaves.py

Each enclave is the very shape core_iraq_towns cuts out of the IS core for those days, clipped
to Iraq and cut by any IS core ground of those days, so the two sides never overlap.
`besieged` where the sources say the town was encircled, `contested` where the town was split
between the sides.
"""

import json
import re
from pathlib import Path

from core_geo import ROOT, as_multipolygon, country_outlines
from core_iraq_towns import AMIRLI, BAIJI_REFINERY, HADITHA_ENCLAVE, RAMADI_CENTRE
from precision import stated_precision_km
from shapely.geometry import mapping
from world_build import is_core_controlled

OUT = ROOT / "fixtures" / "polygons" / "iraq-enclaves.geojson"
GOV = "iraqi-government"

AMIRLI_NOTE = (
    "The Shia Turkmen town was first attacked on 10 June 2014 and completely surrounded from "
    "18 June; its defenders held until the army and militias broke the siege on 31 August "
    "2014. The town is drawn as a 3 km disc (approximate)."
)
HADITHA_NOTE = (
    "Cut off when Hit fell in October 2014 (day not fixed); reachable only by military aircraft "
    "in 2015; the road to Hit reopened on 2 May 2016 after an 18-month siege. IS fighters broke "
    "into al-Baghdadi in February 2015 but did not hold it. The valley is drawn by judgement, "
    "16 km wide."
)
REFINERY_BESIEGED_NOTE = (
    "IS held Baiji town from 11-12 June 2014 and surrounded the refinery, whose guards held out "
    "until the army broke through in mid-November 2014. The refinery is drawn as a 3 km disc "
    "(approximate)."
)
REFINERY_CONTESTED_NOTE = (
    "After IS retook Baiji town on 21 December 2014 the refinery was besieged again and changed "
    "hands in part several times in 2015 until it was retaken on 16 October 2015. The gap "
    "before this version: 18 Nov - 21 Dec 2014, when the town and the road to the refinery "
    "were government-held and nothing was encircled."
)
RAMADI_NOTE = (
    "IS took parts of Ramadi in January 2014 while the security forces held the government "
    "compound and the centre; the city was split until IS took the compound on 15 May and the "
    "whole city on 17 May 2015. Drawn as a 3 km disc round the centre (approximate)."
)

# (territory, name, shape, [(status, from, to, from precision, to precision, sources, note)])
ENCLAVES = [
    ("iq-amirli", "Amirli (siege of 2014)", AMIRLI, [
        ("besieged", "2014-06-18", "2014-08-31", "day", "day",
         ["iq-dailystar-2014-08-07-amerli", "iq-cbs-2014-08-31-amirli"], AMIRLI_NOTE),
    ]),
    ("iq-haditha", "Haditha and al-Baghdadi (siege of 2014-2016)", HADITHA_ENCLAVE, [
        ("besieged", "2014-10-13", "2016-05-02", "month", "day",
         ["iq-independent-2015-07-23-haditha", "iq-newarab-2016-05-02-haditha"], HADITHA_NOTE),
    ]),
    ("iq-baiji-refinery", "Baiji oil refinery", BAIJI_REFINERY, [
        ("besieged", "2014-06-12", "2014-11-18", "day", "day",
         ["iq-wikia-battle-of-baiji", "iq-rferl-2014-11-14-baiji"], REFINERY_BESIEGED_NOTE),
        ("contested", "2014-12-21", "2015-10-16", "day", "day",
         ["iq-wp-battle-of-baiji-2014", "iq-newarab-2015-10-16-baiji"], REFINERY_CONTESTED_NOTE),
    ]),
    ("iq-ramadi-centre", "Ramadi government centre (2014-2015)", RAMADI_CENTRE, [
        ("contested", "2014-01-04", "2015-05-17", "month", "day",
         ["core-wp-battle-of-ramadi-2014-15", "iq-csm-2015-05-15-ramadi"], RAMADI_NOTE),
    ]),
]  # fmt: skip


def feature(territory, name, shape_, iraq, version):
    status, start, end, start_prec, end_prec, sources, note = version
    props = {
        "territory": territory,
        "territory_name": name,
        "actor": GOV,
        "status": status,
        "confidence": "assessed",
        "valid_from": start,
        "valid_to": end,
        "valid_from_precision": start_prec,
        "valid_to_precision": end_prec,
        "state": "published",
        "sources": sources,
        "notes": note,
        "countries": ["IQ"],
    }
    # None of these notes states an accuracy yet ("a 3 km disc" is a size): the rule decides.
    if stated_precision_km(note) is not None:
        props["precision_km"] = stated_precision_km(note)
    geometry = shape_.intersection(iraq)
    # The core's holes are smoothed (core_build closes gaps), so a disc may reach a little into
    # IS ground; IS's line wins there, so the two sides never share ground on any day.
    core = is_core_controlled(start, end)
    if core is not None and geometry.intersects(core):
        geometry = geometry.difference(core)
    geometry = as_multipolygon(geometry)
    return {"type": "Feature", "properties": props, "geometry": mapping(geometry)}


def main():
    iraq = country_outlines()["IQ"]
    features = [
        feature(territory, name, shape_, iraq, version)
        for territory, name, shape_, versions in ENCLAVES
        for version in versions
    ]
    text = re.sub(
        r"\[\s+(-?[\d.]+),\s+(-?[\d.]+)\s+\]",
        r"[\1, \2]",
        json.dumps({"type": "FeatureCollection", "features": features}, indent=1),
    )
    Path(OUT).write_text(text + "\n", encoding="utf-8")
    print(f"wrote {OUT.relative_to(ROOT)}: {len(features)} features")


if __name__ == "__main__":
    main()
