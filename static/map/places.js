// Town labels from the offline gazetteer (static/basemap/places.json) and a place search over it.
// Which labels are drawn, and where, is labels.js's job.

import { createLabels } from "./labels.js";
import { say } from "./util.js";

export function createPlaces(map, places) {
  createLabels(map, places);
  setUpSearch(map, places);
  const towns = places.filter((p) => p.population);
  return { nearest: (lat, lon, townsOnly) => nearestPlace(townsOnly ? towns : places, lat, lon) };
}

function setUpSearch(map, places) {
  const form = document.getElementById("place-search");
  const input = document.getElementById("place-input");
  const options = document.getElementById("place-names");
  const status = document.getElementById("place-status");
  const names = new Map();
  for (const place of places) {
    const label = `${place.name}, ${place.country}`;
    if (!names.has(label)) names.set(label, place);
  }
  options.replaceChildren(...[...names.keys()].sort().map((label) => {
    const option = document.createElement("option");
    option.value = label;
    return option;
  }));
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    const query = input.value.trim().toLowerCase();
    if (!query) return;
    const place = names.get(input.value.trim())
      || places.find((p) => p.name.toLowerCase() === query)
      || places.find((p) => p.name.toLowerCase().startsWith(query))
      || places.find((p) => p.name.toLowerCase().includes(query));
    if (!place) {
      status.textContent = `No place called “${input.value.trim()}” in the gazetteer.`;
      return;
    }
    status.textContent = `Showing ${place.name}.`;
    map.flyTo([place.lat, place.lon], Math.max(map.getZoom(), place.rank === 1 ? 9 : 11), { duration: 0.8 });
  });
}

// Flat-earth distance is enough to name the nearest town to an area a few hundred km across.
function nearestPlace(places, lat, lon) {
  let best = null;
  let bestDistance = Infinity;
  const scale = Math.cos((lat * Math.PI) / 180);
  for (const place of places) {
    const dx = (place.lon - lon) * scale;
    const dy = place.lat - lat;
    const distance = dx * dx + dy * dy;
    if (distance < bestDistance) {
      best = place;
      bestDistance = distance;
    }
  }
  return best;
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

