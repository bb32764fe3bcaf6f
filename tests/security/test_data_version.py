"""Issue 11, item 11: the cache keeps invalidating after `manage.py flush`.

The data-version trigger used to UPDATE a row that flush deletes; from then on no write changed
an ETag or a cached body, so readers were served the emptied map for ever.
"""

from datetime import date

import pytest
from django.core.management import call_command

from mapapp.geoqueries import data_version
from tests.factories import make_polygon, make_territory

pytestmark = pytest.mark.django_db(transaction=True)


def control(client):
    return client.get("/api/v1/control", {"date": "2015-06-01"})


def test_a_write_after_a_flush_changes_the_etag_and_the_body(client):
    make_polygon(make_territory("raqqa", name="Raqqa"), valid_from=date(2015, 1, 1))
    call_command("flush", interactive=False, verbosity=0)
    emptied = control(client)
    assert emptied.json()["features"] == []

    make_polygon(make_territory("mosul", name="Mosul"), valid_from=date(2015, 1, 1))
    after_write = control(client)

    assert after_write["ETag"] != emptied["ETag"]
    assert [f["properties"]["territory"] for f in after_write.json()["features"]] == ["Mosul"]


def test_every_write_after_a_flush_raises_the_version(client):
    call_command("flush", interactive=False, verbosity=0)
    make_polygon(valid_from=date(2015, 1, 1))
    first = data_version()
    make_territory("another")
    assert data_version() > first > 0
