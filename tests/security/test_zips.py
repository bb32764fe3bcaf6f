"""Item 7: zipped Shapefiles are unpacked within limits; uploads wait in private folders."""

import os
import stat
import tempfile
import time
import zipfile
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from mapapp.importing import ImportRefused, import_polygons
from mapapp.models import DatedPolygon
from tests.factories import make_actor
from tests.security.conftest import IMPORT, feature, geojson_file

pytestmark = pytest.mark.django_db

GOOD_ZIP = Path(__file__).resolve().parents[1] / "data" / "import" / "good-shapefile.zip"


def shapefile_zip(path, extra=()):
    """The good Shapefile's parts, plus `extra` members (ZipInfo or name, bytes)."""
    with zipfile.ZipFile(GOOD_ZIP) as good, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in good.infolist():
            out.writestr(info.filename, good.read(info))
        for name, data in extra:
            out.writestr(name, data)
    return path


def refusal(path):
    make_actor("islamic-state")
    with pytest.raises(ImportRefused) as refused:
        import_polygons(path)
    return " ".join(refused.value.errors)


def test_a_zip_bomb_is_refused_before_it_is_unpacked(tmp_path):
    # 600 MB of zeros compress to about 600 kB: the declared size alone is enough to refuse.
    path = tmp_path / "bomb.zip"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as out:
        with out.open("layer.dbf.pad", "w", force_zip64=True) as member:
            block = bytes(1024 * 1024)
            for _ in range(600):
                member.write(block)
        with zipfile.ZipFile(GOOD_ZIP) as good:
            for info in good.infolist():
                out.writestr(info.filename, good.read(info))
    assert path.stat().st_size < 5 * 1024 * 1024
    assert "would unpack to 600 MB; at most 512 MB" in refusal(path)


def test_a_member_that_expands_too_many_times_is_refused(tmp_path):
    path = shapefile_zip(tmp_path / "ratio.zip", [("notes.txt", bytes(20 * 1024 * 1024))])
    assert "'notes.txt' expands" in refusal(path) and "at most 200 times" in refusal(path)


def test_a_zip_with_too_many_members_is_refused(tmp_path):
    path = shapefile_zip(tmp_path / "many.zip", [(f"f{i}.txt", b"x") for i in range(40)])
    assert "the zip holds" in refusal(path) and "at most 32" in refusal(path)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("../../escaped.prj", "points outside the archive's folder"),
        ("/etc/cron.d/evil", "is an absolute path"),
        ("C:\\Windows\\evil.dll", "is an absolute path"),
    ],
)
def test_a_member_escaping_the_folder_is_refused(tmp_path, name, expected):
    path = shapefile_zip(tmp_path / "escape.zip", [(name, b"x")])
    assert expected in refusal(path)
    assert not (tmp_path.parent.parent / "escaped.prj").exists()


def test_a_symbolic_link_in_the_zip_is_refused(tmp_path):
    link = zipfile.ZipInfo("polygons.cpg")
    link.external_attr = (stat.S_IFLNK | 0o777) << 16
    with zipfile.ZipFile(GOOD_ZIP) as good:
        parts = [(i.filename, good.read(i)) for i in good.infolist()]
    path = tmp_path / "link.zip"
    with zipfile.ZipFile(path, "w") as out:
        for name, data in parts:
            out.writestr(name, data)
        out.writestr(link, "/etc/passwd")
    assert "'polygons.cpg' is a symbolic link" in refusal(path)


def test_the_limits_leave_a_normal_shapefile_alone():
    make_actor("islamic-state")
    assert len(import_polygons(GOOD_ZIP, dry_run=True).plan) == 2


def test_an_upload_waits_in_its_own_private_folder_until_confirmed(reviewer_client, settings):
    make_actor("islamic-state")
    upload = SimpleUploadedFile("good-shapefile.zip", GOOD_ZIP.read_bytes())
    preview = reviewer_client.post(IMPORT, {"file": upload})
    token = preview.context["token"]
    folder = Path(settings.IMPORT_UPLOAD_DIR) / token
    # Not the shared system temporary folder itself, whatever folder the checkout lives in.
    assert folder.parent != Path(tempfile.gettempdir())
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    assert stat.S_IMODE(folder.parent.stat().st_mode) == 0o700
    assert [p.name for p in folder.iterdir()] == ["upload.zip"]
    reviewer_client.post(IMPORT, {"confirm": "1", "token": token, "name": "good-shapefile.zip"})
    assert DatedPolygon.objects.count() == 2
    assert not folder.exists()


def test_cancel_and_refusal_delete_the_upload(reviewer_client, settings, tmp_path):
    make_actor("islamic-state")
    upload = SimpleUploadedFile("good-shapefile.zip", GOOD_ZIP.read_bytes())
    token = reviewer_client.post(IMPORT, {"file": upload}).context["token"]
    folder = Path(settings.IMPORT_UPLOAD_DIR) / token
    reviewer_client.post(IMPORT, {"cancel": "1", "token": token})
    assert not folder.exists()
    before = set(Path(settings.IMPORT_UPLOAD_DIR).iterdir())
    bad = geojson_file(tmp_path, feature(actor="nobody"))
    refused = reviewer_client.post(
        IMPORT, {"file": SimpleUploadedFile("bad.geojson", bad.read_bytes())}
    )
    assert refused.context["errors"]
    assert set(Path(settings.IMPORT_UPLOAD_DIR).iterdir()) == before


def test_an_abandoned_upload_is_removed_after_a_day(reviewer_client, settings):
    make_actor("islamic-state")
    upload = SimpleUploadedFile("good-shapefile.zip", GOOD_ZIP.read_bytes())
    token = reviewer_client.post(IMPORT, {"file": upload}).context["token"]
    folder = Path(settings.IMPORT_UPLOAD_DIR) / token
    old = time.time() - 2 * 24 * 3600
    os.utime(folder, (old, old))
    again = SimpleUploadedFile("good-shapefile.zip", GOOD_ZIP.read_bytes())
    reviewer_client.post(IMPORT, {"file": again})
    assert not folder.exists()
