// Export the map's label ranking (static/map/labels.js, rankPlaces) into static/basemap/labels.json.
//
// The ranking has one definition, labels.js's; this runs it on the gazetteer
// (static/basemap/places.json) so that the embed and the server-rendered snapshot images read
// its result instead of a second copy of the rule: the embed hands the ranked places to
// labels.js's createLabels, the image renderer (mapapp/snapshots/labels.py) places them by the
// same collision rule. A browser test checks that the file is what rankPlaces gives today.
//
//     node tools/export_label_ranking.mjs
//
// Rerun it (and commit the result) after changing places.json or the ranking in labels.js.

import { readFile, writeFile } from "node:fs/promises";

const root = new URL("../", import.meta.url);
const source = await readFile(new URL("static/map/labels.js", root), "utf8");
// labels.js is a browser module with no package.json around it: import it from its text.
const labels = await import(`data:text/javascript,${encodeURIComponent(source)}`);
const places = JSON.parse(await readFile(new URL("static/basemap/places.json", root), "utf8"));
const rows = labels.rankedForExport(places);
const text = `[\n${rows.map((row) => JSON.stringify(row)).join(",\n")}\n]\n`;
await writeFile(new URL("static/basemap/labels.json", root), text);
console.log(`static/basemap/labels.json: ${rows.length} of ${places.length} places, ranked`);
