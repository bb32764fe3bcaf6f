"""The import path the seed data and editors share; the work lives in mapapp.importing.

Kept as a module so existing callers (load_seed, import_polygons, tests) keep their imports.
"""

from mapapp.importing import FORMATS, ImportRefused, ImportResult, import_events, import_polygons

__all__ = ["FORMATS", "ImportRefused", "ImportResult", "import_events", "import_polygons"]
