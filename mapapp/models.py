"""The data vocabulary of docs/architecture.md: actors, territories, versions, sources, events.

The database enforces the rules that must never break, whatever writes to it (admin, importer,
raw SQL): versions of one territory never overlap in time, intervals are neither empty nor
reversed, geometry is valid and non-empty.
"""

from django.contrib.gis.db import models
from django.contrib.gis.geos import Polygon
from django.contrib.postgres.constraints import ExclusionConstraint
from django.contrib.postgres.fields import DateRangeField, RangeOperators
from django.contrib.postgres.indexes import GistIndex
from django.core.validators import MinValueValidator, RegexValidator
from django.db.models import Case, F, Func, Q, Value, When
from simple_history.models import HistoricalRecords

from mapapp.links import HTTP_URL_PATTERN, validate_http_url


def box_of(bbox):
    box = Polygon.from_bbox(bbox)
    box.srid = 4326
    return box


class PublicQuerySet(models.QuerySet):
    """ "Published": the one definition of what the public pages, the API and snapshots show."""

    geometry_field = "geometry"

    def published(self):
        return self.filter(state=State.PUBLISHED)

    def latest_query(self, field):
        """(sql, params) of the greatest `field` of these rows, to nest in a wrapping query."""
        latest = self.order_by(F(field).desc(nulls_last=True)).values_list(field)[:1]
        return latest.query.sql_with_params()

    def in_bbox(self, bbox):
        """Rows whose geometry's box meets (west, south, east, north); all when None."""
        if not bbox:
            return self
        return self.filter(**{f"{self.geometry_field}__bboverlaps": box_of(bbox)})


class DatedPolygonQuerySet(PublicQuerySet):
    def valid_on(self, day):
        """The time rule: shown on `day` when valid_from <= day < valid_to (or valid_to empty).

        The containment test on the generated daterange column is what the composite GiST index
        serves. `day` may be an expression (an outer query's date column) as well as a date.
        """
        return self.filter(validity__contains=day)

    def of_actor(self, slug):
        """An actor's ground, with its lineage's (asking for the SDF includes the YPG's)."""
        return self.filter(actor__slug__in=lineage(slug)) if slug else self

    def with_status(self, statuses):
        return self.filter(status__in=statuses) if statuses else self


class EventQuerySet(PublicQuerySet):
    geometry_field = "location"

    def between(self, start=None, end=None):
        """Events dated within [start, end], both ends optional and inclusive."""
        rows = self.filter(date__gte=start) if start else self
        return rows.filter(date__lte=end) if end else rows


class DatePrecision(models.TextChoices):
    DAY = "day", "day"
    MONTH = "month", "month"
    YEAR = "year", "year"


class Status(models.TextChoices):
    CONTROLLED = "controlled", "controlled"
    CONTESTED = "contested", "contested"
    BESIEGED = "besieged", "besieged"
    PRESENCE = "presence", "insurgent presence"
    CLAIMED = "claimed", "claimed"
    # Open desert no one holds: drawn so that a blank on the map never means "not researched".
    # Not held ground, so it stays out of HELD_STATUSES; its polygons belong to the actor
    # `no-one`.
    UNHELD = "unheld", "held by no one (open desert)"


# Ground an actor holds: claims and insurgent presence are not territory held. The area chart and
# the comparison of two dates (gained/lost) count these, so that "held" means one thing.
HELD_STATUSES = (Status.CONTROLLED, Status.CONTESTED, Status.BESIEGED)
# Ground that is someone's or explicitly no one's: together these cover Syria and Iraq on every
# day of the story, and no two actors' share a square kilometre (tests/seed/test_sides.py).
COVERING_STATUSES = (*HELD_STATUSES, Status.UNHELD)


class Confidence(models.TextChoices):
    CONFIRMED = "confirmed", "confirmed"
    ASSESSED = "assessed", "assessed"
    CLAIMED = "claimed", "claimed by a named party"


class State(models.TextChoices):
    DRAFT = "draft", "draft"
    PUBLISHED = "published", "published"


def half_open_range(start, end):
    """daterange(start, end, '[)'): the one definition of a version's validity.

    A reversed interval yields NULL instead of an error, so that the named check constraint is
    what refuses it and the editor reads why.
    """
    return Case(
        When(
            Q(**{f"{end.name}__isnull": True}) | Q(**{f"{end.name}__gt": start}),
            then=Func(start, end, Value("[)"), function="daterange"),
        ),
        default=None,
        output_field=DateRangeField(),
    )


class GeodesicAreaKm2(Func):
    """Area on the WGS84 spheroid in km², computed by PostGIS."""

    template = "(ST_Area(%(expressions)s::geography) / 1000000.0)"
    output_field = models.FloatField()


class Actor(models.Model):
    slug = models.SlugField(unique=True)
    name = models.CharField(max_length=120)
    color = models.CharField(
        max_length=7,
        validators=[RegexValidator(r"^#[0-9a-fA-F]{6}$", "Use a colour like #1a2b3c.")],
    )
    description = models.TextField(blank=True)
    # Lineage: the YPG led the SDF from its founding (10 October 2015). The legend, the summary
    # and the chart follow an actor into its successor from `succeeded_on` (see lineage.py).
    successor = models.ForeignKey(
        "self",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="predecessors",
        help_text="The actor that took over this one's ground, if any.",
    )
    succeeded_on = models.DateField(
        null=True,
        blank=True,
        help_text="First day the successor holds this actor's ground.",
    )

    class Meta:
        ordering = ["name"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(successor__isnull=True) | models.Q(succeeded_on__isnull=False),
                name="actor_succession_dated",
                violation_error_message="A successor needs the date it took over.",
            ),
        ]

    def __str__(self):
        return self.name


def lineages():
    """{slug: slugs of the actor and every actor linked to it by succession, oldest first}.

    The one definition of "the same side under another name" (the YPG, then from its founding
    on 10 October 2015 the SDF): the legend, the summary, the chart and `of_actor` follow it.
    """
    successor_of = dict(Actor.objects.values_list("slug", "successor__slug"))
    predecessor_of = {after: before for before, after in successor_of.items() if after}
    found = {}
    for slug in successor_of:
        first = slug
        while predecessor_of.get(first) and predecessor_of[first] != slug:
            first = predecessor_of[first]
        chain = [first]
        while successor_of.get(chain[-1]) and successor_of[chain[-1]] not in chain:
            chain.append(successor_of[chain[-1]])
        found[slug] = chain
    return found


def lineage(slug):
    return lineages().get(slug, [slug])


class Territory(models.Model):
    slug = models.SlugField(unique=True)
    name = models.CharField(max_length=200)
    description = models.TextField(blank=True)

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "territories"

    def __str__(self):
        return self.name


class Source(models.Model):
    # A short stable handle for sources cited from fixture files; editors may leave it empty.
    key = models.SlugField(max_length=80, unique=True, null=True, blank=True)
    title = models.CharField(max_length=400)
    publisher = models.CharField(max_length=200)
    # http(s) only: the address becomes a link on public pages (see mapapp/links.py).
    url = models.URLField(max_length=1000, blank=True, validators=[validate_http_url])
    published = models.DateField(null=True, blank=True)
    quote = models.TextField(blank=True)

    class Meta:
        ordering = ["-published", "title"]
        constraints = [
            models.CheckConstraint(
                condition=Q(url="") | Q(url__iregex=HTTP_URL_PATTERN),
                name="source_url_http_only",
                violation_error_message="A source URL must be an http:// or https:// address.",
            ),
        ]

    def __str__(self):
        return f"{self.publisher}: {self.title}"


class DatedPolygon(models.Model):
    """One version of a territory: who held it, how, and on which days."""

    territory = models.ForeignKey(Territory, models.PROTECT, related_name="versions")
    actor = models.ForeignKey(Actor, models.PROTECT, related_name="polygons")
    geometry = models.MultiPolygonField(srid=4326)
    valid_from = models.DateField(help_text="First day this version is shown.")
    valid_to = models.DateField(
        null=True, blank=True, help_text="First day it is no longer shown; empty means still valid."
    )
    valid_from_precision = models.CharField(
        max_length=5, choices=DatePrecision.choices, default=DatePrecision.DAY
    )
    valid_to_precision = models.CharField(
        max_length=5, choices=DatePrecision.choices, default=DatePrecision.DAY
    )
    status = models.CharField(max_length=12, choices=Status.choices)
    confidence = models.CharField(max_length=10, choices=Confidence.choices)
    claimed_by = models.CharField(max_length=200, blank=True)
    state = models.CharField(max_length=10, choices=State.choices, default=State.DRAFT)
    notes = models.TextField(blank=True, help_text="Public: shown to readers with the area.")
    # A database default too, so raw SQL writers (benchmarks, bulk loads) need not know it.
    editor_notes = models.TextField(
        blank=True,
        db_default="",
        help_text="Editors only (never shown to readers): working notes such as the tool or "
        "file a line was drawn with.",
    )
    # How far the map invites zooming in on this version (static/map/precision.js).
    precision_km = models.FloatField(
        null=True,
        blank=True,
        validators=[MinValueValidator(0.01)],
        help_text="How far the drawn lines may be from the truth, in km (10 for ±10 km). Readers "
        "are not invited to zoom in beyond it; empty: not stated.",
    )
    sources = models.ManyToManyField(Source, blank=True, related_name="polygons")
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    # Optimistic locking: every save raises it; a form built on an older revision is refused.
    revision = models.PositiveIntegerField(default=0, db_default=0, editable=False)

    # Derived by PostgreSQL itself, so no writer can let them drift from the columns they follow.
    validity = models.GeneratedField(
        expression=half_open_range(F("valid_from"), F("valid_to")),
        output_field=DateRangeField(),
        db_persist=True,
    )
    area_km2 = models.GeneratedField(
        expression=GeodesicAreaKm2(F("geometry")), output_field=models.FloatField(), db_persist=True
    )
    # Generalised once at write time for small zooms (~1 km tolerance), never per request.
    geometry_generalised = models.GeneratedField(
        expression=Func(F("geometry"), Value(0.01), function="ST_SimplifyPreserveTopology"),
        output_field=models.GeometryField(srid=4326),
        db_persist=True,
    )

    objects = DatedPolygonQuerySet.as_manager()

    # Who changed what and when, with the geometry before and after; the generated columns are
    # left out because PostgreSQL derives them again from the copied ones.
    history = HistoricalRecords(
        excluded_fields=["validity", "area_km2", "geometry_generalised"],
        m2m_fields=[sources],
    )

    class Meta:
        ordering = ["territory__name", "valid_from"]
        permissions = [("publish_datedpolygon", "Can publish dated polygons")]
        constraints = [
            models.CheckConstraint(
                condition=Q(valid_to__isnull=True) | Q(valid_to__gt=F("valid_from")),
                name="dated_polygon_interval_forward",
                violation_error_message="valid_to must be after valid_from (the interval is "
                "half-open: a version ending on its first day is empty).",
            ),
            models.CheckConstraint(
                condition=Q(geometry__isvalid=True) & ~Q(geometry__isempty=True),
                name="dated_polygon_geometry_valid",
                violation_error_message="The geometry must be valid and not empty.",
            ),
            ExclusionConstraint(
                name="dated_polygon_versions_disjoint",
                expressions=[
                    ("territory", RangeOperators.EQUAL),
                    (half_open_range(F("valid_from"), F("valid_to")), RangeOperators.OVERLAPS),
                ],
                violation_error_message="Another version of this territory is valid on some "
                "of these days.",
            ),
        ]
        indexes = [
            # "Which polygons are valid on day D (in this box)?" is one index scan.
            GistIndex(fields=["validity", "geometry"], name="dated_polygon_validity_geom"),
            models.Index(fields=["state", "valid_from"], name="dated_polygon_state_from"),
        ]

    def __str__(self):
        end = self.valid_to.isoformat() if self.valid_to else "…"
        return f"{self.territory} [{self.valid_from.isoformat()}, {end})"

    def save(self, *args, **kwargs):
        if self.pk is not None:
            # From the stored row: a version restored from its history carries an old number.
            stored = type(self).objects.filter(pk=self.pk).values_list("revision", flat=True)
            self.revision = (stored.first() or 0) + 1
        super().save(*args, **kwargs)


class Event(models.Model):
    title = models.CharField(max_length=300)
    date = models.DateField()
    date_precision = models.CharField(
        max_length=5, choices=DatePrecision.choices, default=DatePrecision.DAY
    )
    location = models.PointField(srid=4326)
    description = models.TextField(blank=True)
    editor_notes = models.TextField(
        blank=True, db_default="", help_text="Editors only (never shown to readers): working notes."
    )
    sources = models.ManyToManyField(Source, blank=True, related_name="events")
    state = models.CharField(max_length=10, choices=State.choices, default=State.DRAFT)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = EventQuerySet.as_manager()

    class Meta:
        ordering = ["date", "title"]
        indexes = [models.Index(fields=["state", "date"], name="event_state_date")]

    def __str__(self):
        return f"{self.date.isoformat()} {self.title}"


class SeedLoad(models.Model):
    """What `load_seed` last loaded (a digest of fixtures/) and the data version right after.

    While the data version is still that one, nobody has written since (every write raises it),
    so a newer seed may replace the old seed's versions without losing anyone's edit.
    """

    digest = models.CharField(max_length=64)
    data_version = models.BigIntegerField()
    loaded_at = models.DateTimeField(auto_now=True)

    def __str__(self):
        return f"seed {self.digest[:12]} at data version {self.data_version}"


class DataVersion(models.Model):
    """A counter that database triggers raise on every write to published-facing tables.

    Responses are keyed by (epoch, data version): one cheap read tells whether anything changed,
    whoever changed it (admin, importer, raw SQL).
    """

    version = models.BigIntegerField(default=0)

    def __str__(self):
        return str(self.version)


class ChangeDate(models.Model):
    """A day on which some published version starts or ends, with how many (migration 0007).

    Kept by triggers on mapapp_datedpolygon, whoever writes, so that the epoch of a day is one
    backward scan of the primary key and the timeline one forward scan, however long the archive
    (docs/scale.md). Never written by the application.
    """

    day = models.DateField(primary_key=True)
    starts = models.IntegerField(default=0)
    ends = models.IntegerField(default=0)

    class Meta:
        ordering = ["day"]

    def __str__(self):
        return f"{self.day.isoformat()} (+{self.starts} -{self.ends})"


class MapSettings(models.Model):
    """Editors' choices for the public map; one row (pk=1), edited in the admin."""

    default_date = models.DateField(
        null=True,
        blank=True,
        help_text="The date the map opens on without ?date=. Empty: the last change date on "
        "which any ground is held.",
    )

    class Meta:
        verbose_name = verbose_name_plural = "map settings"

    def __str__(self):
        return "Map settings"
