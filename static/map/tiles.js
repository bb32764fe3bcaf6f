// The areas drawn from vector tiles (/tiles/{epoch}/{z}/{x}/{y}.mvt) on a large archive, with the
// same look and the same answers as the GeoJSON layer of layers.js: style and hatching from the
// style spec, hidden actors left out, a click goes to the smallest area under the pointer, the
// pointer changes over an area. The tiles are drawn by protomaps-leaflet (static/vendor/), loaded
// only when the archive needs tiles. One tile layer per epoch: the next epoch's layer replaces
// the shown one once its tiles are in, so a step never flashes an empty map.

import { hatchPattern } from "../style/hatch.js";
import { styleFor } from "./layers.js";

const RENDERER = new URL("../vendor/protomaps-leaflet-5.1.0/protomaps-leaflet.js", import.meta.url);
const LAYER = "control";
// The tiles' own grid: a display zoom reads the tile of that zoom, up to the deepest served.
const MAX_DATA_ZOOM = 14;
const SWAP_AFTER_MS = 2000;

let loading = null;
export function loadRenderer() {
  if (!loading) {
    loading = new Promise((resolve, reject) => {
      const script = document.createElement("script");
      script.src = RENDERER.href;
      script.onload = () => resolve(window.protomapsL);
      script.onerror = () => reject(new Error("the vector tile renderer could not be loaded"));
      document.head.appendChild(script);
    });
  }
  return loading;
}

function trace(ctx, geom) {
  ctx.beginPath();
  for (const ring of geom) {
    ring.forEach((point, i) => (i ? ctx.lineTo(point.x, point.y) : ctx.moveTo(point.x, point.y)));
    ctx.closePath();
  }
}

// A protomaps symbolizer that draws an area as the Canvas renderer of layers.js does.
function areaSymbolizer(config, state, drawn) {
  return {
    draw(ctx, geom, z, feature) {
      const p = feature.props;
      const style = styleFor(config, p, p.version === state.selected);
      trace(ctx, geom);
      ctx.globalAlpha = style.fillOpacity;
      ctx.fillStyle = style.hatch ? hatchPattern(ctx, style.fillColor, style.hatch) : style.fillColor;
      ctx.fill("evenodd");
      ctx.globalAlpha = style.opacity;
      ctx.strokeStyle = style.color;
      ctx.lineWidth = style.weight;
      ctx.setLineDash(style.dashArray ? style.dashArray.split(" ").map(Number) : []);
      ctx.stroke();
      drawn.add(p.version);
    },
  };
}

export async function createTileLayer(map, config, onSelect, onDrawn) {
  const protomaps = await loadRenderer();
  const state = { selected: null, hidden: new Set(), epoch: null };
  let shown = null;
  let coming = null;

  function layerOf(epoch) {
    const drawn = new Set();
    const layer = protomaps.leafletLayer({
      url: config.area_tiles.url.replace("{epoch}", epoch),
      attribution: "",
      levelDiff: 0,
      maxDataZoom: MAX_DATA_ZOOM,
      tileDelay: 0,
      pane: "overlayPane", // where the GeoJSON areas are drawn: above the basemap, under events
      paintRules: [{
        dataLayer: LAYER,
        symbolizer: areaSymbolizer(config, state, drawn),
        filter: (z, f) => !state.hidden.has(f.props.actor),
      }],
      labelRules: [],
    });
    Object.assign(layer, { epoch, drawn });
    return layer;
  }

  function swap(layer) {
    if (shown && shown !== layer) map.removeLayer(shown);
    shown = layer;
    coming = null;
    onDrawn(layer.epoch, layer.drawn.size);
  }

  // Areas under a screen point in the shown epoch's tiles, the smallest on screen first.
  function areasAt(point) {
    if (!shown || !shown._map) return [];
    const at = map.containerPointToLatLng(point);
    const picked = shown.queryTileFeaturesDebug(at.lng, at.lat).get("") || [];
    return picked
      .filter(({ feature, layerName }) => layerName === LAYER && !state.hidden.has(feature.props.actor))
      .map(({ feature }) => {
        const b = feature.bbox;
        const size = Math.max(b.maxX - b.minX, b.maxY - b.minY);
        return { id: feature.props.version, pixels: (b.maxX - b.minX) * (b.maxY - b.minY), size };
      })
      .sort((a, b) => a.pixels - b.pixels);
  }
  const areaAt = (point) => areasAt(point)[0] || null;

  map.on("click", (e) => {
    const area = areaAt(e.containerPoint);
    if (area) onSelect(area.id, e.latlng);
  });
  map.on("mousemove", (e) => {
    map.getContainer().classList.toggle("over-area", Boolean(areaAt(e.containerPoint)));
  });

  return {
    tiled: true,
    // Draws `epoch`; the layer shown so far stays until the new one's tiles are in.
    show(epoch, hiddenActors) {
      state.hidden = new Set(hiddenActors);
      if (epoch === state.epoch) {
        if (shown) shown.rerenderTiles();
        return;
      }
      state.epoch = epoch;
      if (coming) map.removeLayer(coming);
      coming = null;
      if (!epoch) {
        if (shown) map.removeLayer(shown);
        shown = null;
        onDrawn(epoch, 0);
        return;
      }
      const layer = layerOf(epoch);
      coming = layer;
      // A tile whose drawing was dropped (the zoom moved on) never says it loaded: do not wait.
      const timer = setTimeout(() => coming === layer && swap(layer), SWAP_AFTER_MS);
      layer.once("load", () => {
        clearTimeout(timer);
        if (coming === layer) swap(layer);
      });
      layer.addTo(map);
    },
    select(id) {
      if (id === state.selected) return;
      state.selected = id;
      if (shown) shown.rerenderTiles();
    },
    areaAt,
    boundsOf() {
      return null;
    },
  };
}
