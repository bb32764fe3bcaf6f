// The import preview: what the file will create (green), change (orange) or leave (grey).
(function () {
  "use strict";
  const data = JSON.parse(document.getElementById("import-preview").textContent);
  const map = L.map("import-preview-map", { attributionControl: false });
  map.createPane("editorBasemap").style.zIndex = 150;
  const colours = { create: "#2e7d32", update: "#e65100", unchanged: "#757575" };
  const styles = {
    countries: { color: "#8a8a8a", weight: 0.8, fillColor: "#f3f0e8", fillOpacity: 1 },
    lakes: { color: "#7aa6c8", weight: 0.5, fillColor: "#bcd6ea", fillOpacity: 1 },
    rivers: { color: "#6d9cc4", weight: 1.2, fill: false },
  };
  const shapes = L.geoJSON(data.features, {
    style: (f) => ({ color: colours[f.properties.action], weight: 2, fillOpacity: 0.3 }),
    // A string tooltip is inserted as HTML; the label comes from the file, so it goes in as text.
    onEachFeature: (f, layer) => layer.bindTooltip(() => {
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
      .then((geo) => L.geoJSON(geo, { ...styles[name], pane: "editorBasemap", interactive: false }).addTo(map));
  }
})();
