// Place labels that never overlap each other, the legend or the map's controls.
// Places are ranked by importance — metropolises, then the chronology's places (the story
// happens there), then by population — and placed greedily: each label tries right, left, above and below its
// dot and is dropped if all four collide with a label already placed or with a blocked box
// (legend, zoom buttons, side panel, notices).

const MAX_LABELS = 120;
const PAD = 2; // px of halo around each label's text, kept clear of the next label
const DOT = 4;
const GAP = 3; // px between the dot and the text
// Elements drawn over the map: a label under them could not be read.
const BLOCKERS = ".legend, .leaflet-control-container .leaflet-control, #side, #map-message:not([hidden]), .notices > *";

// Big cities (rank 1) label the map from afar, the chronology's places (rank 3) from zoom 6,
// other towns (rank 2) from zoom 7, villages and small towns (rank 4, towns.json) from zoom 9.
const SHOWN_FROM = { 1: 4, 2: 7, 3: 6, 4: 9 };

// "Al-Qa'im", "Al Qā’im" and "al-Qaim" are one name: no diacritics, article, punctuation.
export function normalisedName(name) {
  return name
    .replace(/\s*\(.*\)$/, "")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/^(al|el|ar|as|ad|ash|ad)[\s-]+/, "")
    .replace(/[^a-z]/g, "");
}

// Metropolises first (a reader finds Baghdad before anything else), then the chronology's
// places (the story happens there), then every other town by population.
const METROPOLIS = 2_000_000;
export function tier(place) {
  if (place.population >= METROPOLIS) return 0;
  return place.rank === 3 ? 1 : 2;
}

function km(a, b) {
  const scale = Math.cos((((a.lat + b.lat) / 2) * Math.PI) / 180);
  const dx = (a.lon - b.lon) * scale;
  const dy = a.lat - b.lat;
  return Math.sqrt(dx * dx + dy * dy) * 111.2;
}

// Which places may be labelled at all, most important first:
// - one label per place: a place with the same normalised name within 30 km, or any place
//   within 2 km, of a more important one is the same place (the chronology's spelling wins);
// - cities, not their districts: a place that is not the story's within 30 km of a place
//   at least three times as populous is part of that city (Istanbul's Esenyurt, Üsküdar…);
//   for a village (rank 4) within 5 km.
export function rankPlaces(places) {
  const ranked = places
    .map((place) => ({
      ...place,
      label: place.name.replace(/\s*\(.*\)$/, ""),
      key: normalisedName(place.name),
      shownFrom: SHOWN_FROM[place.rank] ?? 99,
    }))
    .sort((a, b) => tier(a) - tier(b)
      || (a.rank === 3 ? a.label.length - b.label.length : (b.population || 0) - (a.population || 0)));
  const kept = [];
  for (const place of ranked) {
    const near = kept.filter((k) => Math.abs(k.lat - place.lat) < 0.5 && Math.abs(k.lon - place.lon) < 0.6);
    const same = near.find((k) => {
      const d = km(k, place);
      return d < 2 || (d < 30 && k.key === place.key);
    });
    if (same) {
      // The kept name shows from whenever either spelling would have: Mosul the city is
      // labelled from afar even though the story's "Mosul" is the name kept.
      same.shownFrom = Math.min(same.shownFrom, place.shownFrom);
      same.population = Math.max(same.population || 0, place.population || 0) || null;
      continue;
    }
    // A village (rank 4) near a town is its own place unless it is inside it (5 km).
    const reach = place.rank === 4 ? 5 : 30;
    const district = place.rank !== 3 && near.some((k) => k.population > 0
      && k.population >= 3 * (place.population || 0) && km(k, place) < reach);
    if (district) continue;
    kept.push(place);
  }
  return kept;
}

// The ranking as data, for static/basemap/labels.json (tools/export_label_ranking.mjs): what the
// embed hands back to createLabels already ranked, and what the snapshot images label by.
export function rankedForExport(places) {
  return rankPlaces(places).map((p) => ({
    label: p.label, lat: p.lat, lon: p.lon, rank: p.rank, population: p.population ?? null,
    shownFrom: p.shownFrom, tier: tier(p),
  }));
}

function overlaps(a, b) {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}

// Four places for the text around its dot, in order of preference.
function candidates(p, w, h) {
  const half = DOT / 2 + GAP;
  return [
    ["right", { x: p.x + half, y: p.y - h / 2, w, h }],
    ["left", { x: p.x - half - w, y: p.y - h / 2, w, h }],
    ["above", { x: p.x - w / 2, y: p.y - half - h, w, h }],
    ["below", { x: p.x - w / 2, y: p.y + half, w, h }],
  ];
}

function blockedBoxes(map) {
  const origin = map.getContainer().getBoundingClientRect();
  return [...document.querySelectorAll(BLOCKERS)]
    .map((el) => el.getBoundingClientRect())
    .filter((r) => r.width && r.height)
    .map((r) => ({ x: r.left - origin.left, y: r.top - origin.top, w: r.width, h: r.height }));
}

// The font a label of each rank is drawn in, read from the stylesheet once so measuring
// agrees with drawing.
function createMeasure(map) {
  const context = document.createElement("canvas").getContext("2d");
  const fonts = new Map();
  function fontOf(rank) {
    if (!fonts.has(rank)) {
      const probe = document.createElement("div");
      probe.className = `place-label rank-${rank}`;
      probe.style.visibility = "hidden";
      map.getContainer().appendChild(probe);
      const style = getComputedStyle(probe);
      fonts.set(rank, { font: style.font, size: parseFloat(style.fontSize) });
      probe.remove();
    }
    return fonts.get(rank);
  }
  return (place) => {
    const { font, size } = fontOf(place.rank);
    context.font = font;
    return { w: Math.ceil(context.measureText(place.label).width) + 2 * PAD, h: Math.ceil(size) + 2 * PAD };
  };
}

// From town zoom on a label opens the place's history (onPick); farther out labels sit on large
// areas and must not swallow the click that selects the area.
const CLICKABLE_FROM_ZOOM = 7;

// `ranked`: the places are rankPlaces' output already (static/basemap/labels.json, the embed's).
export function createLabels(map, places, onPick = null, { ranked: preRanked = false } = {}) {
  map.createPane("labels").style.zIndex = 450;
  map.getPane("labels").style.pointerEvents = "none";
  const layer = L.layerGroup().addTo(map);
  let ranked = preRanked ? places : rankPlaces(places);
  const measure = createMeasure(map);
  const sizes = new Map();

  function redraw() {
    layer.clearLayers();
    const zoom = map.getZoom();
    const size = map.getSize();
    const inView = (p) => p.x >= 0 && p.y >= 0 && p.x <= size.x && p.y <= size.y;
    const shown = [];
    for (const place of ranked) {
      if (zoom < place.shownFrom) continue;
      const p = map.latLngToContainerPoint([place.lat, place.lon]);
      if (inView(p)) shown.push({ place, p, dot: { x: p.x - DOT, y: p.y - DOT, w: 2 * DOT, h: 2 * DOT } });
    }
    // The dots of metropolises and the story's places are kept clear of other labels' text, so
    // "Abu Kamal" moves aside for Baghouz rather than hide it.
    const reserved = shown.filter(({ place }) => tier(place) <= 1);
    const taken = blockedBoxes(map);
    let count = 0;
    for (const { place, p, dot } of shown) {
      if (count >= MAX_LABELS) break;
      if (taken.some((box) => overlaps(box, dot))) continue;
      if (!sizes.has(place)) sizes.set(place, measure(place));
      const { w, h } = sizes.get(place);
      const inside = (box) => box.x >= 0 && box.y >= 0 && box.x + box.w <= size.x && box.y + box.h <= size.y;
      const free = (box) => inside(box) && !taken.some((t) => overlaps(t, box))
        && !reserved.some((r) => r.place !== place && overlaps(r.dot, box));
      const spot = candidates(p, w, h).find(([, box]) => free(box));
      if (!spot) continue;
      const [side, box] = spot;
      taken.push(box, dot);
      const pick = onPick && zoom >= CLICKABLE_FROM_ZOOM ? () => onPick(place) : null;
      layer.addLayer(labelMarker(place, side, box, p, pick));
      count += 1;
    }
    document.body.dataset.placeLabels = String(count);
  }
  map.on("moveend zoomend resize", redraw);
  // The legend grows as actors appear, folds and unfolds; notices come and go: the labels
  // make way, once per frame at most.
  let pending = false;
  const soon = () => {
    if (pending) return;
    pending = true;
    requestAnimationFrame(() => { pending = false; redraw(); });
  };
  const observer = new ResizeObserver(soon);
  for (const el of document.querySelectorAll(".legend, #side, #map-message")) observer.observe(el);
  redraw();
  return {
    redraw,
    // More places (the villages fetched once zoomed in), ranked with the others.
    add(more) {
      ranked = rankPlaces([...places, ...more]);
      redraw();
    },
  };
}

function labelMarker(place, side, box, p, pick) {
  const icon = L.divIcon({
    className: `place-label rank-${place.rank} label-${side}`,
    html: "",
    iconSize: [box.w, box.h],
    iconAnchor: [p.x - box.x, p.y - box.y],
  });
  const title = pick ? `${place.label}: who held it when` : "";
  const marker = L.marker([place.lat, place.lon], { icon, pane: "labels", interactive: Boolean(pick), keyboard: false, title });
  marker.once("add", () => {
    const element = marker.getElement();
    element.textContent = place.label;
    element.dataset.place = place.label;
    element.classList.toggle("clickable", Boolean(pick));
  });
  if (pick) marker.on("click", pick);
  return marker;
}
