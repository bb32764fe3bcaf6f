"""Importing dated polygons and events: read (readers), check (validation), write (apply)."""

from mapapp.importing.apply import ImportResult, import_events, import_polygons
from mapapp.importing.readers import FORMATS, ImportRefused

__all__ = ["FORMATS", "ImportRefused", "ImportResult", "import_events", "import_polygons"]
