"""import_polygons on real files in each format (tests/data/import, built by make_files.py)."""

import io
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from mapapp.models import DatedPolygon
from tests.factories import make_actor

pytestmark = pytest.mark.django_db

DATA = Path(__file__).resolve().parents[1] / "data" / "import"


@pytest.fixture(autouse=True)
def _actor():
    make_actor("islamic-state")


def run(name, *args):
    out = io.StringIO()
    call_command("import_polygons", str(DATA / name), *args, stdout=out)
    return out.getvalue()


def refusal(name, *args):
    with pytest.raises(CommandError) as refused:
        run(name, *args)
    assert DatedPolygon.objects.count() == 0, "a refused import must change nothing"
    return str(refused.value)


@pytest.mark.parametrize(
    "name",
    ["good.geojson", "good.kml", "good.gpkg", "good-shapefile.zip", "web-mercator.gpkg",
     "web-mercator-crs.geojson"],
)  # fmt: skip
def test_every_format_imports_the_same_two_versions(name):
    assert "2 created" in run(name)
    first, second = DatedPolygon.objects.order_by("valid_from")
    assert (str(first.valid_from), str(first.valid_to)) == ("2016-01-01", "2016-07-01")
    assert (str(second.valid_from), second.valid_to) == ("2016-07-01", None)
    assert second.geometry.geom_type == "MultiPolygon" and len(second.geometry) == 2
    # Reprojected files land where the WGS84 ones do (within a centimetre or so).
    assert first.geometry.extent == pytest.approx((40.0, 34.0, 41.0, 35.0), abs=1e-6)
    assert first.sources.get().title == "Test dispatch"
    assert first.territory.name == "Test core"


@pytest.mark.parametrize("name", ["good.kml", "good-shapefile.zip"])
def test_importing_a_flat_file_twice_changes_nothing(name):
    run(name)
    assert "0 created, 0 updated, 2 unchanged" in run(name)


def test_dry_run_writes_nothing_and_says_what_would_happen():
    out = run("good.gpkg", "--dry-run")
    assert "Dry run, nothing written: would be 2 created" in out
    assert DatedPolygon.objects.count() == 0


F1 = "feature 1 (test-core, from 2016-01-01)"
BAD_FILES = [
    ("not-a-geopackage.gpkg", "not-a-geopackage.gpkg: not a readable KML, GeoPackage or Shapefile"),
    ("polygons.csv", "unsupported file type '.csv'; expected .geojson, .json, .kml, .gpkg or .zip"),
    ("points.gpkg", f"{F1}: geometry is a Point; expected Polygon or MultiPolygon"),
    ("bowtie.kml", f"{F1}: geometry is not valid: Self-intersection[40.5 34.5]"),
    ("empty-polygon.geojson", f"{F1}: geometry is empty"),
    ("outside-range.geojson", "outside longitude/latitude range (4000.0, 34.0, 4100.0, 35.0)"),
    ("web-mercator-no-prj.zip", "the file declares no CRS, so it cannot be reprojected"),
    ("unknown-crs.geojson", "the file declares CRS 'LOCAL:42', which is not known"),
    ("reversed-dates.geojson", "valid_to 2016-01-01 is not after valid_from 2016-07-01"),
    ("missing-date.geojson", "feature 1 (test-core, from None): valid_from is missing"),
]


@pytest.mark.parametrize(("name", "expected"), BAD_FILES)
def test_bad_files_are_refused_with_a_message_naming_the_fault(name, expected):
    assert expected in refusal(name)


def test_a_self_intersecting_polygon_is_repaired_on_request_and_shown_first():
    preview = run("bowtie.kml", "--repair", "--dry-run")
    assert "repaired (Self-intersection[40.5 34.5])" in preview
    assert DatedPolygon.objects.count() == 0
    run("bowtie.kml", "--repair")
    polygon = DatedPolygon.objects.get()
    # The bow-tie becomes its two triangles, a valid MultiPolygon.
    assert polygon.geometry.valid and len(polygon.geometry) == 2
