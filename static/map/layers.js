// The control polygons: how each status and confidence looks, and repainting a date quickly.
// The look itself is the style spec's (static/style/map-style.json); hatching is drawn by the
// Canvas renderer in static/style/hatch.js.

import { hatchCanvas } from "../style/hatch.js";
import { STYLE, areaStyle } from "../style/style.js";

export function colorOf(config, p) {
  return (config.actors[p.actor] || {}).color || p.color || STYLE.fallback_color;
}

export function styleFor(config, p, selected) {
  return areaStyle(p, colorOf(config, p), selected);
}

// Layers kept off the map beyond those shown, so that stepping back finds them built; the
// oldest beyond this are let go (memory stays flat over a long Play).
const SPARE_LAYERS = 1000;

// Each polygon version becomes a Leaflet layer once and is kept while near: stepping a date only
// adds the versions that start and removes those that end, so most of the map is never rebuilt.
export function createControlLayer(map, config, onSelect) {
  const renderer = hatchCanvas({ padding: 0.3, tolerance: 3 });
  const group = L.layerGroup().addTo(map);
  const layers = new Map();
  let shown = new Set();
  let selectedId = null;

  // The shown area under a screen point (within the renderer's few pixels of tolerance) that
  // is smallest on screen, with its size in pixels; null if there is none.
  function areaAt(point) {
    const layerPoint = map.containerPointToLayerPoint(point);
    let best = null;
    for (const id of shown) {
      const layer = layers.get(id);
      if (!layer || !layer._pxBounds || !layer._containsPoint(layerPoint)) continue;
      const size = layer._pxBounds.getSize();
      const pixels = Math.max(size.x, 1) * Math.max(size.y, 1);
      if (!best || pixels < best.pixels) best = { id, pixels, size: Math.max(size.x, size.y) };
    }
    return best;
  }
  const smallestAt = (point) => areaAt(point)?.id ?? null;

  function layerFor(feature) {
    let layer = layers.get(feature.id);
    if (!layer) {
      layer = L.geoJSON(feature, {
        renderer,
        style: (f) => styleFor(config, f.properties, f.id === selectedId),
      }).getLayers()[0];
      // A click goes to the smallest area under the pointer, not the topmost: a besieged
      // pocket drawn inside a larger area must stay reachable.
      layer.on("click", (e) => onSelect(smallestAt(e.containerPoint) ?? feature.id));
      layers.set(feature.id, layer);
    }
    return layer;
  }

  // Let go of the layers built longest ago that are neither shown nor selected.
  function release() {
    let spare = layers.size - shown.size - SPARE_LAYERS;
    for (const id of layers.keys()) {
      if (spare <= 0) break;
      if (shown.has(id) || id === selectedId) continue;
      layers.delete(id);
      spare -= 1;
    }
  }

  return {
    show(features, hiddenActors) {
      const next = new Set();
      for (const feature of features) {
        if (hiddenActors.has(feature.properties.actor)) continue;
        next.add(feature.id);
        if (!shown.has(feature.id)) group.addLayer(layerFor(feature));
      }
      for (const id of shown) if (!next.has(id)) group.removeLayer(layers.get(id));
      shown = next;
      release();
      return next.size;
    },
    select(id) {
      const previous = selectedId;
      selectedId = id;
      for (const key of [previous, id]) {
        const layer = key !== null && layers.get(key);
        if (layer) {
          layer.setStyle(styleFor(config, layer.feature.properties, key === selectedId));
          if (key === selectedId && shown.has(key)) layer.bringToFront();
        }
      }
    },
    areaAt,
    boundsOf(id) {
      const layer = layers.get(id);
      return layer ? layer.getBounds() : null;
    },
  };
}
