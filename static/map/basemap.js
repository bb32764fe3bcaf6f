// The offline basemap: Natural Earth countries, lakes and rivers served from static/basemap/.

import { applyCssVariables, basemapStyle } from "../style/style.js";
import { fetchJSON, say } from "./util.js";

export async function loadBasemap(map, config) {
  map.createPane("basemap").style.zIndex = 150;
  map.createPane("rivers").style.zIndex = 160;
  // The sea, the legend's swatches and the labels take their colours from the spec via CSS.
  applyCssVariables();
  if (!config.tiles) map.getContainer().classList.add("offline-basemap");
  const layers = [["countries", "basemap"], ["lakes", "rivers"], ["rivers", "rivers"]];
  await Promise.all(layers.map(async ([name, pane]) => {
    const style = basemapStyle(name);
    try {
      const data = await fetchJSON(config.basemap[name]);
      L.geoJSON(data, { pane, style, interactive: false, renderer: L.canvas({ pane }) }).addTo(map);
    } catch (err) {
      say(`The offline basemap (${name}) could not be loaded.`);
    }
  }));
}
