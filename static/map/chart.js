// Area over time, one line per actor, from /api/v1/stats/area. The cursor follows the slider;
// clicking the chart moves the map to the change date at or before the clicked day.

import { dayNumber, fetchJSON, formatKm2, indexOnOrBefore, isoOfDay } from "./util.js";

const SVG = "http://www.w3.org/2000/svg";
const HELD = "controlled,contested,besieged";
const W = 600;
const H = 180;
const PAD = { left: 8, right: 8, top: 20, bottom: 16 };

function el(parent, tag, attrs) {
  const node = document.createElementNS(SVG, tag);
  for (const [key, value] of Object.entries(attrs)) node.setAttribute(key, String(value));
  parent.appendChild(node);
  return node;
}

export async function createChart(config, dates, goTo) {
  const svg = document.getElementById("area-chart");
  const series = {};
  await Promise.all(Object.keys(config.actors).map(async (slug) => {
    // Held ground: claims and insurgent presence are not territory held.
    const url = `${config.api.stats_area}?actor=${encodeURIComponent(slug)}&status=${HELD}`;
    const rows = await fetchJSON(url);
    if (rows.some((r) => r.area_km2 > 0)) series[slug] = rows;
  }));
  const first = dayNumber(dates[0]);
  const span = Math.max(dayNumber(dates[dates.length - 1]) - first, 1);
  const x = (day) => PAD.left + ((dayNumber(day) - first) / span) * (W - PAD.left - PAD.right);
  let hidden = new Set();
  let cursorDay = dates[dates.length - 1];

  function draw() {
    svg.setAttribute("viewBox", `0 0 ${W} ${H}`);
    svg.replaceChildren();
    const visible = Object.entries(series).filter(([slug]) => !hidden.has(slug));
    const max = Math.max(1, ...visible.flatMap(([, rows]) => rows.map((r) => r.area_km2)));
    const y = (v) => H - PAD.bottom - (v / max) * (H - PAD.top - PAD.bottom);
    el(svg, "line", { x1: PAD.left, x2: W - PAD.right, y1: y(0), y2: y(0), class: "axis" });
    el(svg, "text", { x: PAD.left, y: 12, class: "label" }).textContent = `max ${formatKm2(max)}`;
    el(svg, "text", { x: PAD.left, y: H - 2, class: "label" }).textContent = dates[0].slice(0, 4);
    el(svg, "text", { x: W - PAD.right, y: H - 2, class: "label end" }).textContent = dates[dates.length - 1].slice(0, 4);
    for (const [slug, rows] of visible) {
      // Step after: the area holds until the next change date.
      const points = rows.flatMap((r, i) => {
        const next = rows[i + 1];
        return next ? [[x(r.date), y(r.area_km2)], [x(next.date), y(r.area_km2)]] : [[x(r.date), y(r.area_km2)]];
      });
      const line = el(svg, "polyline", {
        points: points.map((p) => p.join(",")).join(" "),
        stroke: config.actors[slug].color,
        class: "series",
        "data-actor": slug,
      });
      el(line, "title", {}).textContent = config.actors[slug].name;
    }
    el(svg, "line", { x1: x(cursorDay), x2: x(cursorDay), y1: PAD.top - 6, y2: H - PAD.bottom, class: "cursor", id: "chart-cursor" });
    const names = visible.map(([slug]) => config.actors[slug].name).join(", ");
    svg.setAttribute("aria-label", `Area held over time by ${names || "no actor"}; the line marks the date shown.`);
  }

  svg.addEventListener("click", (event) => {
    const box = svg.getBoundingClientRect();
    const fraction = ((event.clientX - box.left) / box.width * W - PAD.left) / (W - PAD.left - PAD.right);
    const day = isoOfDay(first + Math.round(Math.min(Math.max(fraction, 0), 1) * span));
    goTo(dates[Math.max(indexOnOrBefore(dates, day), 0)], "push");
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
  };
}
