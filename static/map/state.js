// The map's state lives in the query string (contract: docs/url-state.md):
//   ?date=YYYY-MM-DD&view=<zoom>/<lat>/<lon>&area=<dated polygon id>&compare=YYYY-MM-DD
//   &side=<actor slug> (whose side the summary and chart tell; absent: the story's, IS)
// Reloading or sending the link restores it; back and forward walk through it. Every change is
// also announced as a `mapstate` event on document, which the snapshot button reads.

import { isCalendarDay, say } from "./util.js";

const VIEW = /^(\d{1,2})\/(-?\d{1,2}(?:\.\d+)?)\/(-?\d{1,3}(?:\.\d+)?)$/;

// What the URL says, checked; a bad value is explained once and dropped, never guessed at.
export function readUrl(explain = true) {
  const query = new URLSearchParams(window.location.search);
  const state = { date: null, view: null, area: null, compare: null, side: null };
  const complain = (text) => explain && say(text);
  for (const name of ["date", "compare"]) {
    const value = query.get(name);
    if (value === null) continue;
    if (isCalendarDay(value)) state[name] = value;
    else complain(`The link's ${name} "${value}" is not a day in the form YYYY-MM-DD; ignored.`);
  }
  const view = query.get("view");
  if (view !== null) {
    const match = VIEW.exec(view);
    const [zoom, lat, lon] = match ? match.slice(1).map(Number) : [];
    if (match && zoom <= 22 && Math.abs(lat) <= 90 && Math.abs(lon) <= 180) {
      state.view = { zoom, lat, lon };
    } else {
      complain(`The link's view "${view}" is not zoom/latitude/longitude; ignored.`);
    }
  }
  const area = query.get("area");
  if (area !== null) {
    if (/^\d+$/.test(area)) state.area = Number(area);
    else complain(`The link's area "${area}" is not an area number; ignored.`);
  }
  const side = query.get("side");
  if (side !== null) {
    if (/^[a-z0-9-]+$/.test(side)) state.side = side;
    else complain(`The link's side "${side}" is not an actor's slug; ignored.`);
  }
  return state;
}

export function viewOf(map) {
  const center = map.getCenter();
  return {
    zoom: map.getZoom(),
    lat: Number(center.lat.toFixed(5)),
    lon: Number(center.lng.toFixed(5)),
  };
}

export function urlFor(state) {
  const url = new URL(window.location.href);
  const query = new URLSearchParams();
  // Keep parameters other pages or helpers add (e.g. a snapshot flag) untouched.
  for (const [key, value] of url.searchParams) {
    if (!["date", "view", "area", "compare", "side"].includes(key)) query.append(key, value);
  }
  if (state.date) query.set("date", state.date);
  if (state.view) query.set("view", `${state.view.zoom}/${state.view.lat}/${state.view.lon}`);
  if (state.area !== null && state.area !== undefined) query.set("area", String(state.area));
  if (state.compare) query.set("compare", state.compare);
  if (state.side) query.set("side", state.side);
  // URLSearchParams escapes "/" in view; the contract writes it plain, like OpenStreetMap.
  url.search = query.toString().replace(/%2F/g, "/");
  return url;
}

// Writes asked for within one frame become one; a push among them stays a push (a reader's step is
// one history entry) and the latest state is written.
const RANK = { replace: 1, push: 2 };

// The history follows the map right after the frame that paints the change, not before it: in a
// step's own task pushState cost 1-9 ms (benchmarks/map_stepping.py, seed scale), most of the
// step's script. `state` is read when written, so the URL says what that frame showed. The
// `mapstate` event goes out at once (it costs nothing). A hidden tab runs no frames: a timer
// writes it there.
//
// write(mode): "push" adds a history entry, "replace" rewrites the current one, "none" leaves
// history (back and forward: the browser has already moved, and a write still pending from
// before would undo that move).
export function createUrlWriter(state, map) {
  let pending = null;
  let timer = null;
  function flush() {
    if (pending === null) return;
    const mode = pending;
    pending = null;
    clearTimeout(timer);
    const url = urlFor(state);
    if (url.href === window.location.href) return;
    if (mode === "push") window.history.pushState(null, "", url);
    else window.history.replaceState(null, "", url);
  }
  return {
    write(mode) {
      announce(state, map);
      if (mode === "none") {
        pending = null;
        clearTimeout(timer);
        return;
      }
      const idle = pending === null;
      if (idle || RANK[mode] > RANK[pending]) pending = mode;
      if (!idle) return;
      requestAnimationFrame(() => setTimeout(flush, 0));
      timer = setTimeout(flush, 100);
    },
  };
}

function announce(state, map) {
  const bounds = map.getBounds();
  const round = (n) => Number(n.toFixed(5));
  const detail = {
    date: state.date || null,
    view: state.view || null,
    bbox: [bounds.getWest(), bounds.getSouth(), bounds.getEast(), bounds.getNorth()].map(round),
    area: state.area ?? null,
    compare: state.compare || null,
    side: state.side || null,
  };
  document.dispatchEvent(new CustomEvent("mapstate", { detail }));
}
