"""The whole-history export is streamed, and says exactly what the in-memory writers say."""

import json
from datetime import date

import pytest
from django.http import StreamingHttpResponse

from mapapp import exports
from mapapp.models import DatedPolygon
from tests.factories import make_polygon, make_source, make_territory

pytestmark = pytest.mark.django_db


@pytest.fixture
def history():
    source = make_source(title="Tabqa = dam, \u00e9crit", url="https://example.org/t")
    for n in range(7):  # more than one chunk of the cursor when CHUNK is small
        make_polygon(
            make_territory(f"area-{n}"),
            valid_from=date(2014, 1, 1 + n),
            sources=[source],
            notes="=cmd|' /C calc'!A0" if n == 3 else "",
        )
    make_polygon(make_territory("draft"), valid_from=date(2014, 1, 1), state="draft")


def in_memory(fmt):
    """Today's whole-history body: the cached writer of mapapp.exports."""
    versions = DatedPolygon.objects.published().order_by("valid_from", "territory__slug")
    return exports.body_of(versions, fmt).encode()


@pytest.mark.parametrize("fmt", ["geojson", "csv"])
def test_the_history_is_streamed_with_the_same_bytes(client, history, monkeypatch, fmt):
    monkeypatch.setattr("mapapp.export_stream.CHUNK", 2)
    response = client.get("/api/v1/export", {"format": fmt})
    assert response.status_code == 200
    assert isinstance(response, StreamingHttpResponse)
    assert (
        f'filename="control-history.{exports.FORMATS[fmt][1]}"' in (response["Content-Disposition"])
    )
    body = b"".join(response.streaming_content)
    assert body == in_memory(fmt)
    if fmt == "geojson":
        assert len(json.loads(body)["features"]) == 7


def test_an_unchanged_history_is_a_304_and_an_edit_changes_the_etag(client, history):
    etag = client.get("/api/v1/export", {"format": "csv"})["ETag"]
    again = client.get("/api/v1/export", {"format": "csv"}, HTTP_IF_NONE_MATCH=etag)
    assert again.status_code == 304
    DatedPolygon.objects.filter(territory__slug="area-1").update(notes="Corrected")
    assert client.get("/api/v1/export", {"format": "csv"})["ETag"] != etag
