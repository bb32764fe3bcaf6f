"""Shared fixtures. The database is the real PostGIS (embedded cluster or DATABASE_URL)."""

import pytest
from django.core.cache import cache
from django.core.management import call_command


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
