"""Two saves at the same moment: the revision check holds a row lock, so one of them must lose.

Editor A's save is played by this test inside a real transaction holding the row; editor B's
request arrives meanwhile through the admin, waits for the lock, and must then be refused, not
overwrite A's edit.
"""

import threading
import time

import pytest
from django.db import connection, transaction
from django.test import Client

from mapapp.models import DatedPolygon, State
from tests.editing.helpers import change_url, form_data, reload
from tests.factories import make_polygon

pytestmark = pytest.mark.django_db(transaction=True)


def test_a_save_racing_another_waits_for_it_and_is_refused(reviewer):
    version = make_polygon(state=State.DRAFT)
    opened = form_data(version)
    answers = []

    def editor_b():
        try:
            client = Client()
            client.force_login(reviewer)
            answers.append(client.post(change_url(version), {**opened, "notes": "B's note"}))
        finally:
            connection.close()  # this thread's own connection, or the test database stays busy

    with transaction.atomic():
        # Editor A: lock the row and save, as the admin does, but slowly.
        locked = DatedPolygon.objects.select_for_update().get(pk=version.pk)
        racing = threading.Thread(target=editor_b)
        racing.start()
        time.sleep(1.0)
        assert racing.is_alive(), "B must wait for A's lock, not read a stale revision"
        locked.notes = "A's note"
        locked.save()
    racing.join(timeout=30)
    (response,) = answers
    assert response.status_code == 200
    assert "Not saved:" in " ".join(
        str(e) for e in response.context["adminform"].form.non_field_errors()
    )
    assert reload(version).notes == "A's note"
