"""A snapshot's saved view: the box its image shows and whose areas its page cites.

The editor's view is saved as a box (the map's bounds), as a centre and zoom (docs/url-state.md),
or both. The box wins where there is one, as in the embed (static/snapshots/embed.js). A view
saved as centre and zoom alone is taken at the social card's size, so the page cites what the
card shows.
"""

from shapely.geometry import box, shape

from mapapp.snapshots import mapdraw
from mapapp.snapshots.freeze import sources_of

CARD = (1200, 630)  # CSS pixels of the social card (renderer.SIZES["social"]).
REGION = (35.5, 31.0, 48.5, 38.0)  # Syria and Iraq, where the story happens.


def frame_for(snapshot, width, height, css_scale=1.0):
    """The mapdraw.Frame an image of `snapshot` draws, `css_scale` image px per CSS px."""
    if snapshot.bbox:
        return mapdraw.Frame(snapshot.bbox, width, height)
    if snapshot.has_view:
        return mapdraw.Frame.centred(
            snapshot.lon, snapshot.lat, snapshot.zoom, width, height, css_scale
        )
    return mapdraw.Frame(data_extent(snapshot) or REGION, width, height)


def data_extent(snapshot):
    """The box of the snapshot's areas with a margin, or None when it has none."""
    coords = [
        point
        for f in snapshot.features["features"]
        for polygon in mapdraw.polygons_of(f["geometry"])
        for point in polygon[0]
    ]
    if not coords:
        return None
    lons, lats = [c[0] for c in coords], [c[1] for c in coords]
    pad_x = max((max(lons) - min(lons)) * 0.08, 0.2)
    pad_y = max((max(lats) - min(lats)) * 0.08, 0.2)
    return (min(lons) - pad_x, min(lats) - pad_y, max(lons) + pad_x, max(lats) + pad_y)


def view_box(snapshot):
    """(west, south, east, north) of the saved view, or None when none was saved."""
    if snapshot.bbox:
        return tuple(snapshot.bbox)
    if snapshot.has_view:
        return frame_for(snapshot, *CARD).bounds()
    return None


def in_view(features, area):
    return [f for f in features if f.get("geometry") and shape(f["geometry"]).intersects(area)]


def sources_in_view(snapshot):
    """The sources of the areas and events that meet the saved view (all, without a view).

    A snapshot freezes every area its query returned, and a box query also returns areas whose
    bounding box only grazes the view; a reader checking the map should see the sources of what
    it shows, not of ground beyond its edges.
    """
    bounds = view_box(snapshot)
    if bounds is None:
        return snapshot.sources
    area = box(*bounds)
    areas = in_view(snapshot.features["features"], area)
    events = in_view((snapshot.events or {}).get("features", []), area)
    return sources_of({"features": areas}, {"features": events})
