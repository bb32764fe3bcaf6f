// The timeline: a slider over time that snaps to change dates, a strip showing where changes are
// dense, previous/next/first/last, play and pause at a chosen speed, and a date picker.
//
// The slider's value is a day count, so its ticks sit where the changes happened in time and a
// dense stretch looks dense. Keys move from change to change (never through empty frames).

import { dayNumber, indexOnOrBefore, isCalendarDay, isoOfDay } from "./util.js";

const SVG = "http://www.w3.org/2000/svg";
const KEY_STEPS = { ArrowRight: 1, ArrowUp: 1, PageUp: 1, ArrowLeft: -1, ArrowDown: -1, PageDown: -1 };

export function createTimeline(dates, goTo) {
  const slider = document.getElementById("date-slider");
  const picker = document.getElementById("date-input");
  const first = dayNumber(dates[0]);
  const stepper = createStepper(dates, goTo);
  slider.min = "0";
  slider.max = String(Math.max(dayNumber(dates[dates.length - 1]) - first, 1));
  picker.min = dates[0];
  picker.max = dates[dates.length - 1];
  drawDensity(dates, first, Number(slider.max));
  bindSlider(slider, dates, first, stepper);
  bindButtons(stepper);
  picker.addEventListener("change", () => {
    if (isCalendarDay(picker.value)) goTo(picker.value, "push");
  });
  const player = createPlayer(dates, goTo, stepper);
  return {
    show(day, label) {
      stepper.current = day;
      slider.value = String(Math.min(Math.max(dayNumber(day) - first, 0), Number(slider.max)));
      slider.setAttribute("aria-valuetext", label);
      picker.value = day;
    },
    stop: player.stop,
  };
}

// Moves between change dates; `current` is the day shown, kept in step by show().
function createStepper(dates, goTo) {
  const last = dates.length - 1;
  return {
    current: dates[last],
    to(index, mode = "push") {
      return goTo(dates[Math.min(Math.max(index, 0), last)], mode);
    },
    by(delta, mode) {
      const at = indexOnOrBefore(dates, this.current);
      // Before the first change "next" goes to the first change.
      return this.to(at < 0 && delta > 0 ? 0 : at + delta, mode);
    },
    first() { return this.to(0); },
    last() { return this.to(last); },
  };
}

function bindSlider(slider, dates, first, stepper) {
  let dragging = false;
  slider.addEventListener("keydown", (event) => {
    if (event.key in KEY_STEPS) stepper.by(KEY_STEPS[event.key]);
    else if (event.key === "Home") stepper.first();
    else if (event.key === "End") stepper.last();
    else return;
    event.preventDefault();
  });
  // A drag is one history entry: the first move pushes, the rest rewrite it.
  slider.addEventListener("pointerdown", () => { dragging = false; });
  slider.addEventListener("input", () => {
    const day = isoOfDay(first + slider.valueAsNumber);
    stepper.to(nearest(dates, day), dragging ? "replace" : "push");
    dragging = true;
  });
  slider.addEventListener("change", () => { dragging = false; });
}

function bindButtons(stepper) {
  document.getElementById("prev-change").addEventListener("click", () => stepper.by(-1));
  document.getElementById("next-change").addEventListener("click", () => stepper.by(1));
  document.getElementById("first-change").addEventListener("click", () => stepper.first());
  document.getElementById("last-change").addEventListener("click", () => stepper.last());
  // Home and End reach the first and last change from anywhere on the page, except where they
  // edit text or choose an option.
  document.addEventListener("keydown", (event) => {
    if (!["Home", "End"].includes(event.key) || event.defaultPrevented) return;
    if (event.target.closest("input, select, textarea, [contenteditable]")) return;
    if (event.key === "Home") stepper.first();
    else stepper.last();
    event.preventDefault();
  });
}

// Play steps from change to change; each frame waits for the previous date to be painted, then
// for the chosen interval. Playing from the end starts again from the beginning.
function createPlayer(dates, goTo, stepper) {
  const play = document.getElementById("play");
  const speed = document.getElementById("speed");
  let timer = null;
  const atEnd = () => indexOnOrBefore(dates, stepper.current) >= dates.length - 1;

  // Returns whether it was playing, so a caller can say why it stopped.
  function stop() {
    const wasPlaying = timer !== null;
    clearTimeout(timer);
    timer = null;
    play.setAttribute("aria-pressed", "false");
    play.textContent = "▶ Play";
    play.setAttribute("aria-label", "Play: step through the changes");
    return wasPlaying;
  }

  async function tick() {
    if (atEnd()) return stop();
    await stepper.by(1, "replace");
    if (timer !== null) timer = setTimeout(tick, Number(speed.value));
  }

  play.addEventListener("click", () => {
    if (timer !== null) return stop();
    if (atEnd()) stepper.first();
    play.setAttribute("aria-pressed", "true");
    play.textContent = "❚❚ Pause";
    play.setAttribute("aria-label", "Pause");
    timer = setTimeout(tick, Number(speed.value));
  });
  return { stop };
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
