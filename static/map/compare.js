// Comparing two dates: the ground each actor gained and lost between them (/api/v1/diff), drawn
// over the map with its km² figures. The earlier of the two dates is always "from".

import { hatchCanvas } from "../style/hatch.js";
import { changeStyle } from "../style/style.js";
import { append, fetchJSON, formatDay, formatKm2 } from "./util.js";

const MAIN_PLACES = 6;

export function createCompare(map, config, onCompare) {
  map.createPane("diff").style.zIndex = 430;
  const renderer = hatchCanvas({ pane: "diff", padding: 0.3 });
  const layer = L.geoJSON(null, {
    pane: "diff",
    renderer,
    interactive: false,
    style: (f) => changeStyle(f.properties.change),
  }).addTo(map);
  const input = document.getElementById("compare-input");
  const results = document.getElementById("compare-results");
  let latest = 0;

  input.addEventListener("change", () => { if (input.value) onCompare(input.value); });
  document.getElementById("compare-clear").addEventListener("click", () => onCompare(null));

  return {
    async show(date, compare, hidden) {
      input.value = compare || "";
      document.getElementById("compare-clear").disabled = !compare;
      const request = ++latest;
      if (!compare) {
        layer.clearLayers();
        results.replaceChildren();
        document.body.dataset.compare = "";
        return;
      }
      const [from, to] = compare <= date ? [compare, date] : [date, compare];
      const url = `${config.api.diff}?from=${from}&to=${to}`;
      const data = await fetchJSON(url);
      if (request !== latest) return;
      const features = data.features.filter((f) => !hidden.has(f.properties.actor));
      layer.clearLayers();
      layer.addData(features);
      results.replaceChildren();
      append(results, "li", `From ${formatDay(from)} to ${formatDay(to)}:`, "heading");
      const byActor = new Map();
      for (const f of features) {
        const row = byActor.get(f.properties.actor_name) || { gained: 0, lost: 0 };
        row[f.properties.change] += f.properties.area_km2;
        byActor.set(f.properties.actor_name, row);
      }
      append(results, "li", "Held ground (controlled, contested, besieged); presence is not counted.", "note");
      for (const [name, row] of byActor) {
        const item = append(results, "li", `${name}: `);
        append(item, "span", `gained ${formatKm2(row.gained)}`, "gained");
        item.append(", ");
        append(item, "span", `lost ${formatKm2(row.lost)}`, "lost");
      }
      if (!byActor.size) append(results, "li", "No ground changed hands between these dates.");
      // The main places that changed hands, told by place (mapapp/speech).
      const places = await fetchJSON(`${config.api.changes}?date=${to}&since=${from}`);
      if (request !== latest) return;
      if (places.lines.length) {
        append(results, "li", "Main places that changed hands:", "heading");
        for (const line of places.lines.slice(0, MAIN_PLACES)) append(results, "li", line, "place");
      }
      document.body.dataset.compare = `${from}/${to}`;
    },
  };
}
