// Small helpers shared by the map's modules: fetching, dates, numbers, DOM building, notices.

import { notify } from "./notices.js";

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August",
  "September", "October", "November", "December"];
const DAY_MS = 86400000;

// A failed request says what failed in words a reader can use: a proxy's HTML error page is
// "the server did not answer (HTTP 502)", not "Unexpected token '<'". err.retry tells whether
// asking again may help (the server or network failed, not the request).
export async function fetchJSON(url) {
  let response;
  try {
    response = await fetch(url, { headers: { Accept: "application/json" } });
  } catch (err) {
    throw failure("the connection failed", true);
  }
  let body = null;
  try {
    body = await response.json();
  } catch (err) {
    throw failure(`the server did not answer properly (HTTP ${response.status})`, true);
  }
  if (!response.ok) throw failure(body.error || `HTTP ${response.status}`, response.status >= 500);
  return body;
}

function failure(message, retry) {
  const err = new Error(message);
  err.retry = retry;
  return err;
}

// Date.parse rolls 2019-02-30 over to 2 March; a real day survives the round trip unchanged.
export function isCalendarDay(value) {
  if (typeof value !== "string" || !ISO_DATE.test(value)) return false;
  const parsed = new Date(value + "T00:00:00Z");
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
}

export function dayNumber(iso) {
  return Math.round(Date.parse(iso + "T00:00:00Z") / DAY_MS);
}

export function isoOfDay(number) {
  return new Date(number * DAY_MS).toISOString().slice(0, 10);
}

export function formatDay(iso, precision = "day") {
  const [y, m, d] = iso.split("-").map(Number);
  if (precision === "year") return String(y);
  if (precision === "month") return `${MONTHS[m - 1]} ${y}`;
  return `${d} ${MONTHS[m - 1]} ${y}`;
}

// Made once: toLocaleString with options builds a formatter per call, which cost a list of a
// hundred areas ~1 ms an area on a loaded machine (a trace of stepping).
const KM2_FORMATS = [0, 1].map((digits) => new Intl.NumberFormat("en", { maximumFractionDigits: digits }));

export function formatKm2(value) {
  const n = Number(value);
  return `${KM2_FORMATS[n < 10 ? 1 : 0].format(n)} km²`;
}

// Binary search over sorted ISO dates: the index of the latest one on or before `day`, or -1.
export function indexOnOrBefore(dates, day) {
  let low = 0;
  let high = dates.length - 1;
  let found = -1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    if (dates[mid] <= day) {
      found = mid;
      low = mid + 1;
    } else {
      high = mid - 1;
    }
  }
  return found;
}

// Only http(s) addresses become links: a `javascript:` URL must stay text (mapapp/links.py holds
// the same rule for the server, and the database refuses other schemes; snapshots frozen before
// that rule may still carry one).
export function httpUrl(value) {
  return typeof value === "string" && /^https?:\/\/[^\s\x00-\x20\x7f]+$/i.test(value) ? value : "";
}

export function append(parent, tag, text, className) {
  const el = document.createElement(tag);
  if (text !== undefined && text !== null) el.textContent = text;
  if (className) el.className = className;
  parent.appendChild(el);
  return el;
}

// Notices add up rather than replace each other (a basemap failure must not hide a bad link),
// but the same words are said once: see notices.js.
export function say(text, key = text) {
  notify(key, text);
}
