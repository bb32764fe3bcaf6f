"""Issue 11, item 12: a double click on Publish makes one snapshot, not two.

The publish button sends an Idempotency-Key per dialog; a repeat of the key answers the first
snapshot (200). The key is unique in the database, so two requests racing each other cannot
both insert: the second waits for the first and gets its snapshot.
"""

import json
import threading
from datetime import date

import pytest
from django.db import IntegrityError, connection, transaction
from django.test import Client

from mapapp.snapshots.models import Snapshot
from tests.factories import make_polygon
from tests.security.people import reviewer

BODY = {"title": "Raqqa, 2016", "date": "2016-01-01"}


def publish(client, key, body=BODY):
    return client.post(
        "/snapshots/publish",
        json.dumps(body),
        content_type="application/json",
        HTTP_IDEMPOTENCY_KEY=key,
    )


@pytest.fixture
def reviewer_client(client):
    make_polygon(valid_from=date(2015, 1, 1))
    client.force_login(reviewer())
    return client


@pytest.mark.django_db
def test_a_repeated_key_answers_the_first_snapshot(reviewer_client):
    first = publish(reviewer_client, "dialog-7f3a9c21")
    again = publish(reviewer_client, "dialog-7f3a9c21")
    assert (first.status_code, again.status_code) == (201, 200)
    assert again.json() == first.json()
    assert Snapshot.objects.count() == 1


@pytest.mark.django_db
def test_two_dialogs_make_two_snapshots(reviewer_client):
    publish(reviewer_client, "dialog-aaaaaaaa")
    publish(reviewer_client, "dialog-bbbbbbbb")
    assert Snapshot.objects.count() == 2


@pytest.mark.django_db
@pytest.mark.parametrize("key", ["short", "x" * 65, "has space in it", "semi;colon;key"])
def test_a_malformed_key_is_a_400_saying_so(reviewer_client, key):
    response = publish(reviewer_client, key)
    assert response.status_code == 400
    assert "Idempotency-Key" in response.json()["error"]
    assert not Snapshot.objects.exists()


@pytest.mark.django_db
def test_the_database_refuses_a_second_snapshot_with_the_same_key(reviewer_client):
    publish(reviewer_client, "dialog-12345678")
    twin = Snapshot.objects.get()
    twin.pk, twin.idempotency_key = None, "dialog-12345678"
    with pytest.raises(IntegrityError), transaction.atomic():
        Snapshot.objects.create(
            **{f.name: getattr(twin, f.name) for f in Snapshot._meta.fields if f.name != "id"}
        )


@pytest.mark.django_db(transaction=True)
def test_two_concurrent_requests_with_one_key_make_one_snapshot(reviewer_client):
    """Two threads, two database connections, released together by a barrier."""
    session = reviewer_client.cookies
    barrier = threading.Barrier(2)
    answers = []

    def click():
        client = Client()
        client.cookies = session
        barrier.wait()
        try:
            answers.append(publish(client, "double-click-5e1d"))
        finally:
            connection.close()

    threads = [threading.Thread(target=click) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(a.status_code for a in answers) == [200, 201]
    assert answers[0].json()["id"] == answers[1].json()["id"]
    assert Snapshot.objects.count() == 1
