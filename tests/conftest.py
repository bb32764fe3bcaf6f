"""Shared fixtures. The database is the real PostGIS (embedded cluster or DATABASE_URL)."""

import pytest
from django.core.cache import cache
from django.core.management import call_command
from django.db import connection

# Chromium for tests/browser/ and tests/security/ (one shared Playwright session).
from tests.chromium import browser, page, phone  # noqa: F401


@pytest.fixture(scope="session", autouse=True)
def _drop_idle_sessions_before_teardown(django_db_setup, django_db_blocker):
    """Let the test database be dropped at the end of the run.

    A server thread of the browser tests can still hold an idle connection when the session
    ends, and PostgreSQL refuses to drop a database in use. Only idle sessions of the test
    database itself are ended, after every test has run.
    """
    yield
    with django_db_blocker.unblock(), connection.cursor() as cursor:
        cursor.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity"
            " WHERE datname = current_database() AND pid <> pg_backend_pid() AND state = 'idle'"
        )


@pytest.fixture(autouse=True)
def _fresh_cache():
    # API answers are cached per data version; tests must not see each other's bodies.
    cache.clear()
    yield
    cache.clear()


@pytest.fixture(scope="session")
def seeded(django_db_setup, django_db_blocker):
    """The seed dataset, loaded once through the real importer and kept for the session.

    Tests that use it run last (see pytest_collection_modifyitems), so that tests building their
    own rows start from an empty database, and flushing transactional tests cannot remove it.
    """
    with django_db_blocker.unblock():
        call_command("load_seed", verbosity=0)


def pytest_collection_modifyitems(items):
    items.sort(key=lambda item: "seeded" in getattr(item, "fixturenames", ()))
