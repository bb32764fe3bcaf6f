// Town labels from the offline gazetteer (static/basemap/places.json) and a place search over it.
// Which labels are drawn, and where, is labels.js's job.

import { createLabels } from "./labels.js";
import { searchPlace } from "./speech.js";
import { fetchJSON, say } from "./util.js";

// Villages and small towns are fetched the first time the map is zoomed in far enough to label
// them: the first paint does not carry them.
const TOWNS_FROM_ZOOM = 9;

export function createPlaces(map, places, config, openPlace) {
  const labels = createLabels(map, places, (place) => openLabel(config, place, openPlace));
  let asked = false;
  const loadTowns = () => {
    if (asked || !config.basemap.towns || map.getZoom() < TOWNS_FROM_ZOOM) return;
    asked = true;
    map.off("zoomend", loadTowns);
    loadPlaces(config.basemap.towns).then((towns) => labels.add(towns));
  };
  map.on("zoomend", loadTowns);
  loadTowns();
  return {};
}

// A label opens the history of the gazetteer place of that name nearest to it.
async function openLabel(config, place, openPlace) {
  const body = await fetchJSON(`${config.api.places}?q=${encodeURIComponent(place.label)}&limit=10`);
  const scale = Math.cos((place.lat * Math.PI) / 180);
  const distance = (p) => ((p.lon - place.lon) * scale) ** 2 + (p.lat - place.lat) ** 2;
  const nearest = body.places.sort((a, b) => distance(a) - distance(b))[0];
  if (nearest && distance(nearest) < 0.01) openPlace(nearest.id);
  else say(`No history for ${place.label}.`);
}

// The search form's answer (map.js listens to the form from the start, before this module comes).
export async function searchFromForm(config, openPlace) {
  const input = document.getElementById("place-input");
  const status = document.getElementById("place-status");
  const text = input.value.trim();
  if (!text) return;
  try {
    const place = await searchPlace(config, text);
    status.textContent = place ? `Showing ${place.name}.` : `No place called “${text}”.`;
    if (place) openPlace(place.id);
  } catch (err) {
    say(`The search failed: ${err.message}`);
  }
}

export async function loadPlaces(url) {
  try {
    const response = await fetch(url);
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return await response.json();
  } catch (err) {
    say("The place names could not be loaded.");
    return [];
  }
}

