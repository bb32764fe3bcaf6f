// The admin's map widget: offline basemap, neighbouring versions valid on the same date, and a
// field store that always writes one MultiPolygon (django-leaflet's own drops holes and can
// scramble a multi-part shape on a round trip).
(function () {
  "use strict";

  function polygonsOf(geometry) {
    if (!geometry) return [];
    if (geometry.type === "Polygon") return [geometry.coordinates];
    if (geometry.type === "MultiPolygon") return geometry.coordinates;
    if (geometry.type === "GeometryCollection") return geometry.geometries.flatMap(polygonsOf);
    return [];
  }

  L.EditorMultiPolygonStore = L.FieldStore.extend({
    _serialize: function (layer) {
      const layers = typeof layer.getLayers === "function" ? layer.getLayers() : [layer];
      const parts = layers.flatMap((item) => polygonsOf(item.toGeoJSON(this.options.precision).geometry));
      if (!parts.length) return "";
      return JSON.stringify({ type: "MultiPolygon", coordinates: parts });
    },
    _deserialize: function (value) {
      if (/^\s*$/.test(value)) return null;
      const parts = polygonsOf(JSON.parse(value));
      // One editable layer per part, holes kept: Leaflet.draw edits each part on its own.
      return L.featureGroup(
        parts.map((rings) => L.GeoJSON.geometryToLayer({ type: "Polygon", coordinates: rings }))
      );
    },
  });

  // The map's style spec (static/style/), loaded as an ES module from this classic script: the
  // widget must define its field store before django-leaflet builds the map, so it cannot be a
  // module itself.
  const spec = import(new URL("../style/style.js", document.currentScript.src)).then((m) =>
    m.ready.then(() => m)
  );

  // Leaflet inserts a string tooltip as HTML; names come from editors and files, so they go in
  // as text (issue 11: a territory named <img onerror=…> must not run in a reviewer's session).
  function textElement(value) {
    const span = document.createElement("span");
    span.textContent = value;
    return span;
  }

  function config() {
    const node = document.getElementById("editor-map-config") || document.getElementById("import-preview");
    return node ? JSON.parse(node.textContent) : null;
  }

  async function addBasemap(map, urls) {
    if (!map.getPane("editorBasemap")) map.createPane("editorBasemap").style.zIndex = 150;
    const { basemapStyle } = await spec;
    for (const name of ["countries", "lakes", "rivers"]) {
      const response = await fetch(urls[name]);
      const style = { ...basemapStyle(name), pane: "editorBasemap", interactive: false };
      if (response.ok) L.geoJSON(await response.json(), style).addTo(map);
    }
  }

  async function neighboursLayer(map, settings) {
    if (!map.getPane("editorNeighbours")) map.createPane("editorNeighbours").style.zIndex = 350;
    const { STYLE } = await spec;
    const draft = STYLE.draft;
    const layer = L.geoJSON(null, {
      pane: "editorNeighbours",
      style: (f) => ({
        color: f.properties.color,
        weight: draft.weight,
        dashArray: f.properties.state === "draft" ? draft.dash.join(" ") : null,
        fillOpacity: draft.fill_opacity,
      }),
      onEachFeature: (f, l) => l.bindTooltip(() => textElement(
        `${f.properties.label} — ${f.properties.actor}, ${f.properties.status}, ${f.properties.state}`)),
    }).addTo(map);
    const input = document.getElementById("id_valid_from");
    const status = document.createElement("p");
    status.className = "help editor-neighbours-status";
    map.getContainer().after(status);
    async function refresh() {
      layer.clearLayers();
      if (!input || !/^\d{4}-\d{2}-\d{2}$/.test(input.value)) {
        status.textContent = "Enter valid_from to see the neighbouring versions of that date.";
        return;
      }
      const query = new URLSearchParams({ date: input.value });
      if (settings.exclude) query.set("exclude", settings.exclude);
      const response = await fetch(`${settings.neighbours}?${query}`, { credentials: "same-origin" });
      const data = await response.json();
      if (!response.ok) {
        status.textContent = data.error;
        return;
      }
      layer.addData(data);
      status.textContent = `${data.features.length} other version(s) valid on ${input.value} shown for context (dashed: drafts).`;
    }
    if (input) input.addEventListener("change", refresh);
    refresh();
  }

  window.addEventListener("map:init", function (event) {
    const settings = config();
    if (!settings || !document.getElementById("editor-map-config")) return;
    const map = event.detail.map;
    addBasemap(map, settings.basemap);
    if (settings.neighbours) neighboursLayer(map, settings);
  });
})();
