"""How the history list shows a geometry change: a summary a person can read, not raw WKT.

The full geometry before and after stays in each history record (open it to see it on the map,
or to restore it); the list says how the shape changed.
"""

from django.contrib.gis.geos import GEOSGeometry
from simple_history.template_utils import HistoricalRecordContextHelper


def describe(geometry):
    if geometry is None:
        return "none"
    if not isinstance(geometry, GEOSGeometry):
        geometry = GEOSGeometry(str(geometry))
    west, south, east, north = geometry.extent
    parts = len(geometry) if geometry.geom_type.startswith("Multi") else 1
    return (
        f"{parts} part(s), {geometry.num_coords} points, "
        f"box {west:.3f},{south:.3f} to {east:.3f},{north:.3f}"
    )


class PolygonHistoryHelper(HistoricalRecordContextHelper):
    def prepare_delta_change_value(self, change, value):
        if change.field == "geometry":
            return describe(value)
        return super().prepare_delta_change_value(change, value)
