"""Benchmark: what the territory names cost the vector tiles at ~2,000 areas a day.

    .venv/bin/python -m benchmarks.tile_names

The tiles carry each area's name (what its card says), where they carried its slug, so that
the keyboard's list of the areas in view names them as the cards do (docs/scale.md). One run,
one throw-away database (bench_tile_names; map_stepping.fill: 2,000 territories on a grid over
Syria and Iraq), names and slugs made as long as the seed's on average (37 and 19 characters).
For the tiles over the grid at zooms 5, 6 (the map's opening view) and 8, it prints the bytes
of every tile with slugs (before: the same query with the slug in place of the name) and with
names (after), uncompressed and gzip-compressed, the ratios, and what a browser now receives
(names, gzip: mapapp.http compresses tiles since the names) against what it received (slugs,
uncompressed).
"""

import gzip
from datetime import date

from benchmarks import map_stepping as ms
from mapapp import tiles
from mapapp.geoqueries import fetch_text

POLYGONS = 2000
# The grid of map_stepping.fill, in degrees.
WEST, SOUTH, EAST, NORTH = 36.0, 31.0, 46.0, 37.0
NAME_COLUMN = '"mapapp_territory"."name"'
SLUG_COLUMN = '"mapapp_territory"."slug"'


def tiles_over_grid(z):
    _, x0, y0 = tiles.tile_at(WEST, NORTH, z)
    _, x1, y1 = tiles.tile_at(EAST, SOUTH, z)
    return [(z, x, y) for x in range(x0, x1 + 1) for y in range(y0, y1 + 1)]


def tile(epoch, z, x, y, slugs):
    sql, params = tiles.tile_query(epoch, z, x, y)
    if slugs:
        assert sql.count(NAME_COLUMN) == 1, "the tile query no longer selects the name"
        sql = sql.replace(NAME_COLUMN, SLUG_COLUMN)
    return bytes(fetch_text(sql, params) or b"")


def main():
    ms.BENCH_DB = "bench_tile_names"  # its own: other benchmarks may be running
    ms.fresh_database()
    days, versions = ms.fill(POLYGONS, 2)
    with ms.connection.cursor() as cursor:
        cursor.execute(
            "UPDATE mapapp_territory SET name = 'Bench area ' || lpad(id::text, 4, '0') "
            "|| ' (held ground, derived)', slug = 'bench-area-' || lpad(id::text, 4, '0') "
            "|| '-held'"
        )
        cursor.execute("SELECT avg(length(name)), avg(length(slug)) FROM mapapp_territory")
        name_length, slug_length = cursor.fetchone()
    print(
        f"{POLYGONS:,} areas a day, {versions:,} versions; names {name_length:.0f} characters "
        f"on average, slugs {slug_length:.0f}"
    )
    print(f"  {'':34} {'slugs':>10} {'names':>10} {'names/slugs':>12}")
    for z in (5, 6, 8):
        grid = tiles_over_grid(z)
        sizes = {}
        for slugs in (True, False):
            bodies = [tile(date.fromisoformat(days[0]), *t, slugs) for t in grid]
            sizes[slugs] = (sum(map(len, bodies)), sum(len(gzip.compress(b, 6)) for b in bodies))
        for i, how in enumerate(("uncompressed", "gzip")):
            before, after = sizes[True][i], sizes[False][i]
            label = f"zoom {z}, {len(grid)} tiles, {how} (KB)"
            print(f"  {label:34} {before / 1e3:10.1f} {after / 1e3:10.1f} {after / before:11.2f}x")
        # Before, tiles were served uncompressed; now gzip-compressed when the browser accepts it.
        served = sizes[False][1] / sizes[True][0]
        print(f"  {'  served: names gzip / slugs plain':34} {'':21} {served:11.2f}x")
    ms.connection.close()


if __name__ == "__main__":
    main()
