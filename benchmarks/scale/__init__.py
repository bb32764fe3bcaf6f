"""Scale benchmark (issue 13): `python -m benchmarks.scale [--sizes 10000,100000,1000000]`.

For each size it builds a throw-away database on the configured server (bench_scale_<size>),
migrates it, writes the synthetic history of benchmarks.scale.synth through the app's tables,
then prints the in-database floors and HTTP timings of the public endpoints, ours next to
today's (the code before the change-date table), and the EXPLAIN plans. Not part of `make test`;
tests/scale/test_plans.py checks the plans at 10k. `--only diff` measures only the fast diff,
today's SQL against ours (benchmarks/scale/diff.py); `--only series` the area series
(benchmarks/scale/measure.py); `--only browser` the map in Chromium, today's JavaScript against
ours on the same server and archive (benchmarks/scale/browser.py). `--layouts points,touching`
builds and measures each size with the territories of synth.LAYOUTS in turn (points by default;
touching: neighbours sharing their borders) and prints the ratios between them.
"""
