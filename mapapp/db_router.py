"""Read replicas: reads go to a streaming standby, writes and what follows them to the primary.

Configured by DATABASE_REPLICA_URLS (settings.py adds one alias per URL, replica_1, replica_2…).
A request is pinned to the primary once it writes, inside a transaction, and for the whole
request when it is not a plain read (not GET/HEAD) or comes from a signed-in editor (it carries a
session cookie): an editor must see the row they just saved, which a lagging replica may not
have yet. Readers of the public map never write and read from the replicas.
"""

import random
from contextvars import ContextVar

from django.conf import settings
from django.db import DEFAULT_DB_ALIAS, connections, router

_pinned = ContextVar("mapapp_pinned_to_primary", default=False)


def replica_aliases():
    return [alias for alias in settings.DATABASES if alias.startswith("replica_")]


def pin_to_primary():
    _pinned.set(True)


def unpin(**kwargs):
    """request_started receiver: each request starts free to read from a replica."""
    _pinned.set(False)


def read_connection(model):
    """The connection raw SQL reading `model`'s table should use (the router's choice)."""
    return connections[router.db_for_read(model)]


class ReplicaRouter:
    def db_for_read(self, model, **hints):
        replicas = replica_aliases()
        if not replicas or _pinned.get() or connections[DEFAULT_DB_ALIAS].in_atomic_block:
            return DEFAULT_DB_ALIAS
        return random.choice(replicas)

    def db_for_write(self, model, **hints):
        pin_to_primary()
        return DEFAULT_DB_ALIAS

    def allow_relation(self, obj1, obj2, **hints):
        # Every alias holds the same database.
        return True

    def allow_migrate(self, db, app_label, model_name=None, **hints):
        return db == DEFAULT_DB_ALIAS


class PrimaryForEditorsMiddleware:
    """Pins writes and signed-in editors' requests to the primary (see the module docstring)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        editor = settings.SESSION_COOKIE_NAME in request.COOKIES
        if editor or request.method not in ("GET", "HEAD"):
            pin_to_primary()
        return self.get_response(request)
