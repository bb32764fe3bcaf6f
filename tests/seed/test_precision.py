"""Honest zoom in the seed: a version whose public note states its accuracy carries it."""

import json
import re

import pytest
from django.conf import settings

from mapapp.models import DatedPolygon

pytestmark = pytest.mark.django_db

STATED = re.compile(r"±\s*\d|approximate to \d")
# The files whose builders set it (tools/seed/precision.py); the other actors' files are drawn
# by their own builders.
BUILT = ("is-core", "syria-enclaves", "iraq-enclaves")


def territories():
    slugs = set()
    for name in BUILT:
        path = settings.BASE_DIR / "fixtures" / "polygons" / f"{name}.geojson"
        slugs |= {f["properties"]["territory"] for f in json.loads(path.read_text())["features"]}
    return slugs


def test_every_version_whose_note_states_an_accuracy_carries_it(seeded):
    versions = DatedPolygon.objects.filter(territory__slug__in=territories())
    stated = [v for v in versions.select_related("territory") if STATED.search(v.notes)]
    assert len(stated) > 100
    missing = [f"{v.territory.slug} {v.valid_from}" for v in stated if v.precision_km is None]
    assert missing == []


def test_the_core_is_approximate_to_20_km_until_the_last_pockets_drawn_to_1_km(seeded):
    core = DatedPolygon.objects.filter(territory__slug="is-core").order_by("valid_from")
    assert core.first().precision_km == 20
    # The tent camp at Baghouz, drawn to ±300 m, may be zoomed in on; the 2014 outline may not.
    assert core.last().precision_km <= 1
