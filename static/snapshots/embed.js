// The embed: a frozen snapshot (data inline) or the live map at a date (one API request).
// Small beside Leaflet so an article's page stays light; it draws with the map's own style spec
// and hatching (static/style/), its place labels (static/map/labels.js, fed the ranking the
// map's rule exported to static/basemap/labels.json) and a scale bar, so an embed reads like
// the map it was taken from.

import { createLabels } from "../map/labels.js";
import { hatchCanvas } from "../style/hatch.js";
import {
  STYLE, applyCssVariables, areaStyle, basemapStyle, changeStyle, eventMarkerStyle, ready,
} from "../style/style.js";

await ready;

const config = JSON.parse(document.getElementById("embed-config").textContent);
const REGION = [[31.0, 35.5], [38.0, 48.5]];
const map = L.map("embed-map", { scrollWheelZoom: false, attributionControl: false });
const renderer = hatchCanvas({ padding: 0.3 });
map.createPane("basemap").style.zIndex = 150;
L.control.scale({ imperial: false, maxWidth: 120 }).addTo(map);
applyCssVariables();

function styleFor(feature) {
  const p = feature.properties;
  // The area the editor had selected stands out, as its panel did on the map.
  const selected = Boolean(config.area && p.id === config.area);
  return areaStyle(p, p.color || STYLE.fallback_color, selected);
}

function text(tag, value) {
  const el = document.createElement(tag);
  el.textContent = value;
  return el;
}

function popup(p) {
  const root = document.createElement("div");
  root.appendChild(text("strong", p.territory || p.title || ""));
  const line = p.actor_name
    ? `${p.actor_name}, ${p.status}; ${p.valid_from} – ${p.valid_to || "still valid"}`
    : p.date;
  root.appendChild(text("div", line));
  return root;
}

function draw(features, diff, events) {
  const layer = L.geoJSON(features, { renderer, style: styleFor,
    onEachFeature: (f, l) => l.bindPopup(() => popup(f.properties)) }).addTo(map);
  if (diff) {
    L.geoJSON(diff, { renderer, interactive: false, style: (f) => changeStyle(f.properties.change) })
      .addTo(map);
  }
  if (events) {
    L.geoJSON(events, {
      pointToLayer: (f, latlng) => L.circleMarker(latlng, { renderer, ...eventMarkerStyle() }),
      onEachFeature: (f, l) => l.bindPopup(() => popup(f.properties)),
    }).addTo(map);
  }
  return layer;
}

function frame(layer) {
  if (config.bbox) {
    const [w, s, e, n] = config.bbox;
    map.fitBounds([[s, w], [n, e]]);
  } else if (config.view) {
    map.setView([config.view[1], config.view[2]], config.view[0]);
  } else if (layer.getLayers().length) {
    map.fitBounds(layer.getBounds(), { padding: [8, 8] });
  } else {
    map.fitBounds(REGION);
  }
}

function legend(actors, features) {
  const shown = new Set(features.features.map((f) => f.properties.actor));
  const list = document.getElementById("embed-legend");
  const rows = actors.filter((a) => shown.has(a.slug)).map((a) => [a.color, a.name]);
  if (config.diff) {
    rows.push([STYLE.change.gained.color, "Ground gained"], [STYLE.change.lost.color, "Ground lost"]);
  }
  for (const [color, name] of rows) {
    const item = text("li", name);
    const swatch = document.createElement("span");
    swatch.className = "swatch";
    swatch.style.background = color;
    item.prepend(swatch);
    list.appendChild(item);
  }
  list.appendChild(text("li", "Outside Syria and Iraq, uncoloured ground is not mapped, not empty.")).className = "note";
}

function loadBasemap() {
  const basemapRenderer = L.canvas({ pane: "basemap" });
  const layers = { "embed-countries": "countries", lakes: "lakes", rivers: "rivers" };
  loadLabels();
  for (const [name, kind] of Object.entries(layers)) {
    fetch(config.basemap[name]).then((r) => r.json()).then((data) => {
      L.geoJSON(data, { pane: "basemap", style: basemapStyle(kind), interactive: false,
        renderer: basemapRenderer }).addTo(map);
    }).catch(() => {});
  }
}

// Names of places, ranked and kept apart by the map's own rule; none under the zoom buttons or
// the scale bar. The data comes ranked, so the embed does not rank 1,700 places itself.
function loadLabels() {
  fetch(config.basemap.labels).then((r) => r.json())
    .then((ranked) => createLabels(map, ranked, null, { ranked: true }))
    .catch(() => { document.body.dataset.placeLabels = "0"; });
}

// Responsive iframes: the parent page sets the iframe's height from this message.
function postHeight() {
  if (window.parent === window) return;
  window.parent.postMessage({ type: "territorial-map:height", id: config.id || "live",
    height: Math.ceil(document.documentElement.getBoundingClientRect().height) }, "*");
}

function rendered(features) {
  legend(config.legend || config.actors, features);
  document.body.dataset.featureCount = String(features.features.length);
  document.body.dataset.rendered = "true";
  performance.mark("embed-rendered");
  postHeight();
  new ResizeObserver(postHeight).observe(document.body);
  loadBasemap();
}

function isoDaysBefore(iso, days) {
  const d = new Date(iso + "T00:00:00Z");
  d.setUTCDate(d.getUTCDate() - days);
  return d.toISOString().slice(0, 10);
}

async function live() {
  if (!config.date) return rendered({ type: "FeatureCollection", features: [] });
  const colours = Object.fromEntries(config.actors.map((a) => [a.slug, a.color]));
  const [features, events] = await Promise.all([
    fetch(`${config.api.control}?date=${config.date}`).then((r) => r.json()),
    fetch(`${config.api.events}?from=${isoDaysBefore(config.date, config.event_window_days)}&to=${config.date}`)
      .then((r) => r.json()),
  ]);
  features.features.forEach((f) => { f.properties.color = colours[f.properties.actor] || f.properties.color; });
  frame(draw(features, null, events));
  rendered(features);
}

if (config.live) {
  live();
} else {
  const colours = Object.fromEntries(config.legend.map((a) => [a.slug, a.color]));
  config.features.features.forEach((f) => { f.properties.color = colours[f.properties.actor] || f.properties.color; });
  frame(draw(config.features, config.diff, config.events));
  rendered(config.features);
}
