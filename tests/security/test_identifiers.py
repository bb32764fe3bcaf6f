"""Item 4: bad identifiers and over-long texts are a 404/400 or a named refusal, never a 500."""

import json

import pytest
from django.contrib.auth.models import Permission
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import CommandError, call_command

from mapapp.models import DatedPolygon, Territory
from mapapp.snapshots.models import Snapshot
from tests.factories import make_actor, make_polygon
from tests.security.conftest import IMPORT, feature, geojson_file

pytestmark = pytest.mark.django_db

MALFORMED_SNAPSHOT_ADDRESSES = [
    "/s/%00",
    "/embed/%00",
    "/s/%00/data.geojson",
    "/s/%00/social.png",
    "/s/2222222222%00",
    "/s/AAAAAAAAAA",
    "/s/" + "2" * 5000,
    "/embed/x'%20OR%20'1'='1",
    "/s/2222222222/data.geojson",
]


@pytest.mark.parametrize("address", MALFORMED_SNAPSHOT_ADDRESSES)
def test_a_malformed_or_unknown_snapshot_address_is_not_found(client, address):
    assert client.get(address).status_code in (400, 404)


@pytest.mark.parametrize(
    "address",
    [
        "/admin/snapshots/snapshot/%00/change/",
        "/admin/mapapp/datedpolygon/?q=%00",
        "/admin/mapapp/source/?q=a%00b",
        "/admin/mapapp/territory/%00/change/",
    ],
)
def test_a_nul_byte_in_an_admin_address_or_search_is_a_400(admin_client, address):
    response = admin_client.get(address)
    assert response.status_code == 400
    assert "NUL byte" in response.content.decode()


def test_a_nul_byte_in_an_api_parameter_is_a_json_400(client):
    response = client.get("/api/v1/control?date=2016-01-01&actor=a%00")
    assert response.status_code == 400
    assert "NUL byte" in response.json()["error"]


def test_a_non_ascii_digit_as_an_object_id_does_not_break_the_change_form(admin_client):
    # "²".isdigit() is True in Python, but int("²") fails.
    response = admin_client.get("/admin/mapapp/datedpolygon/%C2%B2/change/")
    assert response.status_code in (302, 404)


@pytest.mark.parametrize("exclude", ["²", "1e3", "-1", "9" * 30])
def test_the_neighbours_endpoint_names_a_bad_exclude(admin_client, exclude):
    response = admin_client.get(
        "/admin/mapapp/datedpolygon/neighbours/", {"date": "2016-01-01", "exclude": exclude}
    )
    assert response.status_code == 400
    assert "exclude must be the id of a dated polygon" in response.json()["error"]


def test_merge_with_unreadable_ids_says_so(admin_client):
    response = admin_client.get("/admin/mapapp/datedpolygon/merge/?ids=%C2%B2,1", follow=True)
    assert response.status_code == 200
    assert "Select exactly two versions" in response.content.decode()


@pytest.fixture
def publisher(client, django_user_model):
    user = django_user_model.objects.create_user("pub", password="pw")
    user.user_permissions.add(Permission.objects.get(codename="add_snapshot"))
    client.force_login(user)
    return client


@pytest.mark.parametrize(
    ("body", "message"),
    [
        ({"title": "T", "date": "2016-01-01", "area": "²"}, "area must be the id"),
        ({"title": "T", "date": "2016-01-01", "area": "1; DROP TABLE"}, "area must be the id"),
        ({"title": "T\u0000", "date": "2016-01-01"}, "title must not contain NUL"),
        ({"title": "T", "caption": "a\u0000b", "date": "2016-01-01"}, "caption must not contain"),
    ],
)
def test_publishing_refuses_bad_identifiers_and_nul_texts(publisher, body, message):
    make_polygon()
    response = publisher.post(
        "/snapshots/publish", json.dumps(body), content_type="application/json"
    )
    assert response.status_code == 400
    assert message in response.json()["error"]
    assert not Snapshot.objects.exists()


def test_an_over_long_territory_name_in_an_admin_import_is_named(reviewer_client, tmp_path):
    make_actor("islamic-state")
    path = geojson_file(tmp_path, feature(territory="long", territory_name="N" * 300))
    upload = SimpleUploadedFile("long.geojson", path.read_bytes())
    response = reviewer_client.post(IMPORT, {"file": upload})
    assert response.status_code == 200
    errors = response.context["errors"]
    assert any(
        "feature 1 (long" in e and "territory_name is 300 characters long; at most 200" in e
        for e in errors
    ), errors
    assert not Territory.objects.exists() and not DatedPolygon.objects.exists()


@pytest.mark.parametrize(
    ("properties", "expected"),
    [
        ({"territory_name": "N" * 300}, "territory_name is 300 characters long"),
        ({"territory": "s" * 80}, "territory is 80 characters long; at most 50"),
        ({"claimed_by": "C" * 201}, "claimed_by is 201 characters long"),
        ({"notes": "before\u0000after"}, "notes contains a NUL character"),
        (
            {"sources": [{"title": "T" * 401, "publisher": "Wire"}]},
            "title is 401 characters long; at most 400",
        ),
    ],
)
def test_the_command_line_importer_names_the_feature_and_field(tmp_path, properties, expected):
    make_actor("islamic-state")
    path = geojson_file(tmp_path, feature(**properties))
    with pytest.raises(CommandError) as refused:
        call_command("import_polygons", str(path))
    assert str(refused.value).startswith("Import refused, nothing changed:")
    assert "feature 1 (" in str(refused.value) and expected in str(refused.value)
    assert not Territory.objects.exists()


def test_splitting_off_a_territory_with_an_over_long_name_is_refused(reviewer_client):
    version = make_polygon()
    response = reviewer_client.post(
        f"/admin/mapapp/datedpolygon/{version.pk}/split/",
        {"day": "2016-01-01", "name": "Long " * 30},
    )
    assert response.status_code == 200
    assert "The name makes a slug of 149 characters; at most 50" in response.content.decode()
    assert Territory.objects.count() == 1
