"""A snapshot: an immutable published view of the map, with the data exactly as it was.

Articles embed and cite snapshots, so the rows hold their own copy of everything they show
(features, events, legend, sources) instead of pointing at dated polygons an editor may correct
later.
"""

import secrets

from django.conf import settings
from django.db import models
from django.urls import reverse

# No 0/o, 1/l/i: the id is read aloud and typed from print.
ID_ALPHABET = "23456789abcdefghjkmnpqrstuvwxyz"
ID_LENGTH = 10


def new_snapshot_id():
    return "".join(secrets.choice(ID_ALPHABET) for _ in range(ID_LENGTH))


class Snapshot(models.Model):
    id = models.CharField(primary_key=True, max_length=ID_LENGTH, default=new_snapshot_id)
    title = models.CharField(max_length=200)
    caption = models.TextField(blank=True)
    date = models.DateField(help_text="The day the map shows (date of the data).")
    compare = models.DateField(
        null=True, blank=True, help_text="Second date: ground gained and lost since then."
    )
    # The view as the editor saw it: zoom/lat/lon (docs/url-state.md) and the box it covered.
    zoom = models.PositiveSmallIntegerField(null=True, blank=True)
    lat = models.FloatField(null=True, blank=True)
    lon = models.FloatField(null=True, blank=True)
    bbox = models.JSONField(null=True, blank=True, help_text="[west, south, east, north]")
    area = models.BigIntegerField(null=True, blank=True, help_text="Selected dated polygon id.")
    # Whose side the frozen summary tells (the map's ?side=); blank: the story's, Islamic State.
    side = models.SlugField(
        max_length=50, blank=True, help_text="Actor slug of the side the summary tells."
    )
    # The frozen data: written once by freeze.py, never updated.
    features = models.JSONField(help_text="GeoJSON FeatureCollection of the polygons shown.")
    diff = models.JSONField(null=True, blank=True, help_text="Gained/lost FeatureCollection.")
    events = models.JSONField(help_text="GeoJSON FeatureCollection of the events shown.")
    legend = models.JSONField(help_text='[{"slug", "name", "color"}] of the actors shown.')
    sources = models.JSONField(help_text="Every source cited by what is shown, once.")
    data_version = models.BigIntegerField()
    created_at = models.DateTimeField(auto_now_add=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, models.SET_NULL, null=True, blank=True, related_name="+"
    )
    # Sent by the publish button, one per dialog: a second click, or a retry after a lost
    # answer, finds this snapshot instead of making a twin. Unique in the database, so two
    # concurrent requests cannot both insert.
    idempotency_key = models.CharField(max_length=64, unique=True, null=True, blank=True)
    # A reviewer's withdrawal: the page and embed then show why, the images and data are gone.
    withdrawn_at = models.DateTimeField(null=True, blank=True)
    withdrawn_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, models.SET_NULL, null=True, blank=True, related_name="+"
    )
    withdrawal_reason = models.TextField(blank=True)

    class Meta:
        ordering = ["-created_at"]
        permissions = [("withdraw_snapshot", "Can withdraw snapshots")]

    def __str__(self):
        return f"{self.title} ({self.date.isoformat()})"

    def get_absolute_url(self):
        return reverse("snapshot", args=[self.id])

    @property
    def withdrawn(self):
        return self.withdrawn_at is not None

    @property
    def said(self):
        """The map's summary as it read when the snapshot was published (mapapp.speech)."""
        return (self.features or {}).get("summary", "")

    @property
    def has_view(self):
        return None not in (self.zoom, self.lat, self.lon)

    def live_query(self):
        """The public map's query string restoring this view, per docs/url-state.md."""
        parts = [f"date={self.date.isoformat()}"]
        if self.has_view:
            parts.append(f"view={self.zoom}/{self.lat:.5f}/{self.lon:.5f}")
        if self.area:
            parts.append(f"area={self.area}")
        if self.compare:
            parts.append(f"compare={self.compare.isoformat()}")
        if self.side:
            parts.append(f"side={self.side}")
        return "&".join(parts)
