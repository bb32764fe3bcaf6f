"""The accuracy a version's public note states, as the map's `precision_km` (honest zoom).

One rule for every seed builder: "±3 km", "±500 m" and "approximate to 10–20 km" in a note become
3, 0.5 and 20 (the coarsest figure the note gives); a note that states none sets none.
"""

import re

PLUS_MINUS = re.compile(r"±\s*(\d+(?:\.\d+)?)\s*(km|m)\b")
APPROXIMATE = re.compile(r"approximate to (?:\d+(?:\.\d+)?\s*[–-]\s*)?(\d+(?:\.\d+)?)\s*(km|m)\b")


def stated_precision_km(note):
    figures = [
        float(value) / (1000 if unit == "m" else 1)
        for pattern in (PLUS_MINUS, APPROXIMATE)
        for value, unit in pattern.findall(note or "")
    ]
    return max(figures) if figures else None
