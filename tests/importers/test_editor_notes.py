"""Editors' working notes come in with an import, show in the admin, and never reach readers."""

import io
import json

import pytest
from django.core.management import call_command
from django.urls import reverse

from mapapp.importing import import_events
from mapapp.models import DatedPolygon, Event
from tests.factories import make_actor

pytestmark = pytest.mark.django_db

SQUARE = {"type": "Polygon", "coordinates": [[[40, 34], [41, 34], [41, 35], [40, 35], [40, 34]]]}
SOURCE = {"title": "Fall of Mosul", "publisher": "Reuters", "url": "https://example.org/mosul-1"}
WORKING = "Drawn with tools/seed/core_build.py from places.csv"


def write(tmp_path, name, feature):
    path = tmp_path / name
    path.write_text(json.dumps({"type": "FeatureCollection", "features": [feature]}))
    return str(path)


@pytest.fixture
def imported(tmp_path):
    make_actor("islamic-state")
    polygon = {
        "type": "Feature",
        "geometry": SQUARE,
        "properties": {
            "territory": "is-core", "territory_name": "IS core", "actor": "islamic-state",
            "status": "controlled", "confidence": "assessed", "valid_from": "2014-06-10",
            "sources": [SOURCE], "notes": "Mosul and its plain.", "editor_notes": WORKING,
        },
    }  # fmt: skip
    event = {
        "type": "Feature",
        "geometry": {"type": "Point", "coordinates": [43.13, 36.34]},
        "properties": {
            "title": "Mosul falls", "date": "2014-06-10", "description": "IS takes Mosul.",
            "sources": [SOURCE], "editor_notes": WORKING,
        },
    }  # fmt: skip
    call_command("import_polygons", write(tmp_path, "p.geojson", polygon), stdout=io.StringIO())
    import_events(write(tmp_path, "e.geojson", event))
    return DatedPolygon.objects.get(), Event.objects.get()


def test_the_importer_keeps_editor_notes_apart_from_the_public_note(imported):
    polygon, event = imported
    assert (polygon.notes, polygon.editor_notes) == ("Mosul and its plain.", WORKING)
    assert (event.description, event.editor_notes) == ("IS takes Mosul.", WORKING)


@pytest.mark.parametrize(
    "url",
    [
        "/api/v1/control?date=2014-07-01",
        "/api/v1/events",
        "/api/v1/export?format=geojson",
        "/api/v1/export?format=csv",
        "/api/v1/export?format=kml",
    ],
)
def test_readers_never_see_editor_notes(imported, client, url):
    response = client.get(url)
    assert response.status_code == 200
    body = b"".join(response) if response.streaming else response.content
    assert b"Mosul" in body
    assert b"core_build" not in body and b"places.csv" not in body


def test_the_admin_shows_editor_notes_to_editors(imported, admin_client):
    polygon, event = imported
    for model, pk in (("datedpolygon", polygon.pk), ("event", event.pk)):
        page = admin_client.get(reverse(f"admin:mapapp_{model}_change", args=[pk]))
        assert page.status_code == 200
        assert WORKING in page.content.decode()
