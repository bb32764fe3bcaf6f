// The areas drawn from vector tiles (/tiles/{epoch}/{z}/{x}/{y}.mvt) on a large archive, with the
// same look and the same answers as the GeoJSON layer of layers.js: style and hatching from the
// style spec, hidden actors left out, a click goes to the smallest area under the pointer, the
// pointer changes over an area. The tiles are drawn by protomaps-leaflet (static/vendor/), loaded
// only when the archive needs tiles.
//
// One tile layer for every epoch: each epoch has its own protomaps "view" (its tile URL and a
// cache of decoded tiles), kept for the KEPT most recently used epochs (tile_epochs.js). A step
// to a prefetched neighbour copies its tiles in view, drawn ahead, onto the tile canvases in one
// turn; any other step first gets the new epoch's tiles in view, then points the layer at its
// view and redraws every tile canvas in the same turn. The map never mixes two epochs or flashes
// empty, and a prefetched step neither waits for the network nor draws an area.

import { hatchPattern } from "../style/hatch.js";
import { styleFor } from "./layers.js";
import { createTileEpochs } from "./tile_epochs.js";

const RENDERER = new URL("../vendor/protomaps-leaflet-5.1.0/protomaps-leaflet.js", import.meta.url);
const LAYER = "control";
// The tiles' own grid: a display zoom reads the tile of that zoom, up to the deepest served.
const MAX_DATA_ZOOM = 14;
// protomaps waits distance-from-centre x tileDelay ms before drawing a tile (0 means its
// default, 3): the smallest positive delay draws every tile at once, in the step's frame.
const NO_DELAY = Number.MIN_VALUE;
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
function areaSymbolizer(config, state) {
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
      state.drawn.add(p.version);
    },
  };
}

// onDrawn(epoch, areas drawn, epochs kept): an epoch is on screen; onAhead(epochs): the
// neighbours whose tiles in view are drawn ahead.
export async function createTileLayer(map, config, onSelect, onDrawn, onAhead = () => {}) {
  const protomaps = await loadRenderer();
  // `drawn`: the versions drawn since the epoch was shown (the count tests and benchmarks read);
  // `look`: what a tile's picture depends on besides its epoch (selection, hidden actors).
  const state = { selected: null, hidden: new Set(), epoch: null, turn: 0, ahead: [], drawn: new Set() };
  const lookOf = () => `${state.selected}|${[...state.hidden].sort().join(",")}`;
  const layer = protomaps.leafletLayer({
    url: config.area_tiles.url, // replaced by the shown epoch's view before any tile is asked for
    attribution: "",
    levelDiff: 0,
    maxDataZoom: MAX_DATA_ZOOM,
    tileDelay: NO_DELAY,
    pane: "overlayPane", // where the GeoJSON areas are drawn: above the basemap, under events
    paintRules: [{
      dataLayer: LAYER,
      symbolizer: areaSymbolizer(config, state),
      filter: (z, f) => !state.hidden.has(f.props.actor),
    }],
    labelRules: [],
  });
  layer.views = new Map();
  // A picture drawn ahead counts its own areas, not the shown epoch's.
  const drawing = (paint) => {
    const shown = state.drawn;
    state.drawn = new Set();
    try {
      paint();
      return state.drawn;
    } finally {
      state.drawn = shown;
    }
  };
  const epochs = createTileEpochs(protomaps, layer, config.area_tiles.url, drawing);

  // The display tiles of the current zoom the layer holds (the view and its edge), each with
  // its key in the layer.
  function tilesInView() {
    const zoom = layer._tileZoom;
    return Object.entries(layer._tiles)
      .filter(([, tile]) => tile.current && tile.coords.z === zoom)
      .map(([key, tile]) => ({ key, coords: layer._wrapCoords(tile.coords) }));
  }

  // Every tile canvas drawn again from the layer's view; resolves once all are drawn.
  function redraw() {
    // Only the current zoom's: protomaps drops a drawing whose zoom is not the last asked for.
    return Promise.all(tilesInView().map(({ key, coords }) => (
      layer.renderTile(coords, layer._tiles[key].el, layer._tileCoordsToKey(coords)))));
  }

  function drawEpoch(epoch, entry, turn) {
    layer.views = entry ? new Map([["", entry.view]]) : new Map();
    state.drawn = new Set();
    return redraw().then(() => {
      if (turn === state.turn) onDrawn(epoch, state.drawn.size, epochs.size);
    });
  }

  // The epoch's pictures drawn ahead copied onto the tile canvases, if every tile in view has
  // one; the frame that follows shows the epoch.
  function paste(entry, tiles) {
    const look = lookOf();
    const pictures = tiles.map(({ key }) => epochs.picture(entry, key, look));
    if (!tiles.length || pictures.some((picture) => !picture)) return false;
    layer.views = new Map([["", entry.view]]);
    state.drawn = new Set();
    tiles.forEach(({ key }, i) => {
      const canvas = layer._tiles[key].el;
      const ctx = canvas.getContext("2d");
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.clearRect(0, 0, canvas.width, canvas.height);
      ctx.drawImage(pictures[i].bitmap, 0, 0);
      for (const id of pictures[i].drawn) state.drawn.add(id);
    });
    onDrawn(entry.epoch, state.drawn.size, epochs.size);
    return true;
  }

  function firstDraw(epoch, entry, turn) {
    layer.views = new Map([["", entry.view]]);
    let done = false;
    const finish = () => {
      if (done) return;
      done = true;
      if (turn === state.turn) onDrawn(epoch, state.drawn.size, epochs.size);
    };
    // A tile whose drawing was dropped (the zoom moved on) never says it loaded: do not wait.
    setTimeout(finish, SWAP_AFTER_MS);
    layer.once("load", finish);
    layer.addTo(map);
  }

  // Neighbours ahead: their tiles in view are fetched and decoded now, and again when the view
  // moves (the layer's "load": the shown epoch's new tiles are in).
  function prefetchAhead() {
    for (const epoch of state.ahead) prepareAhead(epoch);
  }

  function prepareAhead(epoch) {
    const entry = epochs.has(epoch) ? epochs.peek(epoch) : epochs.get(epoch);
    return epochs.prepare(entry, tilesInView(), lookOf()).then(() => {
      const tiles = tilesInView();
      const look = lookOf();
      onAhead(state.ahead.filter((e) => epochs.has(e)
        && tiles.every(({ key }) => epochs.picture(epochs.peek(e), key, look))));
    });
  }
  layer.on("load", prefetchAhead);

  // Areas under a screen point in the shown epoch's tiles, the smallest on screen first.
  function areasAt(point) {
    if (!layer._map || !state.epoch) return [];
    const at = map.containerPointToLatLng(point);
    const picked = layer.queryTileFeaturesDebug(at.lng, at.lat).get("") || [];
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
    if (area) onSelect(area.id, boxAround(e.latlng));
  });
  map.on("mousemove", (e) => {
    map.getContainer().classList.toggle("over-area", Boolean(areaAt(e.containerPoint)));
  });

  // The areas of the shown epoch's tiles in view, once each, the largest on screen first: the
  // keyboard's way to an area (panels.js lists them as buttons).
  function areasInView() {
    const view = layer.views.get("");
    if (!view || !layer._map) return [];
    const bounds = map.getPixelBounds();
    const zoom = map.getZoom();
    const found = new Map();
    for (const { coords } of tilesInView()) {
      const tile = view.dataTileForDisplayTile(coords);
      const features = view.tileCache.cache.get(protomaps.toIndex(tile.dataTile))?.data.get(LAYER);
      // Tile pixels to the map's pixels at the shown zoom.
      const scale = (2 ** zoom / 2 ** coords.z) * tile.scale;
      const ox = tile.origin.x * (2 ** zoom / 2 ** coords.z);
      const oy = tile.origin.y * (2 ** zoom / 2 ** coords.z);
      for (const f of features || []) {
        const p = f.props;
        if (state.hidden.has(p.actor)) continue;
        const b = f.bbox;
        const box = L.bounds([ox + b.minX * scale, oy + b.minY * scale], [ox + b.maxX * scale, oy + b.maxY * scale]);
        if (!bounds.intersects(box)) continue;
        const seen = found.get(p.version);
        const pixels = (box.max.x - box.min.x) * (box.max.y - box.min.y);
        if (!seen) found.set(p.version, { id: p.version, props: p, box, pixels });
        else {
          seen.box = seen.box.extend(box.min).extend(box.max);
          seen.pixels = Math.max(seen.pixels, pixels);
        }
      }
    }
    return [...found.values()].sort((a, b) => b.pixels - a.pixels).map((area) => ({
      id: area.id,
      props: area.props,
      bbox: L.latLngBounds(map.unproject(area.box.min, zoom), map.unproject(area.box.max, zoom)),
    }));
  }

  return {
    tiled: true,
    // Draws `epoch`; the epoch shown so far stays until the new one's tiles in view are in.
    show(epoch, hiddenActors) {
      state.hidden = new Set(hiddenActors);
      if (epoch === state.epoch) {
        redraw();
        return;
      }
      state.epoch = epoch;
      const turn = ++state.turn;
      if (!epoch) {
        drawEpoch(epoch, null, turn);
        return;
      }
      const entry = epochs.get(epoch);
      if (!layer._map) {
        firstDraw(epoch, entry, turn);
        return;
      }
      const tiles = tilesInView();
      if (paste(entry, tiles)) return;
      epochs.prepare(entry, tiles).then(() => {
        if (turn === state.turn) drawEpoch(epoch, entry, turn);
      });
    },
    // Neighbouring epochs fetched and drawn ahead (map.js's PREFETCH), within the kept epochs;
    // an epoch already kept is not made more recent.
    prefetch(epoch) {
      if (!epoch || !layer._map) return;
      // The last three asked for: a step asks for its three neighbours.
      state.ahead = [...state.ahead.filter((e) => e !== epoch).slice(-2), epoch];
      prepareAhead(epoch);
    },
    get keptEpochs() {
      return epochs.size;
    },
    select(id) {
      if (id === state.selected) return;
      state.selected = id;
      redraw();
    },
    areaAt,
    areasInView,
    onLoad(callback) {
      layer.on("load", callback);
    },
    boundsOf() {
      return null;
    },
  };
}

// A box of about a hundred metres around a point (the areas read for a click there).
function boxAround(latlng) {
  const d = 0.001;
  return L.latLngBounds([latlng.lat - d, latlng.lng - d], [latlng.lat + d, latlng.lng + d]);
}
