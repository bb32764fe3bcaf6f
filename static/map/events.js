// Events as markers with dated popups. The map shows the events of the window up to the date
// shown (config.event_window_days, the server's one events window, also used by snapshots and
// the live embed); those since the current change date are drawn larger, as the news of the day.

import { eventMarkerStyle } from "../style/style.js";
import { append, dayNumber, fetchJSON, formatDay, httpUrl, say } from "./util.js";

export async function createEvents(map, config) {
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
    marker.bindPopup(() => popupFor(feature.properties), { maxWidth: 300 });
    marker.feature = feature;
    return marker;
  });
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
      }
      document.body.dataset.eventCount = String(layer.getLayers().length);
    },
  };
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
