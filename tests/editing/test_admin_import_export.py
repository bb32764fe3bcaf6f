"""Upload, preview and confirm an import in the admin; export for a date or the whole history."""

import csv
import io
import json
from datetime import date
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.urls import reverse

from mapapp.importing.readers import read_features
from mapapp.models import DatedPolygon, State
from tests.factories import make_actor, make_polygon, make_territory

pytestmark = pytest.mark.django_db

DATA = Path(__file__).resolve().parents[1] / "data" / "import"
IMPORT = "/admin/mapapp/datedpolygon/import/"


def upload(client, name, **extra):
    content = (DATA / name).read_bytes()
    return client.post(IMPORT, {"file": SimpleUploadedFile(name, content), **extra})


@pytest.mark.parametrize("name", ["good.geojson", "good.kml", "good.gpkg", "good-shapefile.zip"])
def test_upload_shows_a_preview_then_confirm_imports(reviewer_client, name):
    make_actor("islamic-state")
    preview = upload(reviewer_client, name)
    assert preview.status_code == 200
    assert [step["action"] for step in preview.context["plan"]] == ["create", "create"]
    html = preview.content.decode()
    assert "import-preview-map" in html and "2 created, 0 updated, 0 unchanged" in html
    assert DatedPolygon.objects.count() == 0, "a preview writes nothing"
    token = preview.context["token"]
    done = reviewer_client.post(IMPORT, {"confirm": "1", "token": token, "name": name})
    assert done.status_code == 302
    assert DatedPolygon.objects.count() == 2


def test_the_preview_names_what_changes(reviewer_client):
    make_actor("islamic-state")
    territory = make_territory("test-core", name="Test core")
    make_polygon(territory=territory, valid_from=date(2016, 1, 1), valid_to=date(2016, 8, 1))
    preview = upload(reviewer_client, "good.geojson")
    first = preview.context["plan"][0]
    assert first["action"] == "update"
    assert {"valid_to", "sources"} <= set(first["changed"])


def test_the_preview_warns_of_another_actors_controlled_ground(reviewer_client):
    make_actor("islamic-state")
    sdf = make_polygon(
        territory=make_territory("sdf-ne", name="SDF north-east"),
        actor=make_actor("sdf", name="SDF"),
        valid_from=date(2016, 3, 1),
        valid_to=date(2016, 4, 1),
    )
    preview = upload(reviewer_client, "good.kml")
    assert len(preview.context["warnings"]) == 1
    assert f"overlaps #{sdf.pk} SDF north-east [2016-03-01, 2016-04-01)" in preview.content.decode()


def test_a_bad_upload_is_refused_with_the_reason_and_changes_nothing(reviewer_client):
    make_actor("islamic-state")
    response = upload(reviewer_client, "bowtie.kml")
    errors = response.context["errors"]
    assert errors == [
        "feature 1 (test-core, from 2016-01-01): geometry is not valid: Self-intersection"
        "[40.5 34.5]; repair it with --repair (admin: tick 'Repair invalid geometry'); the "
        "repaired shape is shown in the preview before anything is saved"
    ]
    repaired = upload(reviewer_client, "bowtie.kml", repair="on")
    assert repaired.context["plan"][0]["repair_note"] == "repaired (Self-intersection[40.5 34.5])"
    assert repaired.context["plan"][0]["geometry"]["type"] == "MultiPolygon"
    assert DatedPolygon.objects.count() == 0


def test_an_unsupported_file_is_refused_on_the_form(reviewer_client):
    response = upload(reviewer_client, "polygons.csv")
    assert "polygons.csv: unsupported file type" in str(response.context["form"].errors["file"])


def test_an_editor_cannot_import_published_versions(editor_client):
    make_actor("islamic-state")
    response = upload(editor_client, "good.geojson")
    assert "needs the permission 'Can publish dated polygons'" in response.context["errors"][0]


def test_an_editor_cannot_unpublish_by_import_but_may_reimport_unchanged(editor_client, tmp_path):
    make_actor("islamic-state")
    territory = make_territory("test-core", name="Test core")
    make_polygon(territory=territory, valid_from=date(2016, 1, 1), valid_to=date(2016, 7, 1))
    drafted = json.loads((DATA / "good.geojson").read_text())
    drafted["features"] = drafted["features"][:1]
    drafted["features"][0]["properties"]["state"] = "draft"
    path = tmp_path / "drafted.geojson"
    path.write_text(json.dumps(drafted))
    content = SimpleUploadedFile("drafted.geojson", path.read_bytes())
    response = editor_client.post(IMPORT, {"file": content})
    assert "creates or changes published versions" in response.context["errors"][0]
    assert DatedPolygon.objects.get().state == State.PUBLISHED


def test_a_forged_token_is_refused(reviewer_client):
    response = reviewer_client.post(
        IMPORT, {"confirm": "1", "token": "../../etc/passwd.geojson"}, follow=True
    )
    assert "The uploaded file has expired" in response.content.decode()


@pytest.fixture
def history():
    territory = make_territory("raqqa", name="Raqqa")
    make_polygon(territory=territory, valid_from=date(2014, 1, 13), valid_to=date(2017, 10, 17))
    make_polygon(territory=territory, valid_from=date(2017, 10, 17), state=State.DRAFT)


def test_export_a_date_as_geojson_published_only(client, history):
    response = client.get("/api/v1/export", {"format": "geojson", "date": "2016-01-01"})
    body = json.loads(response.content)
    assert response["Content-Type"] == "application/geo+json"
    assert [f["properties"]["valid_from"] for f in body["features"]] == ["2014-01-13"]
    assert body["features"][0]["geometry"]["type"] == "MultiPolygon"
    # The draft successor is not exported to the public.
    later = client.get("/api/v1/export", {"format": "geojson", "date": "2018-01-01"})
    assert json.loads(later.content)["features"] == []


def test_export_the_whole_history_as_csv_with_wkt(client, history):
    response = client.get("/api/v1/export", {"format": "csv"})
    rows = list(csv.DictReader(io.StringIO(response.getvalue().decode())))
    assert [r["valid_from"] for r in rows] == ["2014-01-13"]
    assert rows[0]["wkt"].startswith("MULTIPOLYGON (((40")
    assert 'filename="control-history.csv"' in response["Content-Disposition"]


def test_export_kml(client, history):
    response = client.get("/api/v1/export", {"format": "kml", "date": "2016-01-01"})
    text = response.content.decode()
    assert "<TimeSpan><begin>2014-01-13</begin><end>2017-10-17</end></TimeSpan>" in text
    assert "<MultiGeometry><Polygon>" in text


@pytest.mark.parametrize(
    ("query", "error"),
    [
        ({}, "format is required"),
        ({"format": "shp"}, "format must be one of geojson, csv, kml, gpkg, got 'shp'"),
        (
            {"format": "csv", "date": "2019-02-30"},
            "date must be a real calendar day in the form YYYY-MM-DD, got '2019-02-30'",
        ),
        (
            {"format": "csv", "day": "x"},
            "unknown parameter 'day'; this endpoint accepts: format, date",
        ),
    ],
)
def test_export_bad_parameters_answer_400(client, query, error):
    response = client.get("/api/v1/export", query)
    assert response.status_code == 400
    assert response.json() == {"error": error}


def test_the_admin_exports_selected_versions_drafts_included(editor_client, history):
    ids = list(DatedPolygon.objects.values_list("pk", flat=True))
    response = editor_client.post(
        reverse("admin:mapapp_datedpolygon_changelist"),
        {"action": "export_geojson", "_selected_action": ids},
    )
    states = [f["properties"]["state"] for f in json.loads(response.content)["features"]]
    assert sorted(states) == ["draft", "published"]


def test_the_geojson_export_imports_back_unchanged(client, history, tmp_path):
    path = tmp_path / "history.geojson"
    path.write_bytes(client.get("/api/v1/export", {"format": "geojson"}).getvalue())
    out = io.StringIO()
    call_command("import_polygons", str(path), "--dry-run", stdout=out)
    assert "0 created, 0 updated, 1 unchanged" in out.getvalue()


def test_the_kml_export_is_read_by_gdal(client, history, tmp_path):
    path = tmp_path / "day.kml"
    path.write_bytes(client.get("/api/v1/export", {"format": "kml", "date": "2016-01-01"}).content)
    (feature,) = read_features(path)
    assert feature.geometry.geom_type == "MultiPolygon"
    assert feature.properties["territory"] == "raqqa"
    assert feature.properties["valid_to"] == "2017-10-17"
