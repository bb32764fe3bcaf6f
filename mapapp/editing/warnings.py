"""Warnings, not refusals: two actors' controlled polygons overlapping on the same days.

Fronts are fuzzy and sources disagree, so an overlap may be honest; the editor is told which
version it touches and decides.
"""

from django.db.backends.postgresql.psycopg_any import DateRange

from mapapp.models import DatedPolygon, Status


def overlap_warnings(version):
    if version.status != Status.CONTROLLED:
        return []
    clashes = (
        DatedPolygon.objects.filter(
            status=Status.CONTROLLED,
            validity__overlap=DateRange(version.valid_from, version.valid_to, "[)"),
            # The index prunes by bounding box first; then interiors must meet: sharing a border
            # line is how fronts should look, not an overlap.
            geometry__intersects=version.geometry,
            geometry__relate=(version.geometry, "T********"),
        )
        .exclude(actor=version.actor_id)
        .exclude(pk=version.pk)
        .select_related("territory", "actor")
    )
    return [
        f"Overlap: {version} (controlled by {version.actor}) overlaps #{other.pk} {other} "
        f"(controlled by {other.actor}) on some of the same days. Check the front line."
        for other in clashes
    ]
