// Held ground over time of one side (side.js: Islamic State unless the reader picks another),
// from /api/v1/stats/area (whose default is held ground). Islamic State is drawn twice:
// Syria–Iraq, and its provinces abroad (dashed), so a province's growth never reads as a
// resurgence of the core. Axis values, a legend, and a
// read-out of date and km² on hover or keyboard focus. Clicking moves the map to that date.

import { dayNumber, fetchJSON, formatDay, formatKm2, indexOnOrBefore, isoOfDay } from "./util.js";

const SVG = "http://www.w3.org/2000/svg";
const STORY = "islamic-state";
const W = 600;
const H = 190;
const PAD = { left: 68, right: 8, top: 12, bottom: 18 };

function el(parent, tag, attrs) {
  const node = document.createElementNS(SVG, tag);
  for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, String(value));
  parent.appendChild(node);
  return node;
}

// The side's held ground (its predecessors' included, by the server's lineage rule). Islamic
// State, the story, is drawn twice: Syria–Iraq, and its provinces abroad (dashed).
async function loadSeries(config, side) {
  const slug = side || STORY;
  if (!config.actors[slug]) return []; // an archive without the story's actor: nothing to draw
  const url = `${config.api.stats_area}?actor=${encodeURIComponent(slug)}`;
  const rows = await fetchJSON(url);
  const { color } = config.actors[slug];
  const named = config.sides.find((s) => s.slug === slug);
  const name = named ? named.name : config.actors[slug].name;
  if (slug !== STORY) return [{ key: slug, actor: slug, name, color, rows }];
  const core = await fetchJSON(`${url}&country=SY,IQ`);
  const abroad = rows.map((r, i) => ({ date: r.date, area_km2: Math.max(0, r.area_km2 - core[i].area_km2) }));
  const series = [{ key: `${slug}-core`, actor: slug, name: `${name}, Syria–Iraq`, color, rows: core }];
  if (abroad.some((r) => r.area_km2 > 0)) {
    series.push({ key: `${slug}-abroad`, actor: slug, name: `${name}, abroad`, color, rows: abroad, dashed: true });
  }
  return series;
}

function niceMax(value) {
  const step = 10 ** Math.floor(Math.log10(value));
  return Math.ceil(value / step) * step;
}

export async function createChart(config, dates, goTo, side) {
  const svg = document.getElementById("area-chart");
  svg.setAttribute("tabindex", "0");
  const readout = document.getElementById("chart-readout");
  const legend = document.getElementById("chart-legend");
  let series = await loadSeries(config, side);
  const first = dayNumber(dates[0]);
  const span = Math.max(dayNumber(dates[dates.length - 1]) - first, 1);
  const x = (day) => PAD.left + ((dayNumber(day) - first) / span) * (W - PAD.left - PAD.right);
  let hidden = new Set();
  let cursorDay = dates[dates.length - 1];
  let readIndex = dates.length - 1;
  const visible = () => series.filter((s) => !hidden.has(s.actor));

  function axes(max, y) {
    for (const value of [0, max / 2, max]) {
      el(svg, "line", { x1: PAD.left, x2: W - PAD.right, y1: y(value), y2: y(value), class: value ? "grid" : "axis" });
      el(svg, "text", { x: PAD.left - 4, y: y(value) + 4, class: "label end" }).textContent = formatKm2(value);
    }
    const [start, end] = [Number(dates[0].slice(0, 4)), Number(dates[dates.length - 1].slice(0, 4))];
    for (let year = start + 1; year <= end; year += 1) {
      const at = x(`${year}-01-01`);
      el(svg, "line", { x1: at, x2: at, y1: H - PAD.bottom, y2: H - PAD.bottom + 4, class: "axis" });
      el(svg, "text", { x: at, y: H - 4, class: "label middle" }).textContent = String(year);
    }
  }

  function draw() {
    svg.setAttribute("viewBox", `0 0 ${W} ${H}`);
    svg.replaceChildren();
    const shown = visible();
    const max = niceMax(Math.max(1, ...shown.flatMap((s) => s.rows.map((r) => r.area_km2))));
    const y = (v) => H - PAD.bottom - (v / max) * (H - PAD.top - PAD.bottom);
    axes(max, y);
    for (const s of shown) {
      // Step after: the area holds until the next change date.
      const points = s.rows.flatMap((r, i) => {
        const next = s.rows[i + 1];
        return next ? [[x(r.date), y(r.area_km2)], [x(next.date), y(r.area_km2)]] : [[x(r.date), y(r.area_km2)]];
      });
      const line = el(svg, "polyline", {
        points: points.map((p) => p.join(",")).join(" "),
        stroke: s.color,
        class: s.dashed ? "series dashed" : "series",
        "data-actor": s.actor,
        "data-series": s.key,
      });
      el(line, "title", {}).textContent = s.name;
    }
    el(svg, "line", { x1: x(cursorDay), x2: x(cursorDay), y1: PAD.top, y2: H - PAD.bottom, class: "cursor", id: "chart-cursor" });
    svg.setAttribute("aria-label", `Held ground over time: ${shown.map((s) => s.name).join(", ") || "no actor"}. Focus and use the arrow keys to read the values.`);
    legend.replaceChildren(...shown.map((s) => {
      const item = document.createElement("li");
      const swatch = document.createElement("span");
      swatch.className = s.dashed ? "line-swatch dashed" : "line-swatch";
      swatch.style.borderColor = s.color;
      item.append(swatch, ` ${s.name}`);
      return item;
    }));
  }

  function read(index) {
    readIndex = Math.min(Math.max(index, 0), dates.length - 1);
    const day = dates[readIndex];
    const values = visible().map((s) => `${s.name} ${formatKm2(s.rows[readIndex] ? s.rows[readIndex].area_km2 : 0)}`);
    readout.textContent = `${formatDay(day)}: ${values.join("; ")}`;
  }

  function dayAt(clientX) {
    const box = svg.getBoundingClientRect();
    const fraction = ((clientX - box.left) / box.width * W - PAD.left) / (W - PAD.left - PAD.right);
    return isoOfDay(first + Math.round(Math.min(Math.max(fraction, 0), 1) * span));
  }

  svg.addEventListener("mousemove", (event) => read(Math.max(indexOnOrBefore(dates, dayAt(event.clientX)), 0)));
  svg.addEventListener("focus", () => read(Math.max(indexOnOrBefore(dates, cursorDay), 0)));
  svg.addEventListener("keydown", (event) => {
    if (event.key === "ArrowLeft" || event.key === "ArrowRight") {
      event.preventDefault();
      read(readIndex + (event.key === "ArrowRight" ? 1 : -1));
    } else if (event.key === "Enter") {
      goTo(dates[readIndex], "push");
    }
  });
  svg.addEventListener("click", (event) => {
    goTo(dates[Math.max(indexOnOrBefore(dates, dayAt(event.clientX)), 0)], "push");
  });

  draw();
  return {
    moveCursor(day) {
      cursorDay = day;
      const cursor = document.getElementById("chart-cursor");
      if (cursor) {
        cursor.setAttribute("x1", String(x(day)));
        cursor.setAttribute("x2", String(x(day)));
      }
    },
    setHidden(set) {
      hidden = set;
      draw();
    },
    async setSide(slug) {
      series = await loadSeries(config, slug);
      draw();
    },
  };
}
