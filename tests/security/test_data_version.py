"""Issue 11, item 11: the cache keeps invalidating after `manage.py flush`.

The data-version trigger used to UPDATE a row that flush deletes; from then on no write changed
an ETag or a cached body, so readers were served the emptied map for ever.
"""

from datetime import date

import pytest
from django.core.management import call_command

from mapapp.geoqueries import data_version
from tests.factories import box, make_polygon, make_territory

pytestmark = pytest.mark.django_db(transaction=True)


def control(client):
    return client.get("/api/v1/control", {"date": "2015-06-01"})


def test_a_write_after_a_flush_changes_the_etag_and_the_body(client):
    make_polygon(make_territory("raqqa", name="Raqqa"), valid_from=date(2015, 1, 1))
    call_command("flush", interactive=False, verbosity=0)
    make_polygon(make_territory("mosul", name="Mosul"), valid_from=date(2015, 1, 1))
    before = control(client)
    assert [f["properties"]["territory"] for f in before.json()["features"]] == ["Mosul"]

    # Same change dates, so the same epoch: only the data version can tell the answers apart.
    make_polygon(
        make_territory("tal-afar", name="Tal Afar"),
        valid_from=date(2015, 1, 1),
        geometry=box(42.3, 36.3, 42.6, 36.5),
    )
    after = control(client)

    assert after["ETag"] != before["ETag"]
    territories = sorted(f["properties"]["territory"] for f in after.json()["features"])
    assert territories == ["Mosul", "Tal Afar"]


def test_every_write_after_a_flush_raises_the_version(client):
    call_command("flush", interactive=False, verbosity=0)
    make_polygon(valid_from=date(2015, 1, 1))
    first = data_version()
    make_territory("another")
    assert data_version() > first > 0
