"""collectstatic writes content-hashed, precompressed files, and the pages link to them."""

import json
import os
import subprocess
import sys

import pytest
from django.conf import settings

SHOW_URLS = (
    "import django; django.setup();"
    "from django.templatetags.static import static;"
    "print(static('map/map.js')); print(static('snapshots/embed.js'))"
)


@pytest.fixture(scope="module")
def collected(tmp_path_factory):
    root = tmp_path_factory.mktemp("static")
    env = {**os.environ, "STATIC_ROOT": str(root), "DEBUG": "false"}
    subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--no-input", "-v", "0"],
        cwd=settings.BASE_DIR,
        env=env,
        check=True,
    )
    return root, env


def test_collectstatic_writes_hashed_and_gzipped_files(collected):
    root, _ = collected
    manifest = json.loads((root / "staticfiles.json").read_text())["paths"]
    hashed = root / manifest["map/map.js"]
    assert hashed.name != "map.js" and hashed.name.startswith("map.")
    assert hashed.with_name(hashed.name + ".gz").exists()
    assert (root / manifest["basemap/countries.geojson"]).with_suffix(".geojson.gz").exists()


def test_pages_name_the_hashed_files_and_modules_import_hashed_modules(collected):
    root, env = collected
    urls = subprocess.run(
        [sys.executable, "-c", SHOW_URLS],
        cwd=settings.BASE_DIR,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    ).stdout.split()
    assert urls[0].startswith("/static/map/map.") and urls[0] != "/static/map/map.js"
    assert urls[1] != "/static/snapshots/embed.js"
    text = (root / urls[0].removeprefix("/static/")).read_text()
    assert 'from "./util.js"' not in text
    assert 'from "./util.' in text
    # after_paint.js re-exports the modules map.js imports after the first paint (export … from).
    manifest = json.loads((root / "staticfiles.json").read_text())["paths"]
    later = (root / manifest["map/after_paint.js"]).read_text()
    assert 'from "./chart.js"' not in later and 'from "./chart.' in later
