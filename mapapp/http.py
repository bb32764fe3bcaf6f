"""HTTP plumbing for every cached read: API answers, snapshot pages, embeds, images and data.

Everything a date shows is immutable for its epoch and data version, and a snapshot for ever, so
a body is built once, compressed once, and kept in the cache under its key. The ETag is derived
from that key, not from the body, so Django's condition() answers 304 before any body is built
or read. The ETag is weak (W/"…"): the gzip and the plain body are the same representation in
two content codings and share it, which a strong validator must not (RFC 9110 §8.8.1, §8.8.3).

Public reads carry CORS headers through `public_read` (the decorator other public endpoints,
such as the OGC API, use too); admin, publishing and other session-bearing URLs never do.
"""

import gzip
import hashlib
import json
from dataclasses import dataclass
from functools import wraps

from django.conf import settings
from django.http import HttpResponse, JsonResponse
from django.utils.cache import patch_vary_headers
from django.views.decorators.http import condition

from mapapp.api.params import BadParameter
from mapapp.cache_state import data_version
from mapapp.shared_cache import get_or_build

GEOJSON = "application/geo+json"
IMMUTABLE = "public, max-age=31536000, immutable"
# Snapshot pages and embeds: revalidated with the ETag after five minutes, so that a withdrawal
# reaches readers within minutes (issue 11); their images and data stay IMMUTABLE.
BRIEF = "public, max-age=300"
# Text compresses well; PNG is already compressed. Vector tiles shrink to a quarter (their
# territory names and repeated properties: benchmarks/tile_names.py).
COMPRESSIBLE = (
    "application/vnd.mapbox-vector-tile",
    "text/",
    "application/json",
    GEOJSON,
    "application/vnd.google-earth.kml+xml",
    "application/geopackage+sqlite3",
)

# CORS for public reads: any origin may read, no credentials are ever involved.
CORS_METHODS = "GET, HEAD, OPTIONS"
CORS_HEADERS = "Accept, Accept-Encoding, If-None-Match, If-Modified-Since"
CORS_MAX_AGE = 86400


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


def public_read(view):
    """CORS for a public, read-only, cookie-free URL: ACAO * on every answer, preflight 204."""

    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if request.method == "OPTIONS":
            response = HttpResponse(status=204)
            del response["Content-Type"]  # no content, so no type (RFC 9110 §15.3.5)
            response["Access-Control-Allow-Methods"] = CORS_METHODS
            response["Access-Control-Allow-Headers"] = CORS_HEADERS
            response["Access-Control-Max-Age"] = str(CORS_MAX_AGE)
        else:
            response = view(request, *args, **kwargs)
            response["Access-Control-Expose-Headers"] = "ETag"
        response["Access-Control-Allow-Origin"] = "*"
        return response

    return wrapper


@dataclass(frozen=True)
class Body:
    raw: bytes
    packed: bytes | None  # gzip, when the type compresses


def accepts_gzip(request):
    """Whether Accept-Encoding lists gzip (or *) without q=0 (RFC 9110 §12.5.3)."""
    for item in request.headers.get("Accept-Encoding", "").lower().split(","):
        coding, _, params = item.partition(";")
        if coding.strip() in ("gzip", "*"):
            weight = params.strip().removeprefix("q=").strip() if "q=" in params else "1"
            try:
                return float(weight) > 0
            except ValueError:
                return False
    return False


def cached_response(request, key, build, content_type, cache_control):
    """Serve build() (str or bytes) kept in the cache under `key`, with a 304 decided first."""
    compressible = content_type.startswith(COMPRESSIBLE)
    etag = 'W/"' + hashlib.sha256(key.encode()).hexdigest()[:32] + '"'

    def pack():
        raw = build()
        raw = raw.encode() if isinstance(raw, str) else raw
        # mtime=0: an answer built again (another worker, after an eviction) is the same bytes.
        return Body(raw, gzip.compress(raw, 6, mtime=0) if compressible else None)

    def respond(request):
        # Built once for every worker and machine (the shared cache keeps the one copy).
        body = get_or_build(key, pack)
        if body.packed is not None and accepts_gzip(request):
            response = HttpResponse(body.packed, content_type=content_type)
            response["Content-Encoding"] = "gzip"
            return response
        return HttpResponse(body.raw, content_type=content_type)

    response = condition(etag_func=lambda request: etag)(respond)(request)
    response["Cache-Control"] = cache_control
    if compressible:
        patch_vary_headers(response, ["Accept-Encoding"])
    return response


def cached_body(request, key_parts, build, content_type="application/json"):
    """An API answer: `build()` keyed by key_parts and the data version, cached API_MAX_AGE."""
    parts = json.dumps([data_version(), *key_parts], default=str)
    key = "api:" + hashlib.sha256(parts.encode()).hexdigest()[:32]
    cache_control = f"public, max-age={settings.API_MAX_AGE}"
    return cached_response(request, key, build, content_type, cache_control)


def immutable_response(request, key, build, content_type, cache_control=IMMUTABLE):
    """Something that never changes once made (a snapshot's page, embed, image or data)."""
    return cached_response(request, key, build, content_type, cache_control)
