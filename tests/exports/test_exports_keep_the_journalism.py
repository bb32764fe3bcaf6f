"""Exports carry the sources and the map's styles, and are cached per data version."""

import csv
import io
import subprocess
import xml.etree.ElementTree as ET
from datetime import date

import pytest
from django.urls import reverse

from mapapp import style
from mapapp.models import DatedPolygon, State
from tests.factories import box, make_actor, make_polygon, make_source, make_territory

pytestmark = pytest.mark.django_db
KML = "{http://www.opengis.net/kml/2.2}"


@pytest.fixture
def raqqa():
    """Two published versions with two sources each, and a draft that must not leave."""
    red = make_actor("red-actor", name="Red actor", color="#ff0000")
    blue = make_actor("blue-actor", name="Blue actor", color="#0000ff")
    city = make_territory("raqqa", name="Raqqa")
    sources = [
        make_source(
            title="Raqqa falls", url="https://example.org/raqqa", published=date(2014, 1, 14)
        ),
        make_source(title="Inside Raqqa", publisher="Agency", url="https://example.org/inside"),
    ]
    make_polygon(
        territory=city, actor=red, valid_from=date(2014, 1, 13), sources=sources, status="contested"
    )
    make_polygon(
        territory=make_territory("tabqa"),
        actor=blue,
        geometry=box(38.0, 35.8, 38.6, 36.0),
        valid_from=date(2015, 1, 1),
        sources=sources[:1],
    )
    make_polygon(territory=make_territory("draft"), valid_from=date(2014, 1, 1), state=State.DRAFT)


def export(client, fmt, **params):
    response = client.get("/api/v1/export", {"format": fmt, **params})
    assert response.status_code == 200, response.content[:300]
    return response


def ogrinfo(*args):
    done = subprocess.run(
        ["ogrinfo", "-ro", *map(str, args)], capture_output=True, text=True, check=True
    )
    return done.stdout


def test_the_kml_keeps_sources_and_styles_as_gdal_reads_them(client, raqqa, tmp_path):
    path = tmp_path / "day.kml"
    path.write_bytes(export(client, "kml", date="2016-01-01").content)
    out = ogrinfo("-al", "-q", path)
    assert "source_1_title (String) = Raqqa falls" in out
    assert "source_1_url (String) = https://example.org/raqqa" in out
    assert "source_1_date (String) = 2014-01-14" in out
    assert "source_2_publisher (String) = Agency" in out
    assert "Style = @red-actor-contested" in out
    assert "Style = @blue-actor-controlled" in out


def test_the_kml_styles_use_the_spec_colours_in_kml_order(client, raqqa):
    root = ET.fromstring(export(client, "kml").content)
    styles = {s.get("id"): s for s in root.iter(f"{KML}Style")}
    assert set(styles) == {"red-actor-contested", "blue-actor-controlled"}
    held = styles["blue-actor-controlled"]
    fill = held.find(f"{KML}PolyStyle/{KML}color").text
    # aabbggrr: blue at the spec's opacity for held ground.
    assert fill == f"{round(style.spec()['status']['controlled']['fill_opacity'] * 255):02x}ff0000"
    contested = styles["red-actor-contested"].find(f"{KML}PolyStyle/{KML}color").text
    assert contested.endswith("0000ff") and int(contested[:2], 16) < int(fill[:2], 16)
    assert held.find(f"{KML}LineStyle/{KML}color").text.endswith("ff0000")


def test_the_csv_has_source_titles_and_urls_in_matching_order(client, raqqa):
    rows = list(csv.DictReader(io.StringIO(export(client, "csv").getvalue().decode())))
    assert [r["territory"] for r in rows] == ["raqqa", "tabqa"]
    assert rows[0]["source_titles"] == "Raqqa falls | Inside Raqqa"
    assert rows[0]["source_urls"] == "https://example.org/raqqa | https://example.org/inside"
    assert rows[1]["source_urls"] == "https://example.org/raqqa"


def test_the_geopackage_opens_in_gdal_with_every_version_and_its_sources(client, raqqa, tmp_path):
    response = export(client, "gpkg")
    assert response["Content-Type"] == "application/geopackage+sqlite3"
    assert 'filename="control-history.gpkg"' in response["Content-Disposition"]
    path = tmp_path / "history.gpkg"
    path.write_bytes(response.content)
    summary = ogrinfo("-so", path, "control")
    assert "Feature Count: 2" in summary  # the draft is not exported
    assert "Geometry: Multi Polygon" in summary
    features = ogrinfo("-al", "-q", "-where", "territory = 'raqqa'", path)
    assert (
        "source_urls (String) = https://example.org/raqqa | https://example.org/inside" in features
    )


def test_a_matching_if_none_match_gets_304(client, raqqa):
    for fmt in ("gpkg", "kml", "csv"):
        etag = export(client, fmt, date="2016-01-01")["ETag"]
        again = client.get(
            "/api/v1/export", {"format": fmt, "date": "2016-01-01"}, HTTP_IF_NONE_MATCH=etag
        )
        assert again.status_code == 304, fmt


def test_an_edit_changes_the_etag(client, raqqa):
    etag = export(client, "csv")["ETag"]
    DatedPolygon.objects.filter(territory__slug="tabqa").update(notes="Corrected.")
    assert export(client, "csv")["ETag"] != etag


def test_the_admin_exports_a_selection_as_geopackage_drafts_included(
    editor_client, raqqa, tmp_path
):
    ids = list(DatedPolygon.objects.values_list("pk", flat=True))
    response = editor_client.post(
        reverse("admin:mapapp_datedpolygon_changelist"),
        {"action": "export_gpkg", "_selected_action": ids},
    )
    path = tmp_path / "selection.gpkg"
    path.write_bytes(response.content)
    assert "Feature Count: 3" in ogrinfo("-so", path, "control")
