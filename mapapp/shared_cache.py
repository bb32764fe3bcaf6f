"""Build an expensive value once for every worker and machine, and keep it in the shared cache.

With a cache per worker, an export or a snapshot image was built once per worker; with a shared
cache but no coordination, every worker that misses at the same moment still builds it. Here the
first one takes a short lock (an atomic `add`) and builds; the others wait for its result.
"""

import time

from django.core.cache import cache

# Longer than any build takes (the 1 MB KML export takes about half a second): a builder that
# died holding the lock delays the others this long at most.
LOCK_SECONDS = 30
WAIT_SECONDS = 10
POLL_SECONDS = 0.05


def get_or_build(key, build, timeout=None):
    """cache[key], else build() by one process while the others wait for its result."""
    entry = cache.get(key)
    if entry is not None:
        return entry
    lock = f"{key}:building"
    if cache.add(lock, 1, timeout=LOCK_SECONDS):
        try:
            entry = build()
            cache.set(key, entry, timeout=timeout)
        finally:
            cache.delete(lock)
        return entry
    deadline = time.monotonic() + WAIT_SECONDS
    while time.monotonic() < deadline:
        time.sleep(POLL_SECONDS)
        entry = cache.get(key)
        if entry is not None:
            return entry
    # The builder is slow or gone: answer this request rather than fail it.
    return build()
