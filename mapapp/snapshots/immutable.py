"""Responses for things that never change once made: snapshot pages, embeds and images.

A snapshot's bytes depend only on the snapshot (and the host its absolute links name), so they
are built once, kept with a gzipped copy in the cache, and sent with a year-long immutable
Cache-Control and an ETag; a CDN or a browser never needs to ask again.
"""

import gzip
import hashlib

from django.http import HttpResponse
from django.utils.cache import patch_vary_headers

from mapapp.shared_cache import get_or_build

IMMUTABLE = "public, max-age=31536000, immutable"
# Text compresses well; PNG is already compressed.
COMPRESSIBLE = ("text/", "application/json", "application/geo+json")


def immutable_response(request, key, build, content_type):
    """Serve build() (bytes) under `key` for ever, with ETag, 304 and gzip when accepted.

    build() runs once for all workers (the shared cache keeps the one copy) and may raise
    Http404; a cached snapshot is served without asking the database at all.
    """

    def pack():
        raw = build()
        packed = gzip.compress(raw, 6) if content_type.startswith(COMPRESSIBLE) else None
        return (raw, packed, '"' + hashlib.sha256(raw).hexdigest()[:32] + '"')

    raw, packed, etag = get_or_build(key, pack)
    if etag in request.headers.get("If-None-Match", ""):
        response = HttpResponse(status=304)
    elif packed is not None and "gzip" in request.headers.get("Accept-Encoding", ""):
        response = HttpResponse(packed, content_type=content_type)
        response["Content-Encoding"] = "gzip"
    else:
        response = HttpResponse(raw, content_type=content_type)
    response["ETag"] = etag
    response["Cache-Control"] = IMMUTABLE
    if packed is not None:
        patch_vary_headers(response, ["Accept-Encoding"])
    return response
