// The map's one style spec (map-style.json beside this file), for every page that draws areas:
// the map (static/map/), the embed (static/snapshots/embed.js) and the admin widgets
// (static/editor/). The snapshot images and the KML export read the same file in Python
// (mapapp/style.py).
//
// STYLE is filled when `ready` resolves; await it before drawing. (Not a top-level await: the
// map listens for django-leaflet's map:init, which would fire before a waiting module runs.)

export const STYLE = {};
// A page may carry the spec inline (the map page does: one request less before its first paint,
// benchmarks/first_paint.py); otherwise it is fetched from beside this file.
const inline = document.getElementById("map-style");
export const ready = (inline
  ? Promise.resolve(JSON.parse(inline.textContent))
  : fetch(new URL("./map-style.json", import.meta.url)).then((r) => {
    if (!r.ok) throw new Error(`map-style.json: HTTP ${r.status}`);
    return r.json();
  }))
  .then((spec) => Object.assign(STYLE, spec));

function dashOf(list) {
  return list ? list.join(" ") : null;
}

// An area's Leaflet path options, from its status and confidence, in its actor's colour.
export function areaStyle(p, color, selected = false) {
  const status = STYLE.status[p.status] || STYLE.status.controlled;
  const style = {
    color,
    weight: status.weight,
    fillColor: color,
    fillOpacity: status.fill_opacity,
    opacity: STYLE.line_opacity,
    hatch: status.hatch,
    // Assessed or claimed boundaries are dashed; confirmed ones solid.
    dashArray: dashOf((STYLE.confidence[p.confidence] || {}).dash),
  };
  if (selected) {
    Object.assign(style, { ...STYLE.selected, opacity: 1, dashArray: null });
  }
  return style;
}

// Ground gained (flat) or lost (hatched, so whoever holds it now shows through).
export function changeStyle(change) {
  const c = STYLE.change[change];
  return { color: c.color, weight: c.weight, fillColor: c.color, fillOpacity: c.fill_opacity,
    hatch: c.hatch };
}

export function eventMarkerStyle() {
  const e = STYLE.event;
  return { radius: e.radius, color: e.line, weight: e.weight, fillColor: e.fill, fillOpacity: 1 };
}

// Path options of the offline basemap's layers: countries, lakes, rivers.
export function basemapStyle(name) {
  const b = STYLE.basemap;
  if (name === "lakes") {
    return { color: b.lake_edge, weight: b.lake_edge_weight, fillColor: b.lake, fillOpacity: 1 };
  }
  if (name === "rivers") return { color: b.river, weight: b.river_weight, fill: false };
  return { color: b.border, weight: b.border_weight, fillColor: b.land, fillOpacity: 1 };
}

// The same values as CSS custom properties, for legends and backgrounds drawn by stylesheets.
export function applyCssVariables(root = document.documentElement) {
  const b = STYLE.basemap;
  const values = {
    "--sea": b.sea, "--land": b.land, "--label": b.label, "--label-halo": b.label_halo,
    "--label-story": b.label_story,
    "--gained": STYLE.change.gained.color, "--lost": STYLE.change.lost.color,
    "--selected": STYLE.selected.color, "--presence-opacity": STYLE.status.presence.fill_opacity,
    "--event": STYLE.event.fill,
  };
  for (const [name, value] of Object.entries(values)) root.style.setProperty(name, String(value));
}
