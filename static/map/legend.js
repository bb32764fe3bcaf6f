// The legend: one toggle per actor (hiding an actor hides its ground, its chart line and its
// gains and losses), and a key to how status and confidence are drawn. An actor and its
// lineage (the YPG, then the SDF) are one side: hiding one hides the other.

import { append } from "./util.js";

export function createLegend(config, onChange) {
  const list = document.getElementById("legend-actors");
  const hidden = new Set();
  const items = new Map();
  const boxes = new Map();
  for (const [slug, actor] of Object.entries(config.actors)) {
    const item = document.createElement("li");
    const label = append(item, "label");
    const box = append(label, "input");
    box.type = "checkbox";
    box.checked = true;
    box.value = slug;
    box.addEventListener("change", () => {
      for (const kin of actor.lineage || [slug]) {
        if (box.checked) hidden.delete(kin);
        else hidden.add(kin);
        if (boxes.has(kin)) boxes.get(kin).checked = box.checked;
      }
      onChange(hidden);
    });
    boxes.set(slug, box);
    const swatch = append(label, "span", null, "swatch");
    swatch.style.background = actor.color;
    append(label, "span", actor.name);
    items.set(slug, item);
  }
  return {
    hidden,
    // Only actors present on the shown date (or hidden by the reader) are listed.
    update(features) {
      const present = new Set(features.map((f) => f.properties.actor));
      list.replaceChildren(
        ...[...items].filter(([slug]) => present.has(slug) || hidden.has(slug)).map(([, li]) => li),
      );
    },
  };
}
