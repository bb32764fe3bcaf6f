// What the map says comes from the server's rules of speech (mapapp/speech): the summary,
// "what changed" told by place, a place's history, place search. Nothing is worded here.

import { append, fetchJSON, formatDay } from "./util.js";

const PLACE_LINES = 12;

// `side`: the actor whose side is told first (null: the story's, Islamic State).
export async function loadSummary(config, date, side) {
  const actor = side ? `&actor=${encodeURIComponent(side)}` : "";
  return fetchJSON(`${config.api.summary}?date=${date}${actor}`);
}

// "Mosul: Islamic State → no one mapped", each a button opening the place's history. An answer
// that comes once the reader has moved on (`current()` false) is dropped: a slow answer for an
// earlier date must not fill the list of a later one.
export async function renderPlaceChanges(config, epoch, openPlace, current = () => true) {
  const list = document.getElementById("changes-places");
  const body = epoch ? await fetchJSON(`${config.api.changes}?date=${epoch}`) : { places: [] };
  if (!current()) return;
  list.replaceChildren();
  list.removeAttribute("aria-busy");
  body.places.slice(0, PLACE_LINES).forEach((place, i) => {
    const button = append(append(list, "li"), "button", body.lines[i]);
    button.type = "button";
    button.addEventListener("click", () => openPlace(place.id));
  });
  if (body.places.length > PLACE_LINES) append(list, "li", `and ${body.places.length - PLACE_LINES} smaller places`, "more");
  document.body.dataset.placeChanges = String(body.places.length);
}

export async function openPlaceHistory(config, id, goTo) {
  const panel = document.getElementById("place-panel");
  const body = await fetchJSON(`${config.api.places}/${encodeURIComponent(id)}/history`);
  panel.hidden = false;
  document.getElementById("place-title").textContent = body.place.name;
  const content = document.getElementById("place-body");
  content.replaceChildren();
  append(content, "p", body.text, "place-text");
  const list = append(content, "ol", null, "place-intervals");
  for (const interval of body.intervals) {
    const item = append(list, "li");
    const span = interval.valid_to ? `${formatDay(interval.valid_from)} to ${formatDay(interval.valid_to)}` : `from ${formatDay(interval.valid_from)}`;
    const jump = append(item, "button", `${interval.actor_name} (${interval.status}), ${span}`);
    jump.type = "button";
    jump.addEventListener("click", () => goTo(interval.valid_from, "push"));
    const sources = append(item, "ul", null, "sources");
    for (const source of interval.sources) {
      const li = append(sources, "li");
      const label = `${source.publisher}: ${source.title}`;
      if (source.url) {
        const link = append(li, "a", label);
        link.href = source.url;
        link.rel = "noopener noreferrer";
        link.target = "_blank";
      } else {
        li.textContent = label;
      }
    }
  }
  document.getElementById("place-close").onclick = () => { panel.hidden = true; };
  document.body.dataset.placeHistory = id;
  document.getElementById("place-title").focus();
  return body.place;
}

// Search through the API (spellings and transliterations match); no match is said visibly,
// with the nearest spellings.
export async function searchPlace(config, text) {
  const body = await fetchJSON(`${config.api.places}?q=${encodeURIComponent(text)}&limit=5`);
  const status = document.getElementById("place-message");
  status.replaceChildren();
  status.hidden = Boolean(body.places.length);
  if (!body.places.length) {
    status.append(`No place called “${text}”.`);
    if (body.nearest.length) status.append(` Nearest spellings: ${body.nearest.join(", ")}.`);
  }
  return body.places[0] || null;
}
