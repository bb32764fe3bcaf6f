// Town labels from the offline gazetteer (static/basemap/places.json) and a place search over it.
// Big cities (rank 1) label the map from afar, towns (rank 2) from zoom 7, and the places the
// chronology names (rank 3: Baghouz, Dabiq, …) from zoom 6 because the story happens there.

import { searchPlace } from "./speech.js";
import { fetchJSON, say } from "./util.js";

const MAX_LABELS = 120;
const CLICKABLE_FROM_ZOOM = 7;

function visibleRanks(zoom) {
  if (zoom >= 7) return new Set([1, 2, 3]);
  if (zoom >= 6) return new Set([1, 3]);
  return zoom >= 4 ? new Set([1]) : new Set();
}

export function createPlaces(map, places, config, openPlace) {
  map.createPane("labels").style.zIndex = 450;
  map.getPane("labels").style.pointerEvents = "none";
  const labels = L.layerGroup().addTo(map);
  const byPopulation = distinctLabels(places);

  function redraw() {
    const ranks = visibleRanks(map.getZoom());
    const bounds = map.getBounds();
    labels.clearLayers();
    let count = 0;
    for (const place of byPopulation) {
      if (count >= MAX_LABELS) break;
      if (!ranks.has(place.rank) || !bounds.contains([place.lat, place.lon])) continue;
      const icon = L.divIcon({ className: `place-label rank-${place.rank}`, html: "", iconSize: null });
      // From town zoom on, a label opens the place's history; farther out a label sits on
      // large areas and must not swallow the click that selects the area.
      const clickable = map.getZoom() >= CLICKABLE_FROM_ZOOM;
      const marker = L.marker([place.lat, place.lon], { icon, pane: "labels", interactive: clickable, keyboard: false, title: clickable ? `${place.label}: who held it when` : "" });
      marker.once("add", () => {
        const element = marker.getElement();
        element.textContent = place.label;
        element.classList.toggle("clickable", clickable);
      });
      marker.on("click", () => openLabel(config, place, openPlace));
      labels.addLayer(marker);
      count += 1;
    }
    document.body.dataset.placeLabels = String(count);
  }
  map.on("zoomend moveend", redraw);
  redraw();
  setUpSearch(config, openPlace);
  return {};
}

// The gazetteer lists some towns twice or more (a GeoNames city, the chronology's English name
// for it, a site in it). Of labels within about 3 km one is kept: the chronology's name first
// (the name the story uses; the shortest, so "Mosul" beats "Great Mosque of al-Nuri"), else the
// most populous. "(…)" glosses are kept for search only. The chronology's places are drawn
// first, so the label cap never drops them.
function distinctLabels(places) {
  const labelled = places.map((place) => ({ ...place, label: place.name.replace(/\s*\(.*\)$/, "") }));
  const priority = labelled.sort((a, b) => (b.rank === 3) - (a.rank === 3)
    || (a.rank === 3 ? a.label.length - b.label.length : (b.population || 0) - (a.population || 0)));
  const kept = [];
  for (const place of priority) {
    if (kept.some((k) => Math.abs(k.lat - place.lat) < 0.03 && Math.abs(k.lon - place.lon) < 0.03)) continue;
    kept.push(place);
  }
  return kept;
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

function setUpSearch(config, openPlace) {
  const form = document.getElementById("place-search");
  const input = document.getElementById("place-input");
  const status = document.getElementById("place-status");
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const text = input.value.trim();
    if (!text) return;
    try {
      const place = await searchPlace(config, text);
      status.textContent = place ? `Showing ${place.name}.` : `No place called “${text}”.`;
      if (place) openPlace(place.id);
    } catch (err) {
      say(`The search failed: ${err.message}`);
    }
  });
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

