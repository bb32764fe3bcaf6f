"""Responses for things that never change once made: snapshot pages, embeds and images.

A snapshot's bytes depend only on the snapshot (and the host its absolute links name), so they
are built once, kept with a gzipped copy in the cache, and sent with an ETag. Images and data
are immutable for a year: once withdrawn they answer 410, and a reader who kept a copy keeps it.
Pages and embeds are cached briefly (BRIEF) and revalidated with the ETag, so that a withdrawal
reaches readers within minutes (issue 11).
"""

import gzip
import hashlib

from django.core.cache import cache
from django.http import HttpResponse
from django.utils.cache import patch_vary_headers

IMMUTABLE = "public, max-age=31536000, immutable"
BRIEF = "public, max-age=300"
# Text compresses well; PNG is already compressed.
COMPRESSIBLE = ("text/", "application/json", "application/geo+json")


def immutable_response(request, key, build, content_type, cache_control=IMMUTABLE):
    """Serve build() (bytes) under `key` for ever, with ETag, 304 and gzip when accepted."""
    entry = cache.get(key)
    if entry is None:
        raw = build()
        packed = gzip.compress(raw, 6) if content_type.startswith(COMPRESSIBLE) else None
        entry = (raw, packed, '"' + hashlib.sha256(raw).hexdigest()[:32] + '"')
        cache.set(key, entry, timeout=None)
    raw, packed, etag = entry
    if etag in request.headers.get("If-None-Match", ""):
        response = HttpResponse(status=304)
    elif packed is not None and "gzip" in request.headers.get("Accept-Encoding", ""):
        response = HttpResponse(packed, content_type=content_type)
        response["Content-Encoding"] = "gzip"
    else:
        response = HttpResponse(raw, content_type=content_type)
    response["ETag"] = etag
    response["Cache-Control"] = cache_control
    if packed is not None:
        patch_vary_headers(response, ["Accept-Encoding"])
    return response
