// The control polygons: how each status and confidence looks, and repainting a date quickly.
//
// Hatching is drawn with Canvas patterns rather than SVG <pattern> fills: with 2,000 polygons on
// screen an SVG overlay costs one DOM node each and a restyle per step, while one Canvas repaints
// them all in a single pass (the step-to-next-date budget is one frame; see
// benchmarks/map_stepping.py). Leaflet's Canvas renderer fills with a colour only, so a small
// subclass swaps in a pattern for layers that ask for one. Patterns live in the layer coordinate
// space, so stripes stay put while the map pans.

const patterns = new Map();

function hatchPattern(ctx, color, kind) {
  const key = `${color}|${kind}`;
  if (!patterns.has(key)) {
    const tile = document.createElement("canvas");
    tile.width = tile.height = 8;
    const t = tile.getContext("2d");
    t.fillStyle = color;
    t.globalAlpha = 0.22;
    t.fillRect(0, 0, 8, 8);
    t.globalAlpha = 1;
    t.strokeStyle = color;
    t.lineWidth = kind === "claimed" ? 1 : 2;
    t.beginPath();
    // Contested: dense "/" stripes. Claimed: a thin cross-hatch, reading as "said, not held".
    t.moveTo(0, 8); t.lineTo(8, 0); t.moveTo(-2, 2); t.lineTo(2, -2); t.moveTo(6, 10); t.lineTo(10, 6);
    if (kind === "claimed") { t.moveTo(0, 0); t.lineTo(8, 8); }
    t.stroke();
    patterns.set(key, ctx.createPattern(tile, "repeat"));
  }
  return patterns.get(key);
}

export const HatchCanvas = L.Canvas.extend({
  _fillStroke(ctx, layer) {
    const options = layer.options;
    if (!options.fill || !options.hatch) {
      L.Canvas.prototype._fillStroke.call(this, ctx, layer);
      return;
    }
    ctx.globalAlpha = options.fillOpacity;
    ctx.fillStyle = hatchPattern(ctx, options.fillColor || options.color, options.hatch);
    ctx.fill(options.fillRule || "evenodd");
    options.fill = false;
    L.Canvas.prototype._fillStroke.call(this, ctx, layer);
    options.fill = true;
  },
});

export function colorOf(config, p) {
  return (config.actors[p.actor] || {}).color || p.color || "#666666";
}

export function styleFor(config, p, selected) {
  const color = colorOf(config, p);
  const style = { color, weight: 1.5, fillColor: color, fillOpacity: 0.55, opacity: 0.9, hatch: null };
  if (p.status === "presence") style.fillOpacity = 0.18;
  if (p.status === "contested" || p.status === "claimed") {
    style.hatch = p.status;
    style.fillOpacity = 0.85;
  }
  if (p.status === "besieged") style.weight = 3.5;
  // Assessed or claimed boundaries are dashed; confirmed ones solid.
  style.dashArray = p.confidence === "confirmed" ? null : "6 4";
  if (selected) Object.assign(style, { weight: 4, color: "#d81b60", opacity: 1, dashArray: null });
  return style;
}

// Each polygon version becomes a Leaflet layer once and is kept: stepping a date only adds the
// versions that start and removes those that end, so most of the map is never rebuilt.
export function createControlLayer(map, config, onSelect) {
  const renderer = new HatchCanvas({ padding: 0.3, tolerance: 3 });
  const group = L.layerGroup().addTo(map);
  const layers = new Map();
  let shown = new Set();
  let selectedId = null;

  function layerFor(feature) {
    let layer = layers.get(feature.id);
    if (!layer) {
      layer = L.geoJSON(feature, {
        renderer,
        style: (f) => styleFor(config, f.properties, f.id === selectedId),
      }).getLayers()[0];
      layer.on("click", () => onSelect(feature.id));
      layers.set(feature.id, layer);
    }
    return layer;
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
    boundsOf(id) {
      const layer = layers.get(id);
      return layer ? layer.getBounds() : null;
    },
  };
}

// Each epoch is fetched once and kept; neighbours are fetched ahead of the slider.
export function createEpochStore(config) {
  const loaded = new Map();
  return {
    load(key) {
      if (!loaded.has(key)) {
        const url = `${config.api.control}?date=${encodeURIComponent(key)}`;
        const request = fetch(url, { headers: { Accept: "application/json" } })
          .then(async (response) => {
            const body = await response.json();
            if (!response.ok) throw new Error(body.error || `HTTP ${response.status}`);
            return body;
          })
          .catch((err) => {
            loaded.delete(key);
            throw err;
          });
        loaded.set(key, request);
      }
      return loaded.get(key);
    },
    prefetch(key) {
      if (key) this.load(key).catch(() => {});
    },
  };
}
