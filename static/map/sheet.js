// On a phone the panels are a bottom sheet over the lower part of the map: a chosen area is
// moved into the part of the map left above it, so the reader sees what the card describes.

const SHEET_OPENING_MS = 250; // the sheet's max-height transition (map.css) and a frame
const MARGIN = 24;

export function keepAboveSheet(map, bounds) {
  if (!bounds || !window.matchMedia("(max-width: 600px)").matches) return;
  setTimeout(() => {
    const mapTop = map.getContainer().getBoundingClientRect().top;
    const visible = document.getElementById("side").getBoundingClientRect().top - mapTop;
    const centre = map.latLngToContainerPoint(bounds.getCenter());
    if (centre.y > MARGIN && centre.y < visible - MARGIN) return;
    const target = L.point(map.getSize().x / 2, Math.max(visible / 2, MARGIN));
    map.panBy(centre.subtract(target), { animate: false });
  }, SHEET_OPENING_MS);
}
