// The public map: offline basemap, dated control polygons, a slider over the change dates.
// The date lives in the URL (?date=YYYY-MM-DD) so a link restores what its sender saw.

const config = JSON.parse(document.getElementById("map-config").textContent);
const slider = document.getElementById("date-slider");
const dateOutput = document.getElementById("current-date");
const message = document.getElementById("map-message");
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
  "September", "October", "November", "December"];

const state = { dates: [], date: null, loaded: new Map(), latestRequest: 0 };
let map, controlLayer;
const renderer = L.canvas({ padding: 0.5 });

window.addEventListener("map:init", (event) => start(event.detail.map));

async function start(leafletMap) {
  map = leafletMap;
  map.createPane("basemap").style.zIndex = 150;
  map.createPane("rivers").style.zIndex = 160;
  if (!config.tiles) map.getContainer().classList.add("offline-basemap");
  loadBasemap();
  controlLayer = L.geoJSON(null, { renderer, style: styleFor, onEachFeature: bindPopup }).addTo(map);

  const timeline = await fetchJSON(config.api.timeline);
  state.dates = timeline.change_dates;
  slider.max = Math.max(state.dates.length - 1, 0);
  slider.addEventListener("input", () => showDate(state.dates[slider.valueAsNumber], "slider"));
  document.getElementById("prev-change").addEventListener("click", () => step(-1));
  document.getElementById("next-change").addEventListener("click", () => step(1));
  window.addEventListener("popstate", () => showDate(dateFromUrl() || lastDate(), "history"));

  if (!state.dates.length) {
    say("No published data yet.");
    return;
  }
  showDate(dateFromUrl() || lastDate(), "load");
}

function lastDate() {
  return state.dates[state.dates.length - 1];
}

function dateFromUrl() {
  const value = new URLSearchParams(window.location.search).get("date");
  if (value === null) return null;
  if (!isCalendarDay(value)) {
    say(`The link's date "${value}" is not a day in the form YYYY-MM-DD; showing the latest map.`);
    return null;
  }
  return value;
}

// Date.parse rolls 2019-02-30 over to 2 March; a real day survives the round trip unchanged.
function isCalendarDay(value) {
  if (!ISO_DATE.test(value)) return false;
  const parsed = new Date(value + "T00:00:00Z");
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
}

// The epoch of a day: the latest change date on or before it (ISO strings sort as dates).
function epochIndex(day) {
  let found = 0;
  state.dates.forEach((d, i) => { if (d <= day) found = i; });
  return found;
}

function step(delta) {
  const index = Math.min(Math.max(epochIndex(state.date) + delta, 0), state.dates.length - 1);
  showDate(state.dates[index], "step");
}

async function showDate(day, origin) {
  state.date = day;
  const index = epochIndex(day);
  slider.valueAsNumber = index;
  slider.setAttribute("aria-valuetext", formatDay(day));
  dateOutput.textContent = formatDay(day);
  if (origin !== "history" && origin !== "load") {
    const url = new URL(window.location.href);
    url.searchParams.set("date", day);
    window.history.replaceState(null, "", url);
  } else if (origin === "load" && new URLSearchParams(window.location.search).get("date") !== day) {
    const url = new URL(window.location.href);
    url.searchParams.set("date", day);
    window.history.replaceState(null, "", url);
  }
  // Only the latest request may paint: a fast drag must never end on an older date.
  const request = ++state.latestRequest;
  const data = await loadEpoch(state.dates[index], day);
  if (request !== state.latestRequest) return;
  controlLayer.clearLayers();
  controlLayer.addData(data);
  renderLegend(data);
  document.body.dataset.shownDate = day;
  document.body.dataset.featureCount = String(data.features.length);
  prefetch(index - 1);
  prefetch(index + 1);
}

// Each epoch is fetched once and kept; its neighbours are fetched ahead of the slider.
function loadEpoch(epoch, day) {
  const key = epoch || day;
  if (!state.loaded.has(key)) {
    const url = `${config.api.control}?date=${encodeURIComponent(key)}`;
    state.loaded.set(key, fetchJSON(url).catch((err) => {
      state.loaded.delete(key);
      throw err;
    }));
  }
  return state.loaded.get(key);
}

function prefetch(index) {
  if (index >= 0 && index < state.dates.length) loadEpoch(state.dates[index]).catch(() => {});
}

async function fetchJSON(url) {
  const response = await fetch(url, { headers: { Accept: "application/json" } });
  const body = await response.json();
  if (!response.ok) throw new Error(body.error || `HTTP ${response.status}`);
  return body;
}

function styleFor(feature) {
  const p = feature.properties;
  const color = (config.actors[p.actor] || {}).color || p.color || "#666666";
  const style = { color, weight: 1.5, fillColor: color, fillOpacity: 0.55, opacity: 0.9 };
  if (p.status === "presence") style.fillOpacity = 0.18;
  if (p.status === "contested" || p.status === "claimed") style.fillOpacity = 0.3;
  if (p.status === "besieged") style.weight = 3;
  if (p.confidence !== "confirmed") style.dashArray = "5 4";
  return style;
}

function bindPopup(feature, layer) {
  layer.bindPopup(() => popupFor(feature.properties), { maxWidth: 320 });
}

function popupFor(p) {
  const root = document.createElement("div");
  root.className = "area-popup";
  const title = append(root, "h3", p.territory);
  title.style.borderColor = p.color;
  const facts = append(root, "dl");
  const status = config.statuses[p.status] || p.status;
  const rows = [
    ["Held by", p.actor_name],
    ["Status", status],
    ["Confidence", p.claimed_by ? `${p.confidence} (${p.claimed_by})` : p.confidence],
    ["Valid", `${formatDay(p.valid_from, p.valid_from_precision)} – ${
      p.valid_to ? formatDay(p.valid_to, p.valid_to_precision) : "still valid"}`],
    ["Area", `${Number(p.area_km2).toLocaleString("en", { maximumFractionDigits: 1 })} km²`],
  ];
  for (const [label, value] of rows) {
    append(facts, "dt", label);
    append(facts, "dd", value);
  }
  if (p.notes) append(root, "p", p.notes).className = "notes";
  append(root, "h4", "Sources");
  const list = append(root, "ul");
  for (const source of p.sources) {
    const item = append(list, "li");
    const label = `${source.publisher}: ${source.title}${source.published ? ` (${source.published})` : ""}`;
    if (source.url) {
      const link = append(item, "a", label);
      link.href = source.url;
      link.target = "_blank";
      link.rel = "noopener noreferrer";
    } else {
      item.textContent = label;
    }
  }
  return root;
}

function renderLegend(data) {
  const list = document.getElementById("legend-actors");
  const shown = [...new Set(data.features.map((f) => f.properties.actor))];
  list.replaceChildren(...shown.map((slug) => {
    const item = document.createElement("li");
    const swatch = append(item, "span");
    swatch.className = "swatch";
    swatch.style.background = (config.actors[slug] || {}).color || "#666";
    append(item, "span", (config.actors[slug] || {}).name || slug);
    return item;
  }));
}

async function loadBasemap() {
  const layers = [
    ["countries", "basemap", { color: "#8a8a8a", weight: 0.8, fillColor: "#f3f0e8", fillOpacity: 1 }],
    ["lakes", "rivers", { color: "#7aa6c8", weight: 0.5, fillColor: "#bcd6ea", fillOpacity: 1 }],
    ["rivers", "rivers", { color: "#6d9cc4", weight: 1.2, fill: false }],
  ];
  for (const [name, pane, style] of layers) {
    try {
      const data = await fetchJSON(config.basemap[name]);
      L.geoJSON(data, { pane, style, interactive: false, renderer: L.canvas({ pane }) }).addTo(map);
    } catch (err) {
      say(`The offline basemap (${name}) could not be loaded.`);
    }
  }
}

function formatDay(iso, precision = "day") {
  const [y, m, d] = iso.split("-").map(Number);
  if (precision === "year") return String(y);
  if (precision === "month") return `${MONTHS[m - 1]} ${y}`;
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

function append(parent, tag, text) {
  const el = document.createElement(tag);
  if (text !== undefined) el.textContent = text;
  parent.appendChild(el);
  return el;
}

// Notices add up rather than replace each other: a basemap failure must not hide a bad link.
function say(text) {
  append(message, "span", text + " ");
  message.hidden = false;
}
