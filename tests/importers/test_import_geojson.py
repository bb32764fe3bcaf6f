"""import_polygons on real GeoJSON files: all or nothing, idempotent, every refusal explained."""

import io
import json

import pytest
from django.core.management import CommandError, call_command

from mapapp.models import DatedPolygon, Source
from tests.factories import make_actor

pytestmark = pytest.mark.django_db

SQUARE = {"type": "Polygon", "coordinates": [[[40, 34], [41, 34], [41, 35], [40, 35], [40, 34]]]}
BOWTIE = {"type": "Polygon", "coordinates": [[[40, 34], [41, 35], [41, 34], [40, 35], [40, 34]]]}


def feature(geometry=SQUARE, **props):
    base = {
        "territory": "is-core",
        "territory_name": "IS core",
        "actor": "islamic-state",
        "status": "controlled",
        "confidence": "assessed",
        "valid_from": "2014-06-10",
        "valid_to": "2014-06-29",
        "sources": [
            {
                "title": "Fall of Mosul",
                "publisher": "Reuters",
                "url": "https://example.org/mosul",
                "published": "2014-06-10",
            }
        ],
    }
    return {"type": "Feature", "geometry": geometry, "properties": {**base, **props}}


@pytest.fixture
def geojson_file(tmp_path):
    make_actor("islamic-state")

    def write(*features):
        path = tmp_path / "polygons.geojson"
        path.write_text(json.dumps({"type": "FeatureCollection", "features": list(features)}))
        return str(path)

    return write


def run(path, *args):
    call_command("import_polygons", path, *args, stdout=io.StringIO())


def test_it_imports_dated_polygons_with_their_sources(geojson_file):
    run(geojson_file(feature(), feature(valid_from="2014-06-29", valid_to=None)))
    versions = DatedPolygon.objects.order_by("valid_from")
    assert [str(v.valid_to) for v in versions] == ["2014-06-29", "None"]
    assert versions[0].geometry.geom_type == "MultiPolygon"
    assert versions[0].sources.get().publisher == "Reuters"


def test_importing_the_same_file_twice_changes_nothing(geojson_file):
    path = geojson_file(feature())
    run(path)
    first = DatedPolygon.objects.get()
    run(path)
    again = DatedPolygon.objects.get()
    assert (again.pk, again.updated_at) == (first.pk, first.updated_at)
    assert Source.objects.count() == 1


def test_one_bad_feature_refuses_the_whole_file_and_names_it(geojson_file):
    path = geojson_file(feature(), feature(BOWTIE, territory="sinai", territory_name="Sinai"))
    with pytest.raises(CommandError) as refused:
        run(path)
    assert "feature 2 (sinai, from 2014-06-10)" in str(refused.value)
    assert "Self-intersection" in str(refused.value)
    assert DatedPolygon.objects.count() == 0


@pytest.mark.parametrize(
    ("props", "message"),
    [
        ({"valid_to": "2014-06-01"}, "is not after valid_from"),
        ({"valid_from": None}, "valid_from is missing"),
        ({"valid_from": "10/06/2014"}, "not a date in the form YYYY-MM-DD"),
        ({"status": "liberated"}, "status 'liberated' is not one of"),
        ({"actor": "daesh"}, "actor 'daesh' is not known"),
        ({"sources": []}, "needs at least one source"),
    ],
)
def test_it_refuses_bad_properties_with_a_message(geojson_file, props, message):
    with pytest.raises(CommandError, match=message):
        run(geojson_file(feature(**props)))
    assert DatedPolygon.objects.count() == 0


def test_it_refuses_coordinates_that_are_not_degrees(geojson_file):
    metres = {
        "type": "Polygon",
        "coordinates": [
            [[4452779, 4028802], [4564099, 4028802], [4564099, 4163881], [4452779, 4028802]]
        ],
    }
    with pytest.raises(CommandError, match="outside longitude/latitude range"):
        run(geojson_file(feature(metres)))


def test_it_refuses_versions_of_one_territory_that_overlap_in_time(geojson_file):
    path = geojson_file(feature(), feature(valid_from="2014-06-20", valid_to="2014-07-01"))
    with pytest.raises(CommandError, match="overlaps feature 1"):
        run(path)
    assert DatedPolygon.objects.count() == 0


def test_it_refuses_an_overlap_with_a_version_already_in_the_database(geojson_file, tmp_path):
    run(geojson_file(feature()))
    other = tmp_path / "later.geojson"
    other.write_text(
        json.dumps(
            {
                "type": "FeatureCollection",
                "features": [feature(valid_from="2014-06-20", valid_to=None)],
            }
        )
    )
    with pytest.raises(
        CommandError, match=r"overlaps the existing version #\d+ IS core \[2014-06-10, 2014-06-29\)"
    ):
        run(str(other))
    assert DatedPolygon.objects.count() == 1


def test_a_dry_run_reports_and_writes_nothing(geojson_file, capsys):
    path = geojson_file(feature())
    call_command("import_polygons", path, "--dry-run")
    assert "would be 1 created" in capsys.readouterr().out
    assert DatedPolygon.objects.count() == 0


def test_a_file_that_is_not_json_is_refused(tmp_path):
    path = tmp_path / "broken.geojson"
    path.write_text("{not json")
    with pytest.raises(CommandError, match="not a readable GeoJSON file"):
        run(str(path))


def test_reimporting_with_another_actor_and_shape_updates_the_version_in_place(geojson_file):
    run(geojson_file(feature()))
    first = DatedPolygon.objects.get()
    make_actor("sdf")
    moved = {"type": "Polygon", "coordinates": [[[40, 34], [42, 34], [42, 35], [40, 35], [40, 34]]]}
    out = io.StringIO()
    call_command("import_polygons", geojson_file(feature(moved, actor="sdf")), stdout=out)
    assert "update: feature 1 (is-core, from 2014-06-10) (actor, geometry)" in out.getvalue()
    again = DatedPolygon.objects.get()
    assert again.pk == first.pk and again.actor.slug == "sdf"
    assert again.geometry.area == pytest.approx(2.0)
    # The change is in the version's history, with the shape before it.
    assert again.history.last().geometry.area == pytest.approx(1.0)


# An import carries a version's stated precision (`precision_km`, honest zoom), or refuses it.
def test_the_stated_precision_is_stored(geojson_file):
    path = geojson_file(feature(precision_km=3), feature(valid_from="2014-06-29", valid_to=None))
    run(path)
    run(path)
    stated = list(
        DatedPolygon.objects.order_by("valid_from").values_list("precision_km", flat=True)
    )
    assert stated == [3.0, None]


def test_a_changed_precision_updates_the_version(geojson_file):
    run(geojson_file(feature(precision_km=20)))
    run(geojson_file(feature(precision_km=0.3)))
    assert DatedPolygon.objects.get().precision_km == 0.3


@pytest.mark.parametrize("value", ["ten", -1, 0, "NaN", "inf", [5]])
def test_a_precision_that_is_not_a_distance_is_refused_and_nothing_saved(geojson_file, value):
    with pytest.raises(CommandError, match="precision_km must be a number of km"):
        run(geojson_file(feature(precision_km=value)))
    assert DatedPolygon.objects.count() == 0
