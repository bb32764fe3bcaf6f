"""Drawing GeoJSON on a Pillow image in Web Mercator, the projection of the Leaflet map.

Pillow fills polygons without holes or antialiasing, so each area is filled into a mask (outer
rings on, holes off) and the renderer draws at twice the size and scales down.
"""

import math

import numpy as np
from PIL import Image, ImageChops, ImageDraw

MAX_LAT = 85.0511
TILE = 256  # Leaflet's tile size: at zoom z the world is TILE * 2**z CSS pixels wide.


def mercator(lon, lat):
    """Spherical Mercator in units of the unit circle (lon, lat in degrees; numpy-friendly)."""
    lat = np.clip(lat, -MAX_LAT, MAX_LAT)
    return np.radians(lon), np.log(np.tan(np.pi / 4 + np.radians(lat) / 2))


class Frame:
    """Maps lon/lat to pixels so that `bbox` (w, s, e, n) fills a width x height image.

    The box grows on its short side to the image's aspect ratio, as Leaflet's fitBounds does,
    so the map is never stretched.
    """

    def __init__(self, bbox, width, height):
        west, south, east, north = bbox
        x0, y0 = mercator(west, south)
        x1, y1 = mercator(east, north)
        scale = min(width / max(x1 - x0, 1e-9), height / max(y1 - y0, 1e-9))
        self.scale = float(scale)
        self.cx, self.cy = float((x0 + x1) / 2), float((y0 + y1) / 2)
        self.width, self.height = width, height

    @classmethod
    def centred(cls, lon, lat, zoom, width, height, css_scale=1.0):
        """The frame Leaflet's setView([lat, lon], zoom) shows in a width x height image.

        `css_scale` is image pixels per CSS pixel (2 for an image drawn at twice the size).
        """
        frame = cls.__new__(cls)
        x, y = mercator(lon, lat)
        frame.scale = TILE * 2**zoom / (2 * math.pi) * css_scale
        frame.cx, frame.cy = float(x), float(y)
        frame.width, frame.height = width, height
        return frame

    def zoom(self, css_scale=1.0):
        """The Leaflet zoom this frame draws at (fractional), counting `css_scale` px per CSS px."""
        return math.log2(self.scale / css_scale * 2 * math.pi / TILE)

    def pixels(self, coords):
        """[(lon, lat), ...] -> [(x, y), ...] in image pixels (y down)."""
        array = np.asarray(coords, dtype=float)[:, :2]
        x, y = mercator(array[:, 0], array[:, 1])
        px = (x - self.cx) * self.scale + self.width / 2
        py = (self.cy - y) * self.scale + self.height / 2
        return list(zip(px.tolist(), py.tolist(), strict=True))

    def point(self, lon, lat):
        return self.pixels([(lon, lat)])[0]

    def bounds(self):
        """The lon/lat box the image actually shows (w, s, e, n)."""
        west_x = self.cx - self.width / 2 / self.scale
        east_x = self.cx + self.width / 2 / self.scale
        south_y = self.cy - self.height / 2 / self.scale
        north_y = self.cy + self.height / 2 / self.scale

        def lat(y):
            return math.degrees(2 * math.atan(math.exp(y)) - math.pi / 2)

        return math.degrees(west_x), lat(south_y), math.degrees(east_x), lat(north_y)


def polygons_of(geometry):
    """The polygons (lists of rings) of a GeoJSON Polygon or MultiPolygon; nothing otherwise."""
    if not geometry:
        return []
    if geometry["type"] == "Polygon":
        return [geometry["coordinates"]]
    if geometry["type"] == "MultiPolygon":
        return geometry["coordinates"]
    return []


def lines_of(geometry):
    if not geometry:
        return []
    if geometry["type"] == "LineString":
        return [geometry["coordinates"]]
    if geometry["type"] == "MultiLineString":
        return geometry["coordinates"]
    return [ring for polygon in polygons_of(geometry) for ring in polygon]


def touches(rings, box):
    """Whether the outer ring's bounding box meets the shown box (a cheap skip for far land)."""
    west, south, east, north = box
    outer = rings[0]
    lons = [c[0] for c in outer]
    lats = [c[1] for c in outer]
    return min(lons) <= east and max(lons) >= west and min(lats) <= north and max(lats) >= south


def hatch_mask(size, origin, hatch, scale=1):
    """A mask of the style spec's `hatch` (static/style/map-style.json) over a box of the image.

    Full on the stripes, the hatch's tint between them, as the map's Canvas pattern draws it.
    Stripes are computed in image coordinates (`origin` is the box's top left), so neighbouring
    areas' stripes line up; `scale` turns the spec's CSS pixels into image pixels.
    """
    width, height = size
    x = np.arange(width, dtype=float)[None, :] + origin[0]
    y = np.arange(height, dtype=float)[:, None] + origin[1]
    angle = math.radians(hatch["angle"])
    spacing, line = hatch["spacing"] * scale, hatch["width"] * scale
    # Lines x*sin(a) + y*cos(a) = c run at `angle` counter-clockwise on screen (y points down).
    on = np.mod(x * math.sin(angle) + y * math.cos(angle), spacing) < line
    if hatch["cross"]:
        on = on | (np.mod(x * math.cos(angle) - y * math.sin(angle), spacing) < line)
    values = np.where(on, 255, round(255 * hatch["tint"])).astype(np.uint8)
    return Image.fromarray(values, "L")


def fill(image, frame, geometry, rgb, opacity, outline=None, width=1, hatch=None, dash=None):
    """Fill a (Multi)Polygon with `rgb` at `opacity` (0..1), holes left clear.

    `hatch` (a spec hatch entry, scale) fills with its stripes instead of a flat tint.
    The mask covers only the polygon's pixel box: a country far larger than the image, or a
    small town, costs what it shows.
    """
    box = frame.bounds()
    parts = [
        [frame.pixels(ring) for ring in rings if len(ring) >= 3]
        for rings in polygons_of(geometry)
        if len(rings[0]) >= 3 and touches(rings, box)
    ]
    if not parts:
        return
    xs = [x for part in parts for x, _ in part[0]]
    ys = [y for part in parts for _, y in part[0]]
    left, top = max(0, int(min(xs))), max(0, int(min(ys)))
    right, bottom = min(image.width, int(max(xs)) + 2), min(image.height, int(max(ys)) + 2)
    if right <= left or bottom <= top:
        return
    mask = Image.new("L", (right - left, bottom - top), 0)
    draw = ImageDraw.Draw(mask)
    for outer, *holes in parts:
        draw.polygon([(x - left, y - top) for x, y in outer], fill=round(255 * opacity))
        for hole in holes:
            draw.polygon([(x - left, y - top) for x, y in hole], fill=0)
    if hatch:
        spec, scale = hatch
        mask = ImageChops.multiply(mask, hatch_mask(mask.size, (left, top), spec, scale))
    image.paste(rgb, (left, top, right, bottom), mask=mask)
    if outline:
        stroke(image, frame, geometry, outline, width, dash)


def stroke(image, frame, geometry, rgb, width, dash=None):
    """Draw the lines (or rings) of `geometry`; `dash` = (on, off) in pixels for a dashed line."""
    box = frame.bounds()
    draw = ImageDraw.Draw(image)
    width = max(1, round(width))
    for line in lines_of(geometry):
        if len(line) < 2 or not touches([line], box):
            continue
        points = frame.pixels(line)
        for part in dashes(points, *dash) if dash else [points]:
            draw.line(part, fill=rgb, width=width, joint="curve")


def dashes(points, on, off):
    """Cut a polyline into the pieces a dash pattern (on, off) leaves visible."""
    pieces, current, drawn, visible = [], [points[0]], 0.0, True
    for (x0, y0), (x1, y1) in zip(points, points[1:], strict=False):
        length, done = math.hypot(x1 - x0, y1 - y0), 0.0
        while length - done > 0:
            step = min((on if visible else off) - drawn, length - done)
            done += step
            drawn += step
            t = done / length
            point = (x0 + (x1 - x0) * t, y0 + (y1 - y0) * t)
            if visible:
                current.append(point)
            if drawn >= (on if visible else off):
                if visible:
                    pieces.append(current)
                visible, drawn, current = not visible, 0.0, [point]
    if visible and len(current) > 1:
        pieces.append(current)
    return pieces
