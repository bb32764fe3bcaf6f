// The GeoJSON of the epochs the map has asked for, a few at a time. Each epoch is fetched once
// while it is kept; the least recently used is let go beyond KEPT, so stepping or playing
// through thousands of dates keeps the page's memory flat (at 2,000 areas an epoch is ~6 MB
// of parsed GeoJSON, and every epoch kept for ever crashed the tab after ~200 steps).

import { fetchJSON } from "./util.js";

// The shown epoch, the neighbours prefetched ahead and behind, and a few just left.
export const KEPT = 6;

export function createEpochStore(config, kept = KEPT) {
  const loaded = new Map(); // insertion order is recency: a use moves the epoch to the end
  function touch(key, request) {
    loaded.delete(key);
    loaded.set(key, request);
    while (loaded.size > kept) loaded.delete(loaded.keys().next().value);
    return request;
  }
  return {
    load(key) {
      if (loaded.has(key)) return touch(key, loaded.get(key));
      const url = `${config.api.control}?date=${encodeURIComponent(key)}`;
      const request = fetchJSON(url).catch((err) => {
        if (loaded.get(key) === request) loaded.delete(key);
        throw err;
      });
      return touch(key, request);
    },
    // A neighbour is fetched ahead, but never pushes out an epoch more recently used.
    prefetch(key) {
      if (key && !loaded.has(key)) this.load(key).catch(() => {});
    },
    get size() {
      return loaded.size;
    },
  };
}
