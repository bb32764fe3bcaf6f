// What the map keeps of the epochs it has asked for, a few at a time: the GeoJSON of each
// (GeoJSON mode) or its decoded vector tiles (tile mode, tiles.js). Each epoch is fetched once
// while it is kept; the least recently used is let go beyond KEPT, so stepping or playing
// through thousands of dates keeps the page's memory flat (at 2,000 areas an epoch is ~6 MB
// of parsed GeoJSON, and every epoch kept for ever crashed the tab after ~200 steps).

import { fetchJSON } from "./util.js";

// The shown epoch, the neighbours prefetched ahead and behind, and a few just left.
export const KEPT = 6;

// The `kept` most recently used epochs' values, each made once by `make(epoch)` while kept.
// `release(value)` is called for a value let go.
export function keepRecent(make, kept = KEPT, release = () => {}) {
  const held = new Map(); // insertion order is recency: a use moves the epoch to the end
  return {
    get(key) {
      const value = held.has(key) ? held.get(key) : make(key);
      held.delete(key);
      held.set(key, value);
      while (held.size > kept) {
        const [oldest, old] = held.entries().next().value;
        held.delete(oldest);
        release(old);
      }
      return value;
    },
    peek: (key) => held.get(key),
    has: (key) => held.has(key),
    delete: (key) => held.delete(key),
    get size() {
      return held.size;
    },
  };
}

export function createEpochStore(config, kept = KEPT) {
  const loaded = keepRecent((key) => {
    const url = `${config.api.control}?date=${encodeURIComponent(key)}`;
    const request = fetchJSON(url).catch((err) => {
      if (loaded.peek(key) === request) loaded.delete(key);
      throw err;
    });
    return request;
  }, kept);
  return {
    load: (key) => loaded.get(key),
    // A neighbour is fetched ahead, but never pushes out an epoch more recently used.
    prefetch(key) {
      if (key && !loaded.has(key)) loaded.get(key).catch(() => {});
    },
    get size() {
      return loaded.size;
    },
  };
}
