// Events as markers with dated popups. The map shows the events of the window up to the date
// shown (config.event_window_days, the server's one events window, also used by snapshots and
// the live embed); those since the current change date are drawn larger, as the news of the day.

import { append, dayNumber, fetchJSON, formatDay, say } from "./util.js";

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
    const marker = L.circleMarker([lat, lon], { pane: "events", radius: 6, color: "#fff", weight: 2, fillColor: "#b2182b", fillOpacity: 1 });
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
        marker.setRadius(epoch && p.date >= epoch ? 8 : 5);
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
    const link = append(item, source.url ? "a" : "span", `${source.publisher}: ${source.title}`);
    if (source.url) {
      link.href = source.url;
      link.target = "_blank";
      link.rel = "noopener noreferrer";
    }
  }
  return root;
}
