"""What an attacker plants, and the signed-in clients the attacks go through."""

import json

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from mapapp.editing.groups import REVIEWERS

# If this runs anywhere, window.__pwned becomes 1; every browser test checks it stays unset.
PAYLOAD = "<img src=x onerror=window.__pwned=1>"
IMPORT = "/admin/mapapp/datedpolygon/import/"


@pytest.fixture
def reviewer(db):
    user = get_user_model().objects.create_user("rafa", password="reviewer-pw", is_staff=True)
    user.groups.add(Group.objects.get(name=REVIEWERS))
    return user


@pytest.fixture
def reviewer_client(client, reviewer):
    client.force_login(reviewer)
    return client


def feature(**properties):
    """One GeoJSON polygon feature near Raqqa with valid defaults, overridden by `properties`."""
    ring = [[40.0, 34.0], [41.0, 34.0], [41.0, 35.0], [40.0, 35.0], [40.0, 34.0]]
    defaults = {
        "territory": "planted",
        "territory_name": "Planted",
        "actor": "islamic-state",
        "status": "controlled",
        "confidence": "assessed",
        "valid_from": "2016-01-01",
        "sources": [{"title": "Dispatch", "publisher": "Wire", "url": "https://example.org/"}],
    }
    return {
        "type": "Feature",
        "geometry": {"type": "Polygon", "coordinates": [ring]},
        "properties": {**defaults, **properties},
    }


def geojson_file(folder, *features, name="attack.geojson"):
    path = folder / name
    path.write_text(json.dumps({"type": "FeatureCollection", "features": list(features)}))
    return path
