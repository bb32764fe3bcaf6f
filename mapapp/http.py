"""JSON responses for the API: errors as {"error": ...}, cached bodies with ETag and gzip.

Everything a date shows is immutable for its epoch and data version, so a body is built once,
compressed once, and kept in the cache under that key; a repeat request costs one cache read.
"""

import gzip
import hashlib
import json
from functools import wraps

from django.conf import settings
from django.http import HttpResponse, JsonResponse
from django.utils.cache import patch_vary_headers

from mapapp.cache_state import data_version
from mapapp.params import BadParameter
from mapapp.shared_cache import get_or_build

GEOJSON = "application/geo+json"


def error(status, message):
    return JsonResponse({"error": message}, status=status)


def api_view(view):
    """GET/HEAD only; BadParameter becomes a 400 that says what was wrong."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if request.method not in ("GET", "HEAD"):
            response = error(405, f"{request.method} is not allowed here; use GET")
            response["Allow"] = "GET, HEAD"
            return response
        try:
            return view(request, *args, **kwargs)
        except BadParameter as exc:
            return error(400, str(exc))

    return wrapper


def _packed(raw):
    return (raw, gzip.compress(raw, compresslevel=6))


def cached_body(request, key_parts, build, content_type="application/json"):
    """Serve `build()` (a str) from the cache under key_parts + data version, with an ETag."""
    key = (
        "api:"
        + hashlib.sha256(
            json.dumps([data_version(), *key_parts], default=str).encode()
        ).hexdigest()[:32]
    )
    entry = get_or_build(key, lambda: _packed(build().encode()))
    etag = f'"{key[4:]}"'
    if etag in request.headers.get("If-None-Match", ""):
        response = HttpResponse(status=304)
    else:
        raw, compressed = entry
        wants_gzip = "gzip" in request.headers.get("Accept-Encoding", "")
        response = HttpResponse(compressed if wants_gzip else raw, content_type=content_type)
        if wants_gzip:
            response["Content-Encoding"] = "gzip"
    response["ETag"] = etag
    response["Cache-Control"] = f"public, max-age={settings.API_MAX_AGE}"
    patch_vary_headers(response, ["Accept-Encoding"])
    return response
