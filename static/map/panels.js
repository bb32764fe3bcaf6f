// The side panels: the selected area's card, and what changed on the shown date.

import { append, formatDay, formatKm2, httpUrl } from "./util.js";

const AREA_LIST_LIMIT = 100;
// Began and ended are listed up to this many each; the rest are counted (at 1M versions a
// date may change a thousand areas, and rebuilding a button for each cost every step).
const CHANGE_LIST_LIMIT = 50;

export function renderArea(config, props, shownDate, goTo, close) {
  const panel = document.getElementById("area-panel");
  const body = document.getElementById("area-body");
  if (!props) {
    panel.hidden = true;
    return;
  }
  panel.hidden = false;
  const title = document.getElementById("area-title");
  title.textContent = props.territory;
  title.style.borderColor = (config.actors[props.actor] || {}).color || props.color;
  body.replaceChildren();
  const shown = props.valid_from <= shownDate && (!props.valid_to || shownDate < props.valid_to);
  if (!shown) append(body, "p", "This version is not on the map on the date shown.", "notes");
  const facts = append(body, "dl");
  const rows = [
    ["Held by", props.actor_name],
    ["Status", config.statuses[props.status] || props.status],
    ["Confidence", props.claimed_by ? `${props.confidence} (${props.claimed_by})` : props.confidence],
    ["Valid from", formatDay(props.valid_from, props.valid_from_precision)],
    ["Valid to", props.valid_to ? formatDay(props.valid_to, props.valid_to_precision) : "still valid"],
    ["Area", formatKm2(props.area_km2)],
  ];
  for (const [label, value] of rows) {
    append(facts, "dt", label);
    append(facts, "dd", value);
  }
  if (props.notes) append(body, "p", props.notes, "notes");
  const jumps = append(body, "div", null, "jumps");
  const start = append(jumps, "button", `Go to its start (${props.valid_from})`);
  start.type = "button";
  start.addEventListener("click", () => goTo(props.valid_from, "push"));
  const end = append(jumps, "button", props.valid_to ? `Go to its end (${props.valid_to})` : "No end yet");
  end.type = "button";
  end.disabled = !props.valid_to;
  end.addEventListener("click", () => goTo(props.valid_to, "push"));
  append(body, "h3", "Sources");
  const list = append(body, "ul", null, "sources");
  for (const source of props.sources) renderSource(append(list, "li"), source);
  document.getElementById("area-close").onclick = close;
}

function renderSource(item, source) {
  const label = `${source.publisher}: ${source.title}${source.published ? ` (${source.published})` : ""}`;
  const href = httpUrl(source.url);
  if (href) {
    const link = append(item, "a", label);
    link.href = href;
    link.target = "_blank";
    link.rel = "noopener noreferrer";
  } else {
    item.textContent = label;
  }
  if (source.quote) append(item, "blockquote", source.quote);
}

// What began and ended on the epoch shown, the events of that period, and every area on the map
// as a button (so an area can be chosen without a pointer).
export function renderChanges({ epoch, nextEpoch, features, previous, events, select }) {
  const heading = document.getElementById("changes-date");
  const list = document.getElementById("changes-list");
  heading.textContent = epoch ? formatDay(epoch) : "before the first change";
  list.replaceChildren();
  // A territory that ended and began again on the same day only moved its line: said once.
  const ended = previous.filter((f) => f.properties.valid_to === epoch);
  const endedNames = new Set(ended.map((f) => f.properties.territory));
  const began = features.filter((f) => f.properties.valid_from === epoch);
  const beganNames = new Set(began.map((f) => f.properties.territory));
  const told = [
    ["line moved", began.filter((f) => endedNames.has(f.properties.territory))],
    ["began", began.filter((f) => !endedNames.has(f.properties.territory))],
    ["ended", ended.filter((f) => !beganNames.has(f.properties.territory))],
  ];
  for (const [verb, changed] of told) {
    for (const f of changed.slice(0, CHANGE_LIST_LIMIT)) changeItem(list, f, verb, select);
    const more = changed.length - CHANGE_LIST_LIMIT;
    const did = verb === "line moved" ? "moved their line" : verb;
    if (more > 0) append(list, "li", `… and ${more.toLocaleString("en")} more areas ${did} on this date.`, verb.replace(" ", "-"));
  }
  for (const e of events.filter((ev) => ev.properties.date >= epoch && (!nextEpoch || ev.properties.date < nextEpoch))) {
    append(list, "li", `Event, ${formatDay(e.properties.date, e.properties.date_precision)}: ${e.properties.title}`, "event");
  }
  if (!list.children.length) append(list, "li", "No change on this date.");
  const sorted = [...features].sort((a, b) => b.properties.area_km2 - a.properties.area_km2);
  listAreas(sorted.map((f) => ({
    id: f.id,
    label: `${f.properties.territory} (${f.properties.actor_name}, ${formatKm2(f.properties.area_km2)})`,
  })), select);
}

// The "all areas" list: a button per area (the first AREA_LIST_LIMIT, the rest counted) that
// opens its card as a click on the map does: the keyboard's way to every area.
function listAreas(areas, select, where = "") {
  const all = document.getElementById("areas-list");
  all.replaceChildren();
  for (const area of areas.slice(0, AREA_LIST_LIMIT)) {
    const button = append(append(all, "li"), "button", area.label);
    button.type = "button";
    button.dataset.area = area.id;
    button.addEventListener("click", () => select(area.id, area));
  }
  const more = areas.length - AREA_LIST_LIMIT;
  if (more > 0) append(all, "li", `… and ${more.toLocaleString("en")} more areas${where}: zoom in to list them.`, "more");
  document.getElementById("areas-count").textContent = `${areas.length.toLocaleString("en")}${where}`;
}

function changeItem(list, feature, verb, select) {
  const p = feature.properties;
  const item = append(list, "li", null, verb.replace(" ", "-"));
  const button = append(item, "button", `${p.territory}: ${p.actor_name}, ${p.status} — ${verb}`);
  button.type = "button";
  button.dataset.area = feature.id;
  button.addEventListener("click", () => select(feature.id));
}

// Tile mode (a large archive): the date's areas are in the tiles, not in the page; what changed
// is told by the places' changes, and the areas listed are those of the tiles in view
// (tiles.js's areasInView), each opening its card like a click.
export function renderTiledChanges(epoch) {
  document.getElementById("changes-date").textContent = epoch ? formatDay(epoch) : "before the first change";
  const list = document.getElementById("changes-list");
  list.replaceChildren();
  append(list, "li", "This archive is drawn in tiles: choose an area on the map, or in the list of the areas in view below, to read its card.");
}

export function renderTiledAreas(config, areas, select) {
  listAreas(areas.map((area) => {
    const p = area.props;
    const actor = (config.actors[p.actor] || {}).name || p.actor;
    return { id: area.id, bbox: area.bbox, label: `${p.territory} (${actor}, ${config.statuses[p.status] || p.status})` };
  }), select, " in view");
}
