"""Brute force on the admin sign-in (issue 11): django-axes locks a username at an address.

After LOGIN_FAILURE_LIMIT failures in a row the pair (username, address) is locked for
LOGIN_COOLOFF_MINUTES, even with the right password; the failures live in the database.
"""

import os
import subprocess
import sys
from datetime import timedelta

import pytest
from django.conf import settings as django_settings
from django.db.models import F

from tests.security.people import editor

pytestmark = pytest.mark.django_db
LOGIN = "/admin/login/"
RIGHT = "a long pass phrase 11"  # tests.security.people's password


def recorded_failures():
    """django-axes' table of failed sign-ins (imported late: it exists only with axes)."""
    from axes.models import AccessAttempt

    return AccessAttempt.objects


def attempt(client, password, address="203.0.113.7", username="erin"):
    return client.post(
        LOGIN,
        {"username": username, "password": password, "next": "/admin/"},
        REMOTE_ADDR=address,
    )


def signed_in(client):
    return client.get("/admin/").status_code == 200


@pytest.fixture
def erin(settings):
    settings.AXES_FAILURE_LIMIT = 3
    return editor()


def test_after_the_limit_even_the_right_password_is_refused_with_a_clear_message(client, erin):
    for _ in range(2):
        assert attempt(client, "guess").status_code == 200
    assert attempt(client, "guess").status_code == 429  # the third failure locks
    locked = attempt(client, RIGHT)
    assert locked.status_code == 429
    page = locked.content.decode()
    assert "Sign-in locked: 3 failed sign-ins as “erin” from this address." in page
    assert "Try again in 15 minutes" in page
    assert not signed_in(client)
    assert recorded_failures().get(username="erin").failures_since_start >= 3


def test_below_the_limit_the_right_password_signs_in(client, erin):
    for _ in range(2):
        attempt(client, "guess")
    assert attempt(client, RIGHT).status_code == 302
    assert signed_in(client)


def test_the_lock_is_for_that_username_at_that_address(client, erin):
    for _ in range(3):
        attempt(client, "guess", address="203.0.113.7")
    # The editor at the newsroom's own address is not locked out by a stranger's guesses.
    assert attempt(client, RIGHT, address="198.51.100.20").status_code == 302


def test_after_the_cool_off_the_right_password_signs_in_again(client, erin, settings):
    for _ in range(3):
        attempt(client, "guess")
    assert attempt(client, RIGHT).status_code == 429
    # The cool-off (15 minutes) has passed: move the recorded failures back in time.
    recorded_failures().update(
        attempt_time=F("attempt_time") - settings.AXES_COOLOFF_TIME - timedelta(seconds=1)
    )
    assert attempt(client, RIGHT).status_code == 302
    assert signed_in(client)


@pytest.mark.parametrize("value", ["0", "five"])
def test_a_bad_failure_limit_stops_start_up_naming_the_variable(value):
    result = subprocess.run(
        [sys.executable, "-c", "import mapapp.settings"],
        cwd=django_settings.BASE_DIR,
        env={**os.environ, "LOGIN_FAILURE_LIMIT": value},
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode != 0
    assert "LOGIN_FAILURE_LIMIT" in result.stderr
