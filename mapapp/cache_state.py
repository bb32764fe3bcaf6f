"""The data version and what depends on it only (change dates, actor slugs), from the cache.

A cached API answer is keyed by the data version and the date's epoch. Reading both from
PostgreSQL cost two queries per hit; here they come from the shared cache, so a hit makes none
and keeps serving while the database is down.

Kept current on write: every statement that writes a `mapapp_` table schedules, for after its
transaction commits, the removal of the cached version (`note_writes`, installed on every
connection by apps.py). The cache is shared by every worker and machine, so the next request
anywhere reads the new version from the database, which the triggers of migration 0002 raised.
A rolled-back transaction removes nothing. Writes that bypass Django (psql by hand) are picked up
when the cached version expires after DATA_VERSION_TTL seconds.

Why not a short TTL alone: an editor expects the correction on the map as soon as the admin says
it is saved. Why not LISTEN/NOTIFY: it needs a listening thread in every worker and a connection
held open per worker, for what an on-commit hook does within the request that wrote.
"""

import logging

from django.conf import settings
from django.core.cache import cache
from django.db import transaction

from mapapp import geoqueries
from mapapp.degrade import last_known
from mapapp.models import Actor

logger = logging.getLogger(__name__)

VERSION_KEY = "data-version"
# Never expires: what cached answers are served under while the database cannot be asked.
LAST_KNOWN_KEY = "data-version:last-known"
CHANGE_DATES = "change-dates"
WRITES = ("INSERT", "UPDATE", "DELETE", "TRUNCA", "COPY ")


def data_version(read=geoqueries.data_version):
    """The current data version: the cache's copy, else read() from the database (then cached).

    `read` may be a query that answers more than the version in the same round trip (the tile
    view's, mapapp/tiles.py); while the database cannot be asked, the last known version.
    """
    version = cache.get(VERSION_KEY)
    if version is not None:
        return version
    version, stale = last_known(LAST_KNOWN_KEY, read)
    if not stale:
        cache.set(VERSION_KEY, version, timeout=settings.DATA_VERSION_TTL)
    return version


def per_version_key(name):
    return f"{name}:{data_version()}"


def per_version(name, build):
    """build() for the current data version, computed once per version for all workers."""
    key = per_version_key(name)
    value = cache.get(key)
    if value is None:
        value = build()
        cache.set(key, value, timeout=None)
    return value


def change_dates():
    return per_version(CHANGE_DATES, geoqueries.change_dates)


def epoch_for(day):
    """geoqueries.epoch_of(day), without a query when the cache has this version's dates."""
    return geoqueries.epoch_of(day, change_dates())


def most_valid():
    return per_version("most-valid", geoqueries.most_valid)


def is_large_archive():
    """More than MAP_TILES_ABOVE polygons valid on some day: the map draws tiles and
    /api/v1/diff answers on the generalised geometry unless asked for the exact answer."""
    return most_valid() > settings.MAP_TILES_ABOVE


def actor_slugs():
    return per_version("actor-slugs", lambda: set(Actor.objects.values_list("slug", flat=True)))


def forget_data_version():
    try:
        cache.delete(VERSION_KEY)
    except Exception:  # The write is committed; a cache outage must not turn it into an error.
        logger.warning("could not drop the cached data version; it expires on its own")


def note_writes(execute, sql, params, many, context):
    """Execute wrapper: a statement that wrote public data drops the cached data version.

    It is dropped at once (so the writing transaction itself, and tests, read their own writes)
    and again after the commit: a request that read the old version from the database in
    between must not keep it in the cache.
    """
    result = execute(sql, params, many, context)
    if sql.lstrip()[:6].upper().startswith(WRITES) and "mapapp_" in sql:
        forget_data_version()
        connection = context["connection"]
        pending = any(entry[1] is forget_data_version for entry in connection.run_on_commit)
        if connection.in_atomic_block and not pending:
            transaction.on_commit(forget_data_version, using=connection.alias)
    return result


def install(sender, connection, **kwargs):
    """connection_created receiver: wrap every connection's queries with note_writes."""
    if note_writes not in connection.execute_wrappers:
        connection.execute_wrappers.append(note_writes)
