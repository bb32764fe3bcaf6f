// The timeline: a slider over time that snaps to change dates, a strip showing where changes are
// dense, previous/next/first/last, play and pause at a chosen speed, and a date picker.
//
// The slider's value is a day count, so its ticks sit where the changes happened in time and a
// dense stretch looks dense. Keys move from change to change (never through empty frames).

import { dayNumber, indexOnOrBefore, isCalendarDay, isoOfDay } from "./util.js";

const SVG = "http://www.w3.org/2000/svg";

export function createTimeline(dates, goTo) {
  const slider = document.getElementById("date-slider");
  const picker = document.getElementById("date-input");
  const play = document.getElementById("play");
  const speed = document.getElementById("speed");
  const first = dayNumber(dates[0]);
  let current = dates[dates.length - 1];
  let timer = null;
  let dragging = false;

  slider.min = "0";
  slider.max = String(Math.max(dayNumber(dates[dates.length - 1]) - first, 1));
  picker.min = dates[0];
  picker.max = dates[dates.length - 1];
  drawDensity(dates, first, Number(slider.max));

  const indexOf = (day) => Math.max(indexOnOrBefore(dates, day), 0);
  const stepTo = (index, mode = "push") => goTo(dates[Math.min(Math.max(index, 0), dates.length - 1)], mode);
  const step = (delta, mode) => {
    const at = indexOnOrBefore(dates, current);
    // Before the first change "next" goes to the first change.
    stepTo(at < 0 && delta > 0 ? 0 : at + delta, mode);
  };

  slider.addEventListener("keydown", (event) => {
    const moves = { ArrowRight: 1, ArrowUp: 1, PageUp: 1, ArrowLeft: -1, ArrowDown: -1, PageDown: -1 };
    if (event.key in moves) step(moves[event.key]);
    else if (event.key === "Home") stepTo(0);
    else if (event.key === "End") stepTo(dates.length - 1);
    else return;
    event.preventDefault();
  });
  // Home and End reach the first and last change from anywhere on the page, except where they
  // edit text or choose an option.
  document.addEventListener("keydown", (event) => {
    if (!["Home", "End"].includes(event.key) || event.defaultPrevented) return;
    if (event.target.closest("input, select, textarea, [contenteditable]")) return;
    stepTo(event.key === "Home" ? 0 : dates.length - 1);
    event.preventDefault();
  });
  // A drag is one history entry: the first move pushes, the rest rewrite it.
  slider.addEventListener("pointerdown", () => { dragging = false; });
  slider.addEventListener("input", () => {
    const day = isoOfDay(first + slider.valueAsNumber);
    stepTo(nearest(dates, day), dragging ? "replace" : "push");
    dragging = true;
  });
  slider.addEventListener("change", () => { dragging = false; });
  document.getElementById("prev-change").addEventListener("click", () => step(-1));
  document.getElementById("next-change").addEventListener("click", () => step(1));
  document.getElementById("first-change").addEventListener("click", () => stepTo(0));
  document.getElementById("last-change").addEventListener("click", () => stepTo(dates.length - 1));
  picker.addEventListener("change", () => {
    if (isCalendarDay(picker.value)) goTo(picker.value, "push");
  });

  function stop() {
    clearTimeout(timer);
    timer = null;
    play.setAttribute("aria-pressed", "false");
    play.textContent = "▶ Play";
    play.setAttribute("aria-label", "Play: step through the changes");
  }

  // Each frame waits for the previous date to be painted, then for the chosen interval.
  async function tick() {
    const at = indexOf(current);
    if (at >= dates.length - 1) return stop();
    await goTo(dates[at + 1], "replace");
    if (timer !== null) timer = setTimeout(tick, Number(speed.value));
  }

  play.addEventListener("click", () => {
    if (timer !== null) return stop();
    // Playing from the end starts again from the beginning.
    if (indexOf(current) >= dates.length - 1) goTo(dates[0], "push");
    play.setAttribute("aria-pressed", "true");
    play.textContent = "❚❚ Pause";
    play.setAttribute("aria-label", "Pause");
    timer = setTimeout(tick, Number(speed.value));
  });

  return {
    show(day, label) {
      current = day;
      slider.value = String(Math.min(Math.max(dayNumber(day) - first, 0), Number(slider.max)));
      slider.setAttribute("aria-valuetext", label);
      picker.value = day;
    },
    stop,
  };
}

// The index of the change date nearest to `day` in time.
function nearest(dates, day) {
  const at = indexOnOrBefore(dates, day);
  if (at < 0) return 0;
  if (at >= dates.length - 1) return dates.length - 1;
  const target = dayNumber(day);
  return target - dayNumber(dates[at]) <= dayNumber(dates[at + 1]) - target ? at : at + 1;
}

function drawDensity(dates, first, span) {
  const strip = document.getElementById("density");
  strip.setAttribute("viewBox", "0 0 1000 10");
  strip.setAttribute("preserveAspectRatio", "none");
  strip.replaceChildren();
  for (const day of dates) {
    const tick = document.createElementNS(SVG, "rect");
    tick.setAttribute("x", String(((dayNumber(day) - first) / span) * 998));
    tick.setAttribute("width", "2");
    tick.setAttribute("height", "10");
    strip.appendChild(tick);
  }
  document.getElementById("timeline-range").textContent =
    `${dates.length} change dates, ${dates[0]} to ${dates[dates.length - 1]}`;
}
