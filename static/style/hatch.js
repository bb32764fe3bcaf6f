// Hatched fills on Leaflet's Canvas renderer, drawn from the style spec's hatch entries.
//
// Canvas patterns rather than SVG <pattern> fills: with 2,000 polygons on screen an SVG overlay
// costs one DOM node each and a restyle per step, while one Canvas repaints them all in a single
// pass. Leaflet's Canvas renderer fills with a colour only, so a small subclass swaps in a
// pattern for layers whose style names a hatch. A pattern tile holds vertical stripes (and, for
// a cross-hatch, horizontal ones) and is rotated to the spec's angle; patterns live in the layer
// coordinate space, so stripes stay put while the map pans.

import { STYLE } from "./style.js";

const patterns = new Map();

export function hatchPattern(ctx, color, name) {
  const key = `${color}|${name}`;
  if (!patterns.has(key)) {
    const hatch = STYLE.hatch[name];
    const size = hatch.spacing;
    const tile = document.createElement("canvas");
    tile.width = tile.height = size;
    const t = tile.getContext("2d");
    t.fillStyle = color;
    t.globalAlpha = hatch.tint;
    t.fillRect(0, 0, size, size);
    t.globalAlpha = 1;
    t.fillRect(0, 0, hatch.width, size);
    if (hatch.cross) t.fillRect(0, 0, size, hatch.width);
    const pattern = ctx.createPattern(tile, "repeat");
    // Canvas turns clockwise on screen; the spec's angle is counter-clockwise from horizontal,
    // and the tile's stripes start vertical (90°).
    pattern.setTransform(new DOMMatrix().rotateSelf(90 - hatch.angle));
    patterns.set(key, pattern);
  }
  return patterns.get(key);
}

let HatchCanvas = null;

// A Canvas renderer that fills layers with a `hatch` option with that hatch's pattern.
export function hatchCanvas(options) {
  if (!HatchCanvas) {
    HatchCanvas = L.Canvas.extend({
      _fillStroke(ctx, layer) {
        const o = layer.options;
        if (!o.fill || !o.hatch) {
          L.Canvas.prototype._fillStroke.call(this, ctx, layer);
          return;
        }
        ctx.globalAlpha = o.fillOpacity;
        ctx.fillStyle = hatchPattern(ctx, o.fillColor || o.color, o.hatch);
        ctx.fill(o.fillRule || "evenodd");
        o.fill = false;
        L.Canvas.prototype._fillStroke.call(this, ctx, layer);
        o.fill = true;
      },
    });
  }
  return new HatchCanvas(options);
}
