// Honest zoom: a line drawn to ±N km should not be looked at through a magnifying glass. The
// versions in view say how precise they are (precision_km, set by editors); the map does not
// zoom in much past the zoom at which N km spans HONEST_PX, and past that zoom it says
// "Lines here are approximate to ±N km". Versions without a stated precision set no limit.

import { clearNotice, notify } from "./notices.js";

const HONEST_PX = 16;
const EARTH_KM = 40075;
const FREE_MAX_ZOOM = 18;

// The deepest zoom at which `km` spans at least HONEST_PX pixels at latitude `lat`.
export function honestZoom(km, lat) {
  const pixelsPerKmAtZoom0 = 256 / (EARTH_KM * Math.cos((lat * Math.PI) / 180));
  return Math.floor(Math.log2(HONEST_PX / (km * pixelsPerKmAtZoom0)));
}

const boundsOf = new WeakMap(); // features are kept by the epoch store: bounds once each

function bounds(feature) {
  if (!boundsOf.has(feature)) boundsOf.set(feature, L.geoJSON(feature).getBounds());
  return boundsOf.get(feature);
}

export function createPrecision(map) {
  let features = [];

  function update() {
    const view = map.getBounds();
    const stated = features
      .filter((f) => f.properties.precision_km > 0 && bounds(f).intersects(view))
      .map((f) => f.properties.precision_km);
    if (!stated.length) {
      map.setMaxZoom(FREE_MAX_ZOOM);
      clearNotice("precision");
      document.body.dataset.honestZoom = "";
      return;
    }
    const coarsest = Math.max(...stated);
    const honest = honestZoom(coarsest, view.getCenter().lat);
    // One step past the honest zoom, so the notice can be read; never below where the reader
    // already is (panning must not throw them out).
    map.setMaxZoom(Math.max(honest + 1, Math.min(map.getZoom(), FREE_MAX_ZOOM)));
    document.body.dataset.honestZoom = String(honest);
    if (map.getZoom() > honest) notify("precision", `Lines here are approximate to ±${coarsest} km.`);
    else clearNotice("precision");
  }

  map.on("zoomend moveend", update);
  return {
    show(next) {
      features = next;
      update();
    },
  };
}
