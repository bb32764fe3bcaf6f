// Whose side the summary and the chart tell: Islamic State's by default (the story), any other
// side's on request (?side=<slug>). The server lists the sides (config.sides), one per lineage
// under its latest name, so the YPG and the SDF are one choice.

export const STORY = "islamic-state";

export function createSidePicker(config, current, onChange) {
  const select = document.getElementById("side-actor");
  for (const side of config.sides) {
    const option = document.createElement("option");
    option.value = side.slug;
    option.textContent = side.name;
    select.append(option);
  }
  select.value = known(config, current) ? current : STORY;
  select.addEventListener("change", () => onChange(select.value === STORY ? null : select.value));
  return {
    set(slug) {
      select.value = known(config, slug) ? slug : STORY;
    },
  };
}

// A link may name an actor that is a predecessor (ypg): its side is its lineage's latest name.
export function sideOf(config, slug) {
  if (!slug || !config.actors[slug]) return null;
  const chain = config.actors[slug].lineage;
  return chain[chain.length - 1];
}

function known(config, slug) {
  return Boolean(slug) && config.sides.some((side) => side.slug === slug);
}
