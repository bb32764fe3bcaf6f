"""Inline citations in GeoJSON files resolve to one source, even when a keyed twin exists."""

import json

import pytest

from mapapp.importing import import_events
from mapapp.models import Event
from tests.factories import make_source

pytestmark = pytest.mark.django_db

CITATION = {"title": "Battle of Tabqa", "publisher": "Wikipedia", "url": "https://w.example/Tabqa"}


def events_file(tmp_path):
    feature = {
        "type": "Feature",
        "properties": {"title": "Tabqa taken", "date": "2017-05-10", "sources": [CITATION]},
        "geometry": {"type": "Point", "coordinates": [38.55, 35.84]},
    }
    path = tmp_path / "events.geojson"
    path.write_text(json.dumps({"type": "FeatureCollection", "features": [feature]}))
    return path


def test_an_inline_citation_reuses_the_source_it_names(tmp_path):
    import_events(events_file(tmp_path))
    import_events(events_file(tmp_path))
    assert Event.objects.get().sources.get().title == "Battle of Tabqa"


def test_an_inline_citation_prefers_the_keyed_twin_of_an_earlier_inline_copy(tmp_path):
    # An earlier seed cited it inline; a later sources file defines the same report with a key.
    make_source(key=None, **CITATION)
    keyed = make_source(key="core-wp-battle-of-tabqa", **CITATION)
    import_events(events_file(tmp_path))
    assert list(Event.objects.get().sources.all()) == [keyed]
