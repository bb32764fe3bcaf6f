// Focus follows the reader in the side panel and the phone's sheet: choosing an area moves
// focus into its card and scrolls the card into view; Escape or ✕ closes it and focus goes
// back where it came from. The lists are rebuilt on every date, so the way back is kept as
// "the button for area N in list L" as well as the element itself.

export function createFocus(close) {
  const panel = document.getElementById("area-panel");
  const title = document.getElementById("area-title");
  let origin = null;
  let pending = false;
  let returning = false;

  document.addEventListener("keydown", (event) => {
    if (event.key !== "Escape" || panel.hidden || event.defaultPrevented) return;
    if (document.querySelector(".leaflet-popup")) return; // Escape closes the popup first
    event.preventDefault();
    close();
  });

  function remember() {
    const el = document.activeElement;
    if (!el || el === document.body || panel.contains(el)) return;
    origin = { el, area: el.dataset.area, list: el.closest("ul[id]")?.id };
  }

  function back() {
    if (!origin) return null;
    if (origin.el.isConnected) return origin.el;
    const again = origin.list && origin.area
      && document.querySelector(`#${origin.list} [data-area="${origin.area}"]`);
    return again || document.getElementById("side-content");
  }

  return {
    // An area was chosen: focus moves into its card once the card is drawn (settle()).
    request() {
      remember();
      pending = true;
    },
    settle() {
      if (!pending || panel.hidden) return;
      pending = false;
      title.focus({ preventScroll: true });
      panel.scrollIntoView({ block: "start" });
    },
    // The card was closed: focus returns to the button, list entry or map it came from, now
    // and again once the lists are rebuilt for the date (lists()).
    closed() {
      pending = false;
      returning = true;
      back()?.focus();
    },
    lists() {
      if (!returning) return;
      returning = false;
      back()?.focus();
      origin = null;
    },
  };
}
