"""Moving a front line in time without hand-editing dates: advance, split, merge.

Each operation ends the old version(s) on day D and opens the successor(s) from D, in one
transaction. Successors start as drafts, so a new line never reaches readers unreviewed.
"""

from django.contrib.gis.geos import MultiPolygon
from django.core.exceptions import ValidationError
from django.db import transaction

from mapapp.models import DatedPolygon, State, Territory

COPIED = (
    "actor",
    "geometry",
    "valid_to",
    "valid_to_precision",
    "status",
    "confidence",
    "claimed_by",
    "notes",
    "editor_notes",
    "precision_km",
)


def check_day_inside(version, day):
    if day <= version.valid_from or (version.valid_to and day >= version.valid_to):
        end = version.valid_to or "open end"
        raise ValidationError(
            f"The date {day} must fall after {version} starts ({version.valid_from}) and before "
            f"it ends ({end})."
        )


def successor(version, day, **changes):
    values = {name: getattr(version, name) for name in COPIED}
    values.update(territory=version.territory, valid_from=day, state=State.DRAFT)
    values.update(changes)
    new = DatedPolygon(**values)
    new.save()
    new.sources.set(version.sources.all())
    return new


def end_on(version, day):
    version.valid_to = day
    version.save()


@transaction.atomic
def advance(version, day):
    """End `version` on `day` and open its successor from `day` with the same shape and sources."""
    check_day_inside(version, day)
    old_end = (version.valid_to, version.valid_to_precision)
    end_on(version, day)
    return successor(version, day, valid_to=old_end[0], valid_to_precision=old_end[1])


@transaction.atomic
def split(version, day, slug, name):
    """End `version` on `day`; from `day` its territory goes on and a new one starts beside it.

    Both successors start with the old shape; the editor then redraws each half.
    """
    check_day_inside(version, day)
    if Territory.objects.filter(slug=slug).exists():
        raise ValidationError(f"A territory with the slug {slug!r} exists already.")
    old_end = (version.valid_to, version.valid_to_precision)
    end_on(version, day)
    kept = successor(version, day, valid_to=old_end[0], valid_to_precision=old_end[1])
    other = Territory.objects.create(slug=slug, name=name)
    split_off = successor(
        version, day, territory=other, valid_to=old_end[0], valid_to_precision=old_end[1]
    )
    return kept, split_off


@transaction.atomic
def merge(first, second, day):
    """End both versions on `day`; from `day` the first territory holds their union."""
    if first.territory_id == second.territory_id:
        raise ValidationError("Merging needs versions of two different territories.")
    for version in (first, second):
        check_day_inside(version, day)
    union = first.geometry.union(second.geometry)
    union = union if isinstance(union, MultiPolygon) else MultiPolygon(union, srid=4326)
    old_end = (first.valid_to, first.valid_to_precision)
    end_on(first, day)
    end_on(second, day)
    merged = successor(
        first, day, geometry=union, valid_to=old_end[0], valid_to_precision=old_end[1]
    )
    merged.sources.add(*second.sources.all())
    return merged
