// The epochs the tile layer (tiles.js) keeps: the KEPT most recently used (epoch_cache.js), each
// with its protomaps view (the epoch's tile URL and its decoded tiles) and its tiles in view
// drawn ahead into bitmaps. A step to a prefetched neighbour copies those finished pictures onto
// the tile canvases instead of drawing 2,000 areas in the step: drawing and rasterising them
// took 100–500 ms a step on a loaded 2-core machine, a copy takes a frame.

import { keepRecent } from "./epoch_cache.js";

// Resolves in the task after the next frame.
const afterFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

// protomaps draws a tile with this margin (renderTile's own), so strokes at its edge are whole.
const MARGIN = 16;

export function createTileEpochs(protomaps, layer, url, drawing) {
  const epochs = keepRecent(
    (epoch) => ({
      epoch,
      view: protomaps.sourcesToViews({ url: url.replace("{epoch}", epoch), levelDiff: 0, maxDataZoom: layer.options.maxDataZoom }).get(""),
      pictures: new Map(), // tile key -> { bitmap, drawn (the versions in it), look }
    }),
    undefined,
    (entry) => forget(entry, () => true),
  );

  function forget(entry, unwanted) {
    for (const [key, picture] of entry.pictures) {
      if (!unwanted(key, picture)) continue;
      picture.bitmap.close(); // its pixels are freed now, not at the next garbage collection
      entry.pictures.delete(key);
    }
  }

  // One canvas for every picture: transferToImageBitmap hands its pixels over and leaves it
  // blank, and a new canvas's context cost 5-40 ms a tile on the loaded machine (a trace).
  let canvas = null;

  // One display tile of `entry`'s epoch drawn as renderTile draws it, into a bitmap.
  function draw(entry, coords, data, look) {
    const size = layer.tileSize;
    if (!canvas || canvas.width !== size) canvas = new OffscreenCanvas(size, size);
    const ctx = canvas.getContext("2d");
    ctx.setTransform(size / 256, 0, 0, size / 256, 0, 0);
    const box = { minX: 256 * coords.x - MARGIN, minY: 256 * coords.y - MARGIN, maxX: 256 * (coords.x + 1) + MARGIN, maxY: 256 * (coords.y + 1) + MARGIN };
    const drawn = drawing(() => protomaps.paint(ctx, coords.z, new Map([["", [data]]]), null, layer.paintRules, box, { x: 256 * coords.x, y: 256 * coords.y }, false, ""));
    return { bitmap: canvas.transferToImageBitmap(), drawn, look };
  }

  return {
    get: (epoch) => epochs.get(epoch),
    peek: (epoch) => epochs.peek(epoch),
    has: (epoch) => epochs.has(epoch),
    get size() {
      return epochs.size;
    },
    // The epoch's tiles `tiles` ({coords, key}) fetched unless at hand; with `look` (the
    // selection and hidden actors they are drawn for), also drawn ahead. Pictures of tiles no
    // longer in view are let go.
    async prepare(entry, tiles, look) {
      const data = await Promise.all(tiles.map(({ coords }) => entry.view.getDisplayTile(coords).catch(() => null)));
      if (look === undefined || !epochs.has(entry.epoch)) return;
      const wanted = new Set(tiles.map(({ key }) => key));
      forget(entry, (key, picture) => !wanted.has(key) || picture.look !== look);
      for (const [i, { coords, key }] of tiles.entries()) {
        if (!data[i] || entry.pictures.has(key)) continue;
        // A tile at a time, each just after a frame: the frame of a step taken meanwhile is
        // not kept waiting behind a picture being drawn (they took 40-280 ms under load, and
        // drawn as soon as possible they delayed the next frame: the step p95 of a trace).
        await afterFrame();
        if (!epochs.has(entry.epoch) || entry.pictures.has(key) || !data[i]) continue;
        entry.pictures.set(key, draw(entry, coords, data[i], look));
      }
    },
    // The picture of tile `key` drawn for `look`, if there is one.
    picture(entry, key, look) {
      const picture = entry.pictures.get(key);
      return picture && picture.look === look ? picture : null;
    },
  };
}
