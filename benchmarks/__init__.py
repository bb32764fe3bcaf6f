"""Benchmarks: each prints its figures beside a baseline measured in the same run."""

import os
from urllib.parse import quote

# `python -m benchmarks.<name>` should work without make exporting the settings module.
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "mapapp.settings")


def database_url():
    """This checkout's database (DATABASE_URL or the embedded cluster), for both trees."""
    if os.environ.get("DATABASE_URL"):
        return os.environ["DATABASE_URL"]
    import django
    from django.conf import settings

    django.setup()
    db = settings.DATABASES["default"]
    password = quote(db["PASSWORD"], safe="")
    host = f"?host={quote(db['HOST'], safe='')}" if db["HOST"].startswith("/") else ""
    where = "" if host else f"{db['HOST']}:{db['PORT']}"
    return f"postgres://{db['USER']}:{password}@{where}/{db['NAME']}{host}"
