"""Benchmarks: each prints its figures beside a baseline measured in the same run."""

import os

# `python -m benchmarks.<name>` should work without make exporting the settings module.
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "mapapp.settings")
