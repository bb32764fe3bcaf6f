// "Publish a snapshot" on the map, for signed-in editors. The map's state comes from its
// `mapstate` event (docs/url-state.md) or, before the first event, from the query string.
(function () {
  "use strict";
  const dialog = document.getElementById("snapshot-publish-dialog");
  const form = document.getElementById("snapshot-publish-form");
  const result = document.getElementById("snapshot-publish-result");
  const stateLine = document.getElementById("snapshot-publish-state");
  let latest = null;
  // One key per opening of the dialog: a double click, or a retry after a lost answer, sends
  // the same key and gets the same snapshot back (the server keeps the key unique).
  let idempotencyKey = null;

  function newKey() {
    // getRandomValues works on plain http too, where crypto.randomUUID does not exist.
    const bytes = crypto.getRandomValues(new Uint8Array(16));
    return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
  }

  document.addEventListener("mapstate", (event) => { latest = event.detail; });

  function fromQueryString() {
    const q = new URLSearchParams(window.location.search);
    const view = (q.get("view") || "").split("/");
    return {
      date: q.get("date") || document.body.dataset.shownDate || null,
      view: view.length === 3 ? { zoom: view[0], lat: view[1], lon: view[2] } : null,
      bbox: null,
      area: q.get("area"),
      compare: q.get("compare"),
      side: q.get("side"),
    };
  }

  // Leaflet's bounds and centre run past ±180° when the world is panned round; the server
  // takes longitudes and latitudes in range only.
  const clamp = (v, limit) => Math.min(Math.max(Number(v), -limit), limit);
  const wrap = (lon) => ((((Number(lon) + 180) % 360) + 360) % 360) - 180;

  function currentState() {
    const state = latest || fromQueryString();
    const body = { date: state.date };
    if (state.view) {
      body.view = { zoom: Math.round(state.view.zoom), lat: state.view.lat, lon: wrap(state.view.lon) };
    }
    if (state.bbox) {
      const [w, s, e, n] = state.bbox;
      body.bbox = [clamp(w, 180), clamp(s, 90), clamp(e, 180), clamp(n, 90)];
    }
    if (state.area) body.area = state.area;
    if (state.compare) body.compare = state.compare;
    if (state.side) body.side = state.side;
    return body;
  }

  // The name the map's side picker shows for a slug (the slug itself if the picker lacks it).
  function sideName(slug) {
    const option = Array.from(document.querySelectorAll("#side-actor option"))
      .find((o) => o.value === slug);
    return option ? option.textContent : slug;
  }

  const openButton = document.getElementById("snapshot-publish-open");

  // The button joins the map's own top-left controls, under the zoom, once the map exists, so
  // it stacks with them instead of floating over whatever layout the page has. Only the button
  // moves: keys typed in the dialog must not reach Leaflet's keyboard handler on the map.
  function dockInMap() {
    const corner = document.querySelector(".leaflet-top.leaflet-left");
    if (!corner) return;
    const control = document.createElement("div");
    control.className = "leaflet-control snapshot-publish-control";
    // A click here is not a click on the map (which would, say, close the selected area).
    for (const type of ["click", "dblclick", "mousedown", "pointerdown", "touchstart", "wheel"]) {
      control.addEventListener(type, (event) => event.stopPropagation());
    }
    control.appendChild(openButton);
    corner.appendChild(control);
    document.querySelector(".snapshot-publish").classList.add("docked");
  }
  if (document.readyState === "complete") dockInMap();
  else window.addEventListener("load", dockInMap);

  openButton.addEventListener("click", () => {
    const state = currentState();
    stateLine.textContent = `Date ${state.date || "?"}` +
      (state.compare ? `, compared with ${state.compare}` : "") +
      (state.view ? `, view ${state.view.zoom}/${state.view.lat}/${state.view.lon}` : "") +
      (state.side ? `, told from the side of ${sideName(state.side)}` : "");
    result.textContent = "";
    idempotencyKey = newKey();
    dialog.showModal();
  });
  document.getElementById("snapshot-publish-cancel").addEventListener("click", () => dialog.close());

  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const body = { ...currentState(), title: form.title.value, caption: form.caption.value };
    result.textContent = "Publishing…";
    try {
      const response = await fetch(form.dataset.endpoint, {
        method: "POST",
        headers: { "Content-Type": "application/json",
          "X-CSRFToken": form.csrfmiddlewaretoken.value,
          "Idempotency-Key": idempotencyKey },
        body: JSON.stringify(body),
        credentials: "same-origin",
      });
      const answer = await response.json();
      if (!response.ok) throw new Error(answer.error || `HTTP ${response.status}`);
      result.replaceChildren("Published: ");
      const link = document.createElement("a");
      link.href = answer.url;
      link.textContent = answer.url;
      link.id = "snapshot-published-link";
      result.appendChild(link);
    } catch (err) {
      result.textContent = `Not published: ${err.message}`;
    }
  });
})();
