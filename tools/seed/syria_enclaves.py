"""Build fixtures/polygons/syria-enclaves.geojson: enclaves in Syria and Lebanon off the core.

IS ground away from the Euphrates–Tigris corridors (south Damascus, the Qalamoun mountains on
both sides of the Lebanese border, al-Tanf, the east Hama pocket after Uqayribat) and the
government and Kurdish enclaves inside IS ground that the core cuts out (syria_shapes.py). Run
after core_build.py, from the checkout:

    .venv/bin/python tools/seed/syria_enclaves.py

Outlines are clipped to their countries and kept off IS-held core ground like the world files
(world_build.build_feature).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from precision import stated_precision_km  # noqa: E402
from syria_enclave_specs import FEATURES  # noqa: E402
from world_build import POLYGONS, build_feature, load_countries, readable  # noqa: E402

OUT = POLYGONS / "syria-enclaves.geojson"


def main():
    countries = load_countries()
    features = [build_feature(spec, countries) for spec in FEATURES]
    for feature in features:
        # Honest zoom: the accuracy the note states ("±3 km") limits how far readers zoom in.
        km = stated_precision_km(feature["properties"].get("notes"))
        if km is not None:
            feature["properties"]["precision_km"] = km
    OUT.write_text(readable(features), encoding="utf-8")
    print(f"{OUT.name}: {len(features)} dated polygons")


if __name__ == "__main__":
    main()
