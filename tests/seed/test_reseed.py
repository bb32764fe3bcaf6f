"""`load_seed` over a database holding an older seed: replaced while nobody has edited since,
refused (and nothing changed) once someone has."""

import json
import shutil
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from mapapp.models import DatedPolygon, SeedLoad

pytestmark = pytest.mark.django_db

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
SQUARE = {"type": "Polygon", "coordinates": [[[40, 35], [41, 35], [41, 36], [40, 36], [40, 35]]]}


def version(valid_from, valid_to):
    return {
        "type": "Feature",
        "geometry": SQUARE,
        "properties": {
            "territory": "test-raqqa", "territory_name": "Raqqa (test)",
            "actor": "islamic-state", "status": "controlled", "confidence": "assessed",
            "valid_from": valid_from, "valid_to": valid_to, "state": "published",
            "sources": ["test-wire"],
        },
    }  # fmt: skip


def write_seed(root, boundary):
    """A small seed: the real actors, one source, one territory's two versions meeting on
    `boundary` (a later seed moving it is the case a plain re-import refuses)."""
    if root.exists():
        shutil.rmtree(root)
    (root / "sources").mkdir(parents=True)
    (root / "polygons").mkdir()
    shutil.copy(FIXTURES / "actors.json", root / "actors.json")
    source = {"title": "Raqqa falls", "publisher": "Wire", "url": "https://example.org/raqqa",
              "published": "2017-10-17", "quote": "Raqqa fell."}  # fmt: skip
    (root / "sources" / "test.json").write_text(json.dumps({"test-wire": source}))
    features = [version("2015-01-01", boundary), version(boundary, "2017-01-01")]
    collection = {"type": "FeatureCollection", "features": features}
    (root / "polygons" / "test.geojson").write_text(json.dumps(collection))
    return str(root)


def boundaries():
    return sorted(str(d) for d in DatedPolygon.objects.values_list("valid_from", flat=True))


def test_a_changed_seed_replaces_the_old_one_while_nobody_has_edited(tmp_path, capsys):
    call_command("load_seed", "--fixtures", write_seed(tmp_path / "seed", "2016-01-01"))
    assert boundaries() == ["2015-01-01", "2016-01-01"]
    capsys.readouterr()
    call_command("load_seed", "--fixtures", write_seed(tmp_path / "seed", "2015-06-01"))
    out = capsys.readouterr().out
    assert "its 2 versions were replaced" in out and "Seed data loaded: 2 created" in out
    assert boundaries() == ["2015-01-01", "2015-06-01"]


def test_after_an_edit_a_changed_seed_is_refused_and_nothing_changes(tmp_path):
    call_command("load_seed", "--fixtures", write_seed(tmp_path / "seed", "2016-01-01"))
    edited = DatedPolygon.objects.get(valid_from="2015-01-01")
    edited.notes = "An editor's correction."
    edited.save()
    with pytest.raises(CommandError, match="holds edits made since the seed was loaded"):
        call_command("load_seed", "--fixtures", write_seed(tmp_path / "seed", "2015-06-01"))
    assert boundaries() == ["2015-01-01", "2016-01-01"]
    assert DatedPolygon.objects.get(pk=edited.pk).notes == "An editor's correction."


def test_a_database_loaded_before_the_check_is_not_replaced(tmp_path):
    call_command("load_seed", "--fixtures", write_seed(tmp_path / "seed", "2016-01-01"))
    SeedLoad.objects.all().delete()  # as in a database seeded before load_seed kept a record
    with pytest.raises(CommandError, match="manage.py flush"):
        call_command("load_seed", "--fixtures", write_seed(tmp_path / "seed", "2015-06-01"))
    assert boundaries() == ["2015-01-01", "2016-01-01"]
