"""The snapshot fixtures, for the header rules that snapshot URLs follow too."""

from tests.snapshots.conftest import editor, red_polygon, snapshot  # noqa: F401
