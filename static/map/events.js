// Events as markers with dated popups. The map shows the events of the window up to the date
// shown (config.event_window_days, the server's one events window, also used by snapshots and
// the live embed); those since the current change date are drawn larger, as the news of the day.
// Events must not steal the story: a marker that would sit on an area smaller on screen than
// SMALL_AREA_PX (a besieged pocket under its own "captured" dot) is drawn beside it, and a
// click on a marker that still lands on such an area goes to the area.
// Each marker is a focusable button for the keyboard: Tab reaches it, Enter opens it.

import { eventMarkerStyle } from "../style/style.js";
import { append, dayNumber, fetchJSON, formatDay, httpUrl, say } from "./util.js";

const SMALL_AREA_PX = 48;

// areaAt(containerPoint) → { id, size } of the smallest area there; selectArea(id) opens it.
export async function createEvents(map, config, areaAt = () => null, selectArea = () => {}) {
  map.createPane("events").style.zIndex = 460;
  const layer = L.layerGroup().addTo(map);
  let events = [];
  try {
    events = (await fetchJSON(config.api.events)).features;
  } catch (err) {
    say("The events could not be loaded.");
  }
  const markers = events.map((feature) => {
    const [lon, lat] = feature.geometry.coordinates;
    const marker = L.circleMarker([lat, lon], { ...eventMarkerStyle(), pane: "events" });
    marker.home = L.latLng(lat, lon);
    const popup = L.popup({ maxWidth: 300 }).setLatLng([lat, lon]);
    const open = () => popup.setContent(popupFor(feature.properties)).openOn(map);
    marker.on("click", (e) => {
      const area = areaAt(e.containerPoint);
      if (area && area.size < SMALL_AREA_PX) selectArea(area.id);
      else open();
    });
    marker.on("add", () => makeFocusable(marker.getElement(), feature.properties, open));
    marker.feature = feature;
    return marker;
  });
  // Beside, not on: up and to the right of any small area, until the dot is clear of them.
  function placeAside(marker) {
    let point = map.latLngToContainerPoint(marker.home);
    for (let tries = 0; tries < 4; tries += 1) {
      const area = areaAt(point);
      if (!area || area.size >= SMALL_AREA_PX) break;
      const step = area.size / 2 + marker.getRadius() + 4;
      point = point.add([step, -step]);
    }
    marker.setLatLng(map.containerPointToLatLng(point));
  }
  map.on("zoomend", () => layer.eachLayer(placeAside));
  return {
    events,
    show(day, epoch) {
      layer.clearLayers();
      const today = dayNumber(day);
      for (const marker of markers) {
        const p = marker.feature.properties;
        const age = today - dayNumber(p.date);
        if (age < 0 || age > config.event_window_days) continue;
        // The news of the day (since the current change date) is drawn larger.
        const radius = eventMarkerStyle().radius;
        marker.setRadius(epoch && p.date >= epoch ? radius + 3 : radius);
        layer.addLayer(marker);
        placeAside(marker);
      }
      document.body.dataset.eventCount = String(layer.getLayers().length);
    },
  };
}

function makeFocusable(element, p, open) {
  if (!element || element.dataset.focusable) return;
  element.dataset.focusable = "1";
  element.setAttribute("tabindex", "0");
  element.setAttribute("role", "button");
  element.setAttribute("aria-label", `Event, ${formatDay(p.date, p.date_precision)}: ${p.title}`);
  element.addEventListener("keydown", (event) => {
    if (event.key !== "Enter" && event.key !== " ") return;
    event.preventDefault();
    open();
  });
}

function popupFor(p) {
  const root = document.createElement("div");
  root.className = "event-popup";
  append(root, "p", formatDay(p.date, p.date_precision), "event-date");
  append(root, "h3", p.title);
  if (p.description) append(root, "p", p.description);
  const list = append(root, "ul");
  for (const source of p.sources) {
    const item = append(list, "li");
    const href = httpUrl(source.url);
    const link = append(item, href ? "a" : "span", `${source.publisher}: ${source.title}`);
    if (href) {
      link.href = href;
      link.target = "_blank";
      link.rel = "noopener noreferrer";
    }
  }
  return root;
}
