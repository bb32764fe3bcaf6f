// The offline basemap: Natural Earth countries, lakes and rivers served from static/basemap/.

import { fetchJSON, say } from "./util.js";

export async function loadBasemap(map, config) {
  map.createPane("basemap").style.zIndex = 150;
  map.createPane("rivers").style.zIndex = 160;
  if (!config.tiles) map.getContainer().classList.add("offline-basemap");
  const layers = [
    ["countries", "basemap", { color: "#8a8a8a", weight: 0.8, fillColor: "#f3f0e8", fillOpacity: 1 }],
    ["lakes", "rivers", { color: "#7aa6c8", weight: 0.5, fillColor: "#bcd6ea", fillOpacity: 1 }],
    ["rivers", "rivers", { color: "#6d9cc4", weight: 1.2, fill: false }],
  ];
  await Promise.all(layers.map(async ([name, pane, style]) => {
    try {
      const data = await fetchJSON(config.basemap[name]);
      L.geoJSON(data, { pane, style, interactive: false, renderer: L.canvas({ pane }) }).addTo(map);
    } catch (err) {
      say(`The offline basemap (${name}) could not be loaded.`);
    }
  }));
}
