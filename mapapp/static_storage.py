"""Static files: content-hashed, precompressed names once collected, plain names before that.

The old settings chose the hashing storage only when var/staticfiles/staticfiles.json already
existed, and that manifest is written by the hashing storage itself: `collectstatic` therefore
ran with the plain storage and never produced hashed or compressed files. This storage is
always configured; before the first `collectstatic` (development, tests) it has no manifest and
answers the plain names, served from the source folders.
"""

from whitenoise.storage import CompressedManifestStaticFilesStorage


class StaticStorage(CompressedManifestStaticFilesStorage):
    # static/map/*.js are ES modules importing each other: their imports get hashed names too.
    support_js_module_import_aggregation = True
    manifest_strict = False

    def stored_name(self, name):
        if not self.hashed_files:
            return name
        try:
            return super().stored_name(name)
        except ValueError:
            # A file added after the last collectstatic: serve it under its plain name.
            return name
