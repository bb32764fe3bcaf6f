// The public map: wires the modules together and owns the one state the URL describes
// (date, view, selected area, comparison; see state.js). Each job lives in its own module:
// timeline.js, layers.js, legend.js, panels.js, chart.js, compare.js, places.js, events.js,
// summary.js, basemap.js. Those that draw the first polygons are imported here; the rest
// (after_paint.js) once the polygons are on screen, and tiles.js only on a tiled archive.

import { loadBasemap } from "./basemap.js";
import { createCompare } from "./compare.js";
import { createFocus } from "./focus.js";
import { createEpochStore } from "./epoch_cache.js";
import { createControlLayer } from "./layers.js";
import { createLegend } from "./legend.js";
import { createPrecision } from "./precision.js";
import { createUrlWriter, readUrl, viewOf } from "./state.js";
import { createSidePicker, sideOf } from "./side.js";
import { createTimeline } from "./timeline.js";
import { clearNotice, notify } from "./notices.js";
import { fetchJSON, formatDay, indexOnOrBefore, say } from "./util.js";
import { ready as styleReady } from "../style/style.js";

const RETRY_MS = 1500;
// Neighbouring epochs fetched ahead of the slider (within epoch_cache.js's KEPT).
const PREFETCH = [1, 2, -1];
// Once the reader moves from date to date, the summary and what changed by place are asked for
// when they stay on one this long: stepping or playing, their answers landed among the next
// steps' frames (a step clicked while they were drawn waited for the next vsync: seed-scale step
// p95 14.9 ms against 6.8 ms for the map before them, benchmarks/tile_stepping.py), and each
// date passed cost the server a summary (0.65 s at 2,000 areas). Longer than Play's fast speed.
const PANEL_MS = 400;
// Features remembered beyond the shown epoch (a selected area outlives its epoch); the oldest
// beyond this are forgotten, the selected one never.
const KNOWN_LIMIT = 5000;
const config = JSON.parse(document.getElementById("map-config").textContent);
const app = {
  state: { date: null, view: null, area: null, compare: null, side: null },
  dates: [],
  latest: 0,
  data: null,
  known: new Map(), // every feature seen, by id, so a selected area outlives its epoch
  noPlaces: {},
  missingAreas: new Set(),
};

window.addEventListener("map:init", (event) => start(event.detail.map));

// The panels' modules, labels, the chart, events, water and finer outlines wait for the first
// polygons (or 3 s): on a slow phone they would delay them (benchmarks/first_paint.py). They start
// once the frame after the polygons' frame has begun, so that frame is not held up by them either.
let painted;
const firstPaint = new Promise((resolve) => { painted = resolve; });
const afterFirstPaint = (job) => Promise.race([firstPaint, new Promise((r) => setTimeout(r, 3000))]).then(job);

async function start(map) {
  app.map = map;
  await styleReady;
  // The generated summary describes the map to screen readers.
  map.getContainer().setAttribute("aria-describedby", "summary");
  const fromUrl = readUrl();
  if (fromUrl.view) map.setView([fromUrl.view.lat, fromUrl.view.lon], fromUrl.view.zoom, { animate: false });
  const basemap = loadBasemap(map, config);
  // Polygons on blank sea read as floating: the outlines go first, unless they take over 1.5 s.
  app.basemapDrawn = Promise.race([basemap.drawn, new Promise((r) => setTimeout(r, 1500))]);
  afterFirstPaint(() => basemap.refine());
  setUpSheet();
  app.focus = createFocus(closeArea);
  // A large archive is drawn from vector tiles (tiles.js); a small one from one GeoJSON per date.
  app.tiled = Boolean(config.area_tiles);
  app.control = app.tiled
    ? await (await import(config.modules.tiles)).createTileLayer(map, config, selectTiled, tilesDrawn, (ahead) => {
      document.body.dataset.tilesAhead = ahead.join(" "); // benchmarks wait for these
    })
    : createControlLayer(map, config, (id) => select(id, false));
  // In tile mode the epochs kept and prefetched are the tile layer's decoded tiles.
  app.epochs = app.tiled
    ? { load: async () => ({ features: [] }), prefetch: (epoch) => app.control.prefetch(epoch) }
    : createEpochStore(config);
  if (app.tiled) app.control.onLoad(listTiledAreas);
  // The opening date's polygons are asked for beside the timeline, not after it.
  // Its failure is go()'s first failure, said and retried there.
  app.earlyDay = app.tiled ? null : fromUrl.date || config.opening_date;
  app.early = app.earlyDay ? app.epochs.load(app.earlyDay) : null;
  app.early?.catch(() => {});
  app.precision = createPrecision(map);
  app.legend = createLegend(config, onLegend);
  // From the start, as the timeline: a date typed in before the first polygons is not lost.
  app.compare = createCompare(map, config, (day) => go({ compare: day }, "push"));
  app.places = app.noPlaces;
  // The rest of the page comes after the first polygons; afterPaint() waits for it. The events'
  // markers are drawn after the polygons, so they are asked for then too.
  app.later = afterFirstPaint(() => import(config.modules.after_paint)).then((later) => {
    later.setUpCopy();
    app.eventsReady = later.createEvents(map, config, (point) => app.control.areaAt(point), (id) => select(id, false));
    later.loadPlaces(config.basemap.places).then((places) => { app.places = later.createPlaces(map, places, config, openPlace); });
    return later;
  });
  app.later.catch(() => say("Part of the page could not be loaded: reload it to try again."));
  // The place search answers from the start: a search sent before its module has come waits for it.
  document.getElementById("place-search").addEventListener("submit", (event) => {
    event.preventDefault();
    app.later.then((later) => later.searchFromForm(config, openPlace));
  });
  const timeline = await fetchJSON(config.api.timeline);
  app.dates = timeline.change_dates;
  if (!app.dates.length) {
    say("No published data yet.");
    painted();
    return;
  }
  app.timeline = createTimeline(app.dates, (day, mode) => go({ date: day }, mode));
  Object.assign(app.state, fromUrl, { view: fromUrl.view || viewOf(map), side: sideOf(config, fromUrl.side) });
  if (fromUrl.side && !app.state.side) say(`The link's side "${fromUrl.side}" is not a known actor; Islamic State's is told.`);
  app.sidePicker = createSidePicker(config, app.state.side, (side) => changeSide(side, "push"));
  app.state.date = app.state.date || openingDate();
  app.url = createUrlWriter(app.state, map);
  map.on("moveend", () => {
    app.state.view = viewOf(map);
    app.url.write("replace");
  });
  window.addEventListener("popstate", restore);
  await go({}, "replace");
  // The figures wait for the map: their requests go once its first polygons are out, so they
  // never hold up the date's own request or its paint.
  afterFirstPaint(loadChart);
}

function loadChart() {
  app.later.then((later) => later.createChart(config, app.dates, (day, mode) => go({ date: day }, mode), app.state.side)).then((chart) => {
    app.chart = chart;
    chart.setHidden(app.legend.hidden);
    chart.moveCursor(app.state.date);
  }).catch((err) => say(`The area chart could not be loaded: ${err.message}`));
}

// Apply a change of state: the map, and the URL right after the frame that paints it (a link
// says what is on screen; state.js). Only the latest call may paint: a fast drag never ends on an
// older date.
async function go(changes, mode) {
  Object.assign(app.state, changes);
  if (!app.timeline) return; // no published data yet: nothing to show a date of
  const { date } = app.state;
  app.url.write(mode);
  app.timeline.show(date, formatDay(date));
  const index = indexOnOrBefore(app.dates, date);
  const epoch = index >= 0 ? app.dates[index] : null;
  const request = ++app.latest;
  let data;
  try {
    // The first paint takes the answer asked for early, under its date (the same polygons).
    const early = !app.data && date === app.earlyDay ? app.early : null;
    app.early = null;
    data = await (early || app.epochs.load(epoch || date));
  } catch (err) {
    if (request === app.latest) couldNotLoad(date, err);
    return;
  }
  if (!app.data) await app.basemapDrawn;
  if (request !== app.latest) return;
  app.retries = 0;
  clearNotice("epoch");
  const stepped = app.moved && epoch !== app.epoch;
  app.data = data;
  app.epoch = epoch;
  paint();
  // Neighbours are fetched ahead once the reader moves in time (a step, Play, a link's back and
  // forward), not on arrival: a reader who only looks downloads one date (issue 12's weight).
  const prefetch = app.moved;
  app.moved = true;
  // The neighbours and the panels follow once the map's frame is out: the repaint should cost
  // one frame. Asking for three neighbours in the step's own task cost it 20-80 ms under load
  // (a trace: fetch() itself, and in tile mode the tiles' requests).
  requestAnimationFrame(() => setTimeout(() => {
    if (request !== app.latest) return;
    if (prefetch) for (const offset of PREFETCH) app.epochs.prefetch(app.dates[index + offset]);
    afterPaint(request, index, stepped ? PANEL_MS : 0);
  }, 0));
}

// One notice for a date that failed, in plain words; Play pauses (and says so) rather than
// skip dates silently; a server or network failure is retried, later each time.
function couldNotLoad(date, err) {
  const paused = app.timeline.stop();
  const what = `${paused ? "Play paused: the" : "The"} map could not load ${formatDay(date)}`;
  clearTimeout(app.retryTimer);
  if (!err.retry) {
    notify("epoch", `${what}: ${err.message}.`);
    return;
  }
  notify("epoch", `${what}. Retrying…`);
  const delay = Math.min(RETRY_MS * 2 ** (app.retries || 0), 30000);
  app.retries = (app.retries || 0) + 1;
  app.retryTimer = setTimeout(() => {
    if (app.state.date === date) go({}, "none");
  }, delay);
}

function paint() {
  const { date, area } = app.state;
  const features = app.data.features;
  remember(features);
  const count = app.control.show(app.tiled ? app.epoch : features, app.legend.hidden);
  app.control.select(area);
  app.precision.show(features);
  const label = formatDay(date, precisionOf(date, app.epoch, features));
  document.getElementById("current-date").textContent = label;
  app.timeline.show(date, label);
  document.body.dataset.shownDate = date;
  if (!app.tiled) document.body.dataset.featureCount = String(count);
}

// Tile mode: the epoch's tiles in view are drawn (tests and benchmarks wait for this), with
// how many epochs' tiles are kept (tests check the bound).
function tilesDrawn(epoch, count, kept) {
  document.body.dataset.tilesDrawn = epoch || "";
  document.body.dataset.featureCount = String(count);
  document.body.dataset.tileEpochs = String(kept);
  listTiledAreas();
}

// Tile mode: the areas in view as buttons, rebuilt after the frame that drew them (a step's
// frame draws the map only) and when the view's tiles change.
function listTiledAreas() {
  cancelAnimationFrame(app.listing);
  app.listing = requestAnimationFrame(() => setTimeout(() => {
    if (!app.timeline) return;
    // A reader moving through the list keeps their place when it is rebuilt.
    const focused = document.activeElement?.closest("#areas-list") && document.activeElement.dataset.area;
    // The list's module comes after the first paint (after_paint.js), like the other panels.
    app.later?.then((later) => {
      later.renderTiledAreas(config, app.control.areasInView(), (id, area) => {
        app.focus.request();
        selectTiled(id, area.bbox);
      });
      if (focused) document.querySelector(`#areas-list [data-area="${focused}"]`)?.focus();
    });
  }, 0));
}

// Tile mode: a tile knows an area's id and look, not its sources; the areas in `bounds` (around
// the point clicked, or the area's box on screen) are read once from the API (generalised
// geometry: only the properties are used).
async function selectTiled(id, bounds) {
  if (!app.known.has(id)) {
    const box = [bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth()]
      .map((v) => v.toFixed(4)).join(",");
    try {
      const around = await fetchJSON(`${config.api.control}?date=${app.epoch}&bbox=${box}&zoom=0`);
      remember(around.features);
    } catch (err) {
      say(`The area could not be loaded: ${err.message}`);
      return;
    }
  }
  select(id, false);
}

function remember(features) {
  for (const f of features) {
    app.known.delete(f.id); // re-inserted: insertion order is recency
    app.known.set(f.id, f);
  }
  let extra = app.known.size - Math.max(KNOWN_LIMIT, features.length);
  for (const id of app.known.keys()) {
    if (extra <= 0) break;
    if (id !== app.state.area) {
      app.known.delete(id);
      extra -= 1;
    }
  }
}

// The panels, chart, events, comparison and summary follow the map in the same turn (after the
// first paint, once their modules have come); what needs the previous epoch (what ended today)
// waits for it.
async function afterPaint(request, index, panelDelay = 0) {
  requestAnimationFrame(() => setTimeout(painted, 0));
  const { date, area, compare } = app.state;
  const visible = app.data.features.filter((f) => !app.legend.hidden.has(f.properties.actor));
  // In tile mode the date's features are not in the page: every actor is listed.
  app.legend.update(app.tiled ? Object.keys(config.actors).map((actor) => ({ properties: { actor } })) : app.data.features);
  const { loadSummary, renderArea, renderChanges, renderPlaceChanges, renderSummary, renderTiledChanges } = await app.later;
  if (request !== app.latest) return;
  app.eventsReady.then((events) => {
    if (request === app.latest) events.show(date, app.epoch);
  });
  if (app.chart) app.chart.moveCursor(date);
  const selected = area !== null ? followTerritory(app.known.get(area), date) : null;
  renderArea(config, selected && selected.properties, date, (day, mode) => go({ date: day }, mode), closeArea);
  app.focus.settle();
  // Said once per area: stepping on must not pile up the same notice.
  if (area !== null && !selected && !app.missingAreas.has(area)) {
    app.missingAreas.add(area);
    say(`Area ${area} is not on the map on ${date}, nor on any date loaded so far.`);
  }
  document.body.dataset.selectedArea = selected ? String(app.state.area) : "";
  // Told as being brought up to date (dimmed, map.css) until their answers come.
  for (const id of ["summary", "changes-places"]) document.getElementById(id).setAttribute("aria-busy", "true");
  const current = () => request === app.latest;
  const { epoch, state: { side } } = app;
  setTimeout(() => {
    if (!current()) return;
    loadSummary(config, date, side).then((body) => {
      if (current()) renderSummary(body.text);
    }).catch((err) => say(`The summary could not be loaded: ${err.message}`));
    renderPlaceChanges(config, epoch, openPlace, current).catch((err) => say(`What changed could not be loaded: ${err.message}`));
  }, panelDelay);
  app.compare.show(date, compare, app.legend.hidden).catch((err) => say(`The comparison could not be loaded: ${err.message}`));
  const [previous, events] = await Promise.all([
    index > 0 ? app.epochs.load(app.dates[index - 1]).catch(() => ({ features: [] })) : { features: [] },
    app.eventsReady,
  ]);
  if (request !== app.latest) return;
  if (app.tiled) {
    renderTiledChanges(app.epoch);
    listTiledAreas(); // the legend may have hidden some
    app.focus.lists();
    return;
  }
  renderChanges({
    epoch: app.epoch,
    nextEpoch: app.dates[index + 1],
    features: visible,
    previous: previous.features,
    events: events.events,
    select: (id) => select(id, true),
  });
  app.focus.lists();
}

// A date that only some versions know to the month is shown as "June 2014", not a made-up day.
function precisionOf(date, epoch, features) {
  if (date !== epoch) return "day";
  const started = features.filter((f) => f.properties.valid_from === epoch);
  if (!started.length || started.some((f) => f.properties.valid_from_precision === "day")) return "day";
  return started.some((f) => f.properties.valid_from_precision === "month") ? "month" : "year";
}

function closeArea() {
  go({ area: null }, "push");
  app.focus.closed();
}

// Without ?date: the date editors chose, else the last change date with held ground (never an
// empty map after the story ends); the server decides (mapapp/speech/opening.py).
function openingDate() {
  return config.opening_date || app.dates[app.dates.length - 1];
}

// The area card follows its territory: on a date its version does not cover, the card shows the
// territory's version of that date, and the URL names it.
function followTerritory(feature, date) {
  if (!feature) return feature;
  const p = feature.properties;
  if (p.valid_from <= date && (!p.valid_to || date < p.valid_to)) return feature;
  const current = app.data.features.find((f) => f.properties.territory_slug === p.territory_slug);
  if (!current) return feature;
  app.state.area = current.id;
  app.control.select(current.id);
  app.url.write("replace");
  return current;
}

async function openPlace(id) {
  document.getElementById("side").classList.add("open");
  document.getElementById("sheet-toggle").setAttribute("aria-expanded", "true");
  try {
    const { openPlaceHistory } = await app.later;
    const place = await openPlaceHistory(config, id, (day, mode) => go({ date: day }, mode));
    app.map.flyTo([place.lat, place.lon], Math.max(app.map.getZoom(), 9), { duration: 0.5 });
  } catch (err) {
    say(`The place's history could not be loaded: ${err.message}`);
  }
}

function select(id, fly) {
  app.focus.request();
  go({ area: id }, "push");
  document.getElementById("side").classList.add("open");
  document.getElementById("sheet-toggle").setAttribute("aria-expanded", "true");
  const bounds = app.control.boundsOf(id);
  if (fly && bounds && !app.map.getBounds().intersects(bounds)) app.map.flyToBounds(bounds, { maxZoom: 9 });
  else app.later.then((later) => later.keepAboveSheet(app.map, bounds));
}

function onLegend(hidden) {
  if (app.chart) app.chart.setHidden(hidden);
  if (app.data) {
    paint();
    afterPaint(app.latest, indexOnOrBefore(app.dates, app.state.date));
  }
}

// Another side told by the summary and the chart (the map itself shows every side).
function changeSide(side, mode) {
  if (side === app.state.side) return;
  app.sidePicker.set(side);
  if (app.chart) app.chart.setSide(side).catch((err) => say(`The area chart could not be loaded: ${err.message}`));
  go({ side }, mode);
}

// Back or forward: the URL is the truth. The state is set before the view moves, because the
// move rewrites the current history entry from the state (see the moveend handler).
function restore() {
  const next = readUrl(false);
  const view = next.view || viewOf(app.map);
  Object.assign(app.state, {
    date: next.date || openingDate(),
    area: next.area,
    compare: next.compare,
    view,
  });
  app.map.setView([view.lat, view.lon], view.zoom, { animate: false });
  const side = sideOf(config, next.side);
  if (side !== app.state.side) changeSide(side, "none");
  else go({}, "none");
}

// On a phone the panels are a bottom sheet: a handle opens and closes it.
function setUpSheet() {
  // The legend starts folded on a phone or a short window (200 % zoom), where it would cover
  // half the map.
  if (window.matchMedia("(max-width: 600px), (max-height: 560px)").matches) {
    document.getElementById("legend-details").open = false;
  }
  const side = document.getElementById("side");
  const toggle = document.getElementById("sheet-toggle");
  toggle.addEventListener("click", () => {
    const open = !side.classList.contains("open");
    side.classList.toggle("open", open);
    toggle.setAttribute("aria-expanded", String(open));
  });
}
