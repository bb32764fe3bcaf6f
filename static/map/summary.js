// A generated text summary of the date shown, for screen readers (it describes the map) and for
// copying into an article: who holds how many areas, how much ground, where.

import { formatKm2 } from "./util.js";

const LOCAL_KM2 = 2000;
const NUMBER_WORDS = ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];

function count(n, noun) {
  return `${n < NUMBER_WORDS.length ? NUMBER_WORDS[n] : n} ${noun}${n === 1 ? "" : "s"}`;
}

function centreOf(geometry) {
  let west = 180, south = 90, east = -180, north = -90;
  for (const polygon of geometry.coordinates) {
    for (const [lon, lat] of polygon[0]) {
      west = Math.min(west, lon); east = Math.max(east, lon);
      south = Math.min(south, lat); north = Math.max(north, lat);
    }
  }
  return [(south + north) / 2, (west + east) / 2];
}

export function summarise(dayLabel, features, nearest) {
  // "On 15 March 2019", but "In June 2014" when only the month (or year) is known.
  const when = /^\d/.test(dayLabel) ? `On ${dayLabel}` : `In ${dayLabel}`;
  if (!features.length) return `${when} no published area is mapped.`;
  const byActor = new Map();
  for (const f of features) {
    const list = byActor.get(f.properties.actor_name) || [];
    list.push(f);
    byActor.set(f.properties.actor_name, list);
  }
  const total = (list) => list.reduce((sum, f) => sum + Number(f.properties.area_km2), 0);
  const sentences = [...byActor].sort((a, b) => total(b[1]) - total(a[1])).map(([name, list]) => {
    const largest = [...list].sort((a, b) => b.properties.area_km2 - a.properties.area_km2)[0];
    // A small area is "at" a place; a large one is only "around" its middle, named after the
    // nearest town with a population (not a site such as an oil field).
    const small = Number(largest.properties.area_km2) < LOCAL_KM2;
    const place = largest.geometry ? nearest(...centreOf(largest.geometry), !small) : null;
    const where = place ? `${small ? ", at" : ", centred near"} ${place.name}` : "";
    const statuses = [...new Set(list.map((f) => f.properties.status))].join(", ");
    if (list.length === 1) {
      return `${name} holds one area of ${formatKm2(total(list))} (${largest.properties.territory}, ${statuses})${where}`;
    }
    return `${name} holds ${count(list.length, "area")} totalling ${formatKm2(total(list))} (${statuses}); the largest is ${largest.properties.territory}, ${formatKm2(largest.properties.area_km2)}${where}`;
  });
  return `${when} ${sentences.join(". ")}.`;
}

export function renderSummary(text) {
  document.getElementById("summary").textContent = text;
}

export function setUpCopy() {
  const button = document.getElementById("copy-summary");
  button.addEventListener("click", async () => {
    const text = document.getElementById("summary").textContent;
    try {
      await navigator.clipboard.writeText(text);
      button.textContent = "Copied";
    } catch (err) {
      // Without clipboard permission, select the text so the reader can copy it by hand.
      window.getSelection().selectAllChildren(document.getElementById("summary"));
      button.textContent = "Selected: press Ctrl+C";
    }
    setTimeout(() => { button.textContent = "Copy summary"; }, 2000);
  });
}
