"""Probes for the load balancer and the orchestrator: /healthz (alive) and /readyz (ready).

/healthz touches nothing but the process: a worker that answers is alive, whatever the database
does (restarting it would not help). /readyz checks each dependency and says which one failed.
"""

import time

from django.core.cache import cache
from django.db import connections
from django.http import JsonResponse
from django.views.decorators.cache import never_cache


@never_cache
def healthz(request):
    return JsonResponse({"status": "ok"})


def _check_database(alias):
    with connections[alias].cursor() as cursor:
        cursor.execute("SELECT 1")


def _check_cache():
    key = "readyz:probe"
    cache.set(key, "ok", timeout=10)
    if cache.get(key) != "ok":
        raise RuntimeError("the cache did not return what was stored")


def _run(check, *args):
    started = time.monotonic()
    try:
        check(*args)
    except Exception as exc:  # Any failure means not ready; say which and why.
        return {"status": "error", "error": f"{type(exc).__name__}: {str(exc).strip()[:200]}"}
    return {"status": "ok", "ms": round((time.monotonic() - started) * 1000, 1)}


@never_cache
def readyz(request):
    checks = {f"database:{alias}": _run(_check_database, alias) for alias in connections}
    checks["cache"] = _run(_check_cache)
    ready = all(check["status"] == "ok" for check in checks.values())
    return JsonResponse(
        {"status": "ok" if ready else "unavailable", "checks": checks}, status=200 if ready else 503
    )
