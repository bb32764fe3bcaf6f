"""Degrade, don't fail: when the database (or the shared cache) is unreachable, say so briefly.

Cached answers need neither (mapapp/cache_state.py), so they keep serving. Anything else that
needs the database answers 503 with Retry-After: JSON {"error": …} under /api/, a short HTML
page elsewhere. One log line per request instead of a traceback: during an outage every request
fails the same way, and 5 KB of traceback each buried the log. Recovery needs nothing: Django
drops a connection that failed at the end of the request and the next one connects afresh.
"""

import logging

from django.core.cache import cache
from django.db import InterfaceError, OperationalError
from django.http import HttpResponse, JsonResponse

try:
    from redis.exceptions import ConnectionError as CacheConnectionError
    from redis.exceptions import TimeoutError as CacheTimeoutError
except ImportError:  # Only deployments with CACHE_URL=redis://… need the redis package.
    CacheConnectionError = CacheTimeoutError = ()

logger = logging.getLogger("mapapp.degrade")

RETRY_AFTER_SECONDS = 5
# Unreachable, not wrong: a failed connection, not a bad query or a broken constraint.
OUTAGES = (OperationalError, InterfaceError, CacheConnectionError, CacheTimeoutError)
PAGE = (
    "<!doctype html><html lang=en><meta charset=utf-8>"
    "<meta name=viewport content='width=device-width'>"
    "<title>Map temporarily unavailable</title>"
    "<h1>The map is temporarily unavailable</h1>"
    "<p>We are back in a few seconds. Please reload the page.</p></html>"
)


def last_known(key, build):
    """build(), remembered without expiry under `key` in the shared cache; while the database
    (or whatever build() reads) is unreachable, the last value built, so that what was served
    before the outage keeps serving. Returns (value, stale). Never built: the outage is raised,
    and DegradeMiddleware answers 503."""
    try:
        value = build()
    except OUTAGES:
        value = cache.get(key)
        if value is None:
            raise
        return value, True
    cache.set(key, value, timeout=None)
    return value, False


def unavailable(request):
    if request.path.startswith("/api/"):
        response = JsonResponse(
            {"error": "the map's database is temporarily unavailable; retry in a few seconds"},
            status=503,
        )
    else:
        response = HttpResponse(PAGE, status=503, content_type="text/html; charset=utf-8")
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    # Neither the proxy nor a CDN may keep this answer in place of the real one.
    response["Cache-Control"] = "no-store"
    return response


class DegradeMiddleware:
    """Turns an unreachable database or cache into a 503 (see the module docstring)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if not isinstance(exception, OUTAGES):
            return None
        first_line = str(exception).strip().splitlines()[0] if str(exception).strip() else ""
        logger.warning(
            "503 %s %s: %s: %s",
            request.method,
            request.path,
            type(exception).__name__,
            first_line[:200],
        )
        response = unavailable(request)
        # The line above says it all: django.request must not add its "Service Unavailable".
        response._has_been_logged = True
        return response
