"""GET /api/v1/schema describes exactly the endpoints that exist."""

import pytest
from django.urls import get_resolver

from tests.factories import make_actor

pytestmark = pytest.mark.django_db


def test_the_schema_is_openapi_3_and_lists_every_api_endpoint(client):
    schema = client.get("/api/v1/schema").json()
    assert schema["openapi"].startswith("3.")
    served = {
        "/" + str(p.pattern).replace("<str:ident>", "{ident}")
        for p in get_resolver().url_patterns
        if str(p.pattern).startswith("api/v1/")
    }
    assert served == set(schema["paths"])


def test_every_documented_parameter_is_accepted(client):
    schema = client.get("/api/v1/schema").json()
    examples = {
        "date": "2015-01-01",
        "from": "2015-01-01",
        "to": "2016-01-01",
        "bbox": "38,33,44,37.5",
        "zoom": "5",
        "format": "geojson",
        "actor": "islamic-state",
        "q": "Mosul",
        "country": "SY,IQ",
    }
    make_actor("islamic-state")
    for path, operations in schema["paths"].items():
        params = {
            p["name"]: examples[p["name"]]
            for p in operations["get"].get("parameters", [])
            if p["name"] in examples
        }
        response = client.get(path.replace("{ident}", "99072"), params)
        assert response.status_code == 200, (path, response.content)
