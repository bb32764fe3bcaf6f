"""GDAL's OGC API - Features driver (the one QGIS users reach through GDAL) reads /ogc/."""

import shutil
import subprocess
from datetime import date

import pytest

from tests.factories import box, make_actor, make_event, make_polygon, make_territory

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(not shutil.which("ogrinfo"), reason="gdal-bin (tools/bootstrap.sh)"),
]


def ogrinfo_logged(*args):
    """ogrinfo's answer, and its HTTP log (which requests GDAL made)."""
    done = subprocess.run(
        ["ogrinfo", "-ro", "--debug", "on", *args],
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return done.stdout, done.stderr


def ogrinfo(*args):
    return ogrinfo_logged(*args)[0]


@pytest.fixture
def published():
    mosul = make_territory("mosul", name="Mosul")
    make_polygon(territory=mosul, valid_from=date(2014, 6, 10), valid_to=date(2016, 1, 1))
    make_polygon(territory=mosul, valid_from=date(2016, 1, 1), valid_to=date(2017, 7, 10))
    for n in range(12):  # More than GDAL's page of 10, so it has to follow "next".
        make_polygon(
            actor=make_actor("sdf", name="SDF", color="#d4a017"),
            geometry=box(10.0 + n, 30.0, 10.5 + n, 31.0),
            valid_from=date(2015, 1, 1),
            valid_to=date(2016, 6, 1) if n % 2 else None,
        )
    make_polygon(valid_from=date(2014, 1, 1), state="draft")
    make_event(day=date(2014, 7, 4))


def test_ogrinfo_lists_both_collections(live_server, published):
    out = ogrinfo("-so", f"OAPIF:{live_server.url}/ogc/")
    assert "1: control (title: Territorial control) (Multi Polygon)" in out
    assert "2: events (title: Events) (Point)" in out


def test_ogrinfo_reads_every_published_version_with_its_sources(live_server, published):
    out = ogrinfo("-so", f"OAPIF:{live_server.url}/ogc/", "control")
    assert "Feature Count: 14" in out  # The draft is not public.
    assert "sources: String" in out


def test_ogrinfo_reads_the_map_of_one_day(live_server, published):
    # The time rule in GDAL's SQLite dialect (its own -where cannot compare an empty valid_to):
    # Mosul's later version and the six SDF areas without an end; the others ended that day.
    day = "2016-06-01"
    rule = f"valid_from <= '{day}' AND (valid_to IS NULL OR valid_to > '{day}')"
    out = ogrinfo(
        "-so",
        f"OAPIF:{live_server.url}/ogc/",
        "-dialect",
        "SQLite",
        "-sql",
        f"SELECT id FROM control WHERE {rule}",
    )
    assert "Feature Count: 7" in out


def test_ogrinfo_passes_a_date_filter_to_the_server_as_datetime(live_server, published):
    # GDAL turns a bound on the date field into datetime=../2015-06-01 (paged 10 at a time):
    # the server answers with the versions whose validity reaches back to that day.
    out, log = ogrinfo_logged(
        "-so", f"OAPIF:{live_server.url}/ogc/", "control", "-where", "valid_from <= '2015-06-01'"
    )
    assert "datetime=..%2F2015-06-01" in log
    assert "Feature Count: 13" in out
