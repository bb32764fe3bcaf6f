"""The shape of a snapshot id in a URL, checked before anything reaches the database.

An address that cannot be a snapshot id (`/s/%00`, `/embed/x'--`, a 10 000-character path) is a
404 from the URL resolver; only well-formed ids are looked up.
"""

from mapapp.snapshots.models import ID_ALPHABET, ID_LENGTH


class SnapshotIdConverter:
    regex = f"[{ID_ALPHABET}]{{{ID_LENGTH}}}"

    def to_python(self, value):
        return value

    def to_url(self, value):
        return value
