// The offline basemap: Natural Earth countries, lakes and rivers served from static/basemap/.
// Country outlines come progressively (tools/basemap_levels.py): the story's region at 1:110m
// first, then the rest of the world, and once zoomed in the cells of a finer level (1:50m, then
// 1:10m) that are in view. Each cell paints its own sea, land and borders, so it simply covers
// the coarser outline beneath.

import { STYLE, applyCssVariables, basemapStyle } from "../style/style.js";
import { fetchJSON, say } from "./util.js";

// Draws the region's outlines at once; refine() adds the rest of the world, water and the finer
// outlines, which the map calls once its first polygons are on screen (on a slow phone they
// would delay them).
export function loadBasemap(map, config) {
  map.createPane("basemap").style.zIndex = 150;
  map.createPane("rivers").style.zIndex = 160;
  // The sea, the legend's swatches and the labels take their colours from the spec via CSS.
  applyCssVariables();
  if (!config.tiles) map.getContainer().classList.add("offline-basemap");
  const region = addLayer(map, config.basemap.region, "countries", "basemap", basemapStyle("countries"));
  let refined = false;
  return {
    drawn: region,
    refine() {
      if (refined) return;
      refined = true;
      region.then(() => {
        addLayer(map, config.basemap.world, "countries", "basemap", basemapStyle("countries"));
        addLayer(map, config.basemap.lakes, "lakes", "rivers", basemapStyle("lakes"));
        addLayer(map, config.basemap.rivers, "rivers", "rivers", basemapStyle("rivers"));
        createLevels(map, config.basemap.levels || []);
      });
    },
  };
}

async function addLayer(map, url, name, pane, style) {
  try {
    const data = await fetchJSON(url);
    L.geoJSON(data, { pane, style, interactive: false, renderer: L.canvas({ pane }) }).addTo(map);
  } catch (err) {
    say(`The offline basemap (${name}) could not be loaded.`);
  }
}

// A cell's parts: its square of sea, its land (no outline: the square's edge is not a coast)
// and its coasts and borders as lines, all in the colours of the spec's countries.
function cellStyle(feature) {
  const countries = basemapStyle("countries");
  const kind = feature.properties.kind;
  if (kind === "borders") return { color: countries.color, weight: countries.weight, fill: false };
  const fillColor = kind === "sea" ? STYLE.basemap.sea : countries.fillColor;
  return { stroke: false, fillColor, fillOpacity: 1 };
}

// Only the finest level the zoom calls for is shown, and only its cells in view are fetched.
// Each kind of part has its own pane, all seas below all land below all borders: neighbouring
// cells overlap a little, and a cell's sea must never cover its neighbour's land.
const KINDS = ["sea", "land", "borders"];

function createLevels(map, levels) {
  const shown = levels.map((level, i) => {
    const renderers = {};
    KINDS.forEach((kind, k) => {
      const name = `basemap-${i}-${kind}`;
      const pane = map.createPane(name);
      pane.style.zIndex = 151 + i * KINDS.length + k;
      pane.style.pointerEvents = "none";
      renderers[kind] = L.canvas({ pane: name });
    });
    return { ...level, renderers, group: L.layerGroup(), requested: new Set() };
  });

  function update() {
    const zoom = map.getZoom();
    const active = shown.filter((level) => zoom >= level.zoom).pop();
    for (const level of shown) {
      if (level === active) level.group.addTo(map);
      else level.group.remove();
    }
    if (active) for (const key of cellsInView(active)) load(active, key);
  }

  function cellsInView(level) {
    const view = map.getBounds().pad(0.1);
    return Object.keys(level.cells).filter((key) => {
      const [x, y] = key.split(",").map(Number);
      return view.intersects(L.latLngBounds([y, x], [y + level.step, x + level.step]));
    });
  }

  async function load(level, key) {
    if (level.requested.has(key)) return;
    level.requested.add(key);
    try {
      const data = await fetchJSON(level.cells[key]);
      for (const feature of data.features) {
        const { kind } = feature.properties;
        const renderer = level.renderers[kind];
        if (!renderer) continue;
        L.geoJSON(feature, { pane: renderer.options.pane, style: cellStyle, interactive: false, renderer })
          .addTo(level.group);
      }
    } catch (err) {
      level.requested.delete(key); // a later move may try again
      say("Detailed country outlines could not be loaded.");
    }
  }

  map.on("moveend", update);
  update();
}
