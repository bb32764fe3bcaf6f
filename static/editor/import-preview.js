// The import preview: what the file will create (green), change (orange) or leave (grey), on the
// map's basemap from the style spec (static/style/).

import { basemapStyle, ready } from "../style/style.js";

await ready;

const data = JSON.parse(document.getElementById("import-preview").textContent);
const map = L.map("import-preview-map", { attributionControl: false });
map.createPane("editorBasemap").style.zIndex = 150;
// What an import does to a version, not who holds ground: these are the admin's own colours.
const colours = { create: "#2e7d32", update: "#e65100", unchanged: "#757575" };
const shapes = L.geoJSON(data.features, {
  style: (f) => ({ color: colours[f.properties.action], weight: 2, fillOpacity: 0.3 }),
  // A string tooltip is inserted as HTML; the label comes from the file, so it goes in as text.
  onEachFeature: (f, layer) =>
    layer.bindTooltip(() => {
      const span = document.createElement("span");
      span.textContent = `${f.properties.label}: ${f.properties.action}`;
      return span;
    }),
}).addTo(map);
if (data.features.length) map.fitBounds(shapes.getBounds(), { maxZoom: 10 });
else map.setView([34.8, 40.5], 5);
for (const name of ["countries", "lakes", "rivers"]) {
  fetch(data.basemap[name])
    .then((r) => r.json())
    .then((geo) => L.geoJSON(geo, { ...basemapStyle(name), pane: "editorBasemap", interactive: false }).addTo(map));
}
