"""Item 2: a `javascript:` source URL can neither be stored nor become a link."""

import pytest
from django.core.exceptions import ValidationError
from django.core.management import CommandError, call_command
from django.db import IntegrityError, connection, transaction

from mapapp.importing import ImportRefused, import_polygons
from mapapp.models import DatedPolygon, Source
from mapapp.snapshots.freeze import freeze
from tests.factories import make_actor, make_polygon, make_source
from tests.security.conftest import feature, geojson_file

pytestmark = pytest.mark.django_db

BAD_URLS = [
    "javascript:alert(document.cookie)",
    "JavaScript:alert(1)",
    " javascript:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "vbscript:msgbox(1)",
]


@pytest.mark.parametrize("url", ["ftp://example.org/report", "ftps://example.org/report"])
def test_the_model_refuses_any_scheme_but_http_and_https(url):
    # Django's default URL validator already refuses javascript:; it still takes ftp(s).
    source = Source(title="Dispatch", publisher="Wire", url=url)
    with pytest.raises(ValidationError) as refused:
        source.full_clean()
    assert "Enter an http:// or https:// address" in refused.value.message_dict["url"][0]


@pytest.mark.parametrize("url", BAD_URLS)
def test_the_database_refuses_a_raw_insert_of_a_non_http_url(url):
    refused = pytest.raises(IntegrityError, match="source_url_http_only")
    with refused, transaction.atomic(), connection.cursor() as cursor:
        cursor.execute(
            "INSERT INTO mapapp_source (title, publisher, url, quote)"
            " VALUES ('Dispatch', 'Wire', %s, '')",
            [url],
        )


def test_the_database_still_takes_http_https_and_empty_urls():
    for url in ("https://example.org/a", "http://example.org/b", "HTTPS://EXAMPLE.ORG/c", ""):
        make_source(url=url)
    assert Source.objects.count() == 4


def test_the_importer_refuses_a_javascript_source_naming_the_feature(tmp_path):
    make_actor("islamic-state")
    source = {"title": "Dispatch", "publisher": "Wire", "url": "javascript:alert(1)"}
    path = geojson_file(tmp_path, feature(territory="planted", sources=[source]))
    with pytest.raises(ImportRefused) as refused:
        import_polygons(path)
    message = refused.value.errors[0]
    assert "feature 1 (planted" in message and "'javascript:alert(1)'" in message
    assert "not an http:// or https:// address" in message
    with pytest.raises(CommandError, match="Import refused, nothing changed:"):
        call_command("import_polygons", str(path))
    assert not Source.objects.exists() and not DatedPolygon.objects.exists()


def test_a_url_frozen_into_a_snapshot_before_the_rule_is_shown_as_text(client):
    polygon = make_polygon()
    snapshot = freeze(title="Before the rule", day=polygon.valid_from)
    # A snapshot keeps its own copy of the sources: one frozen before the constraint existed
    # may still hold a javascript: address.
    snapshot.sources = [
        {"title": "Planted", "publisher": "Troll", "url": "javascript:alert(1)", "quote": ""}
    ]
    snapshot.save()
    page = client.get(f"/s/{snapshot.id}").content.decode()
    assert "Troll: Planted" in page
    assert "javascript:" not in page
