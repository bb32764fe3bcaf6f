// What the map fetches once its first polygons are on screen (map.js imports this module then):
// the panels, the chart, the events, the place labels and search, the summary and the phone's
// sheet. Fetched and compiled before the first paint, they delayed it on a slow phone
// (benchmarks/first_paint.py); nothing here draws the areas or the basemap.

export { createChart } from "./chart.js";
export { createEvents } from "./events.js";
export { renderArea, renderChanges, renderTiledAreas, renderTiledChanges } from "./panels.js";
export { createPlaces, loadPlaces, searchFromForm } from "./places.js";
export { keepAboveSheet } from "./sheet.js";
export { loadSummary, openPlaceHistory, renderPlaceChanges } from "./speech.js";
export { renderSummary, setUpCopy } from "./summary.js";
