"""Issue 11, item 10: a reviewer withdraws a snapshot, and readers stop seeing its map.

The page and the embed show the reason instead of the map, the images, data and oEmbed answer
410 Gone, and pages are cached for minutes, not a year, so the withdrawal reaches readers.
"""

from datetime import date

import pytest
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.urls import reverse

from mapapp.snapshots.freeze import freeze
from mapapp.snapshots.models import Snapshot
from tests.factories import make_polygon, make_territory
from tests.security.people import editor, reviewer

pytestmark = pytest.mark.django_db

REASON = "The front line east of Raqqa was drawn from a misdated report."
CHANGELIST = reverse("admin:snapshots_snapshot_changelist")


@pytest.fixture
def snapshot():
    make_polygon(make_territory("raqqa", name="Raqqa"), valid_from=date(2014, 6, 29))
    return freeze(title="Raqqa under IS", day=date(2016, 1, 1))


def withdraw_through_admin(client, snapshot, reason=REASON):
    chosen = {"action": "withdraw", ACTION_CHECKBOX_NAME: [snapshot.pk]}
    asked = client.post(CHANGELIST, chosen)
    answered = client.post(CHANGELIST, {**chosen, "withdraw_confirmed": "1", "reason": reason})
    return asked, answered


def test_a_reviewer_withdraws_a_snapshot_with_a_reason(client, snapshot):
    person = reviewer()
    client.force_login(person)
    asked, answered = withdraw_through_admin(client, snapshot)
    assert asked.status_code == 200 and 'name="reason"' in asked.content.decode()
    assert answered.status_code == 302
    stored = Snapshot.objects.get(pk=snapshot.pk)
    assert stored.withdrawn_at is not None
    assert (stored.withdrawn_by, stored.withdrawal_reason) == (person, REASON)


def test_a_withdrawal_without_a_reason_is_refused(client, snapshot):
    client.force_login(reviewer())
    _, answered = withdraw_through_admin(client, snapshot, reason="  ")
    assert answered.status_code == 200
    assert "This field is required." in answered.content.decode()
    assert Snapshot.objects.get(pk=snapshot.pk).withdrawn_at is None


def test_an_editor_cannot_withdraw(client, snapshot):
    client.force_login(editor())
    withdraw_through_admin(client, snapshot)
    assert Snapshot.objects.get(pk=snapshot.pk).withdrawn_at is None


def test_the_page_and_the_embed_show_the_reason_and_no_map(client, snapshot):
    client.force_login(reviewer())
    withdraw_through_admin(client, snapshot)
    client.logout()
    for path in (f"/s/{snapshot.id}", f"/embed/{snapshot.id}"):
        response = client.get(path)
        page = response.content.decode()
        assert response.status_code == 410
        assert "This map was withdrawn" in page and REASON in page
        assert "embed-config" not in page and "<iframe" not in page and "leaflet" not in page
    # The embed still may be framed by the articles that embed it, so they show the notice.
    assert "frame-ancestors *" in client.get(f"/embed/{snapshot.id}")["Content-Security-Policy"]


def test_images_data_and_oembed_answer_gone_with_the_reason(client, snapshot):
    client.force_login(reviewer())
    withdraw_through_admin(client, snapshot)
    oembed = "/oembed?url=" + f"http://testserver/s/{snapshot.id}"
    for path in (f"/s/{snapshot.id}/social.png", f"/s/{snapshot.id}/data.geojson", oembed):
        response = client.get(path)
        assert response.status_code == 410, path
        assert REASON in response.json()["error"]


def test_pages_are_revalidated_within_minutes_so_a_withdrawal_reaches_readers(client, snapshot):
    before = client.get(f"/s/{snapshot.id}")
    assert before["Cache-Control"] == "public, max-age=300"
    assert "immutable" not in client.get(f"/embed/{snapshot.id}")["Cache-Control"]
    assert client.get(f"/s/{snapshot.id}", HTTP_IF_NONE_MATCH=before["ETag"]).status_code == 304

    client.force_login(reviewer())
    withdraw_through_admin(client, snapshot)
    revalidated = client.get(f"/s/{snapshot.id}", HTTP_IF_NONE_MATCH=before["ETag"])
    assert revalidated.status_code == 410
    assert REASON in revalidated.content.decode()
