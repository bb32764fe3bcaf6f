"""A database that is really unreachable: the connection points at a socket nobody listens on."""

import tempfile
from contextlib import contextmanager

from django.db import connections


@contextmanager
def database_down(alias="default"):
    """Within the block, every new connection to `alias` fails as if PostgreSQL had stopped.

    The psycopg driver really tries to connect, to a directory that holds no PostgreSQL socket,
    and really fails; nothing is mocked. Tests using it must be transactional, since the
    connection (and with it the test's transaction) is closed.
    """
    connection = connections[alias]
    saved = dict(connection.settings_dict)
    connection.close()
    with tempfile.TemporaryDirectory() as nowhere:
        connection.settings_dict.update(HOST=nowhere, PORT="5432")
        try:
            yield
        finally:
            connection.close()
            connection.settings_dict.clear()
            connection.settings_dict.update(saved)
