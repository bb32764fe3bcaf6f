"""The dated-polygon form: every rule the database or the newsroom enforces, said in the form.

Nothing here may end in a 500: the exclusion constraint, the interval and geometry checks are
checked first and reported on the field, naming the version in the way; a stale form (someone
else saved since it was opened) is refused with both edits kept.
"""

from django import forms
from django.contrib.gis import forms as gis_forms
from django.db import connection
from django.db.backends.postgresql.psycopg_any import DateRange

from mapapp.editing.publishing import check_publication
from mapapp.importing.validation import as_multipolygon, repaired
from mapapp.models import DatedPolygon


class EditorMultiPolygonField(gis_forms.MultiPolygonField):
    """Takes what a map widget sends (a Polygon, a collection of polygons) as a MultiPolygon."""

    def to_python(self, value):
        geometry = super().to_python(value)
        if geometry is None:
            return None
        multi = as_multipolygon(geometry)
        if multi is None:
            raise forms.ValidationError(
                f"Draw polygons only: the map sent a {geometry.geom_type}.",
                code="invalid_geom_type",
            )
        return multi


class DatedPolygonForm(forms.ModelForm):
    # Named apart from the model field (not editable): the revision this form was opened at.
    based_on_revision = forms.IntegerField(widget=forms.HiddenInput, required=False)
    repair_geometry = forms.BooleanField(
        required=False,
        label="Repair invalid geometry",
        help_text="Fix a self-intersecting shape with ST_MakeValid; the repaired shape is shown "
        "on the map for you to check before it is saved.",
    )

    class Meta:
        model = DatedPolygon
        fields = (
            "territory",
            "actor",
            "geometry",
            "valid_from",
            "valid_from_precision",
            "valid_to",
            "valid_to_precision",
            "status",
            "confidence",
            "claimed_by",
            "state",
            "sources",
            "notes",
            "editor_notes",
            "precision_km",
        )

    def __init__(self, *args, user=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        if self.instance.pk:
            # From the database, not the instance: a restored history record carries an old one.
            self.fields["based_on_revision"].initial = stored_revision(self.instance.pk)

    def clean(self):
        cleaned = super().clean()
        self.check_revision()
        self.check_publication(cleaned)
        self.check_interval(cleaned)
        self.check_geometry(cleaned)
        self.check_overlapping_versions(cleaned)
        return cleaned

    def check_revision(self):
        if not self.instance.pk or self.cleaned_data.get("based_on_revision") is None:
            return
        current = stored_revision(self.instance.pk, lock=True)
        submitted = self.cleaned_data["based_on_revision"]
        if current is None or submitted == current:
            return
        stored = DatedPolygon.objects.get(pk=self.instance.pk)
        # The next save from this form is deliberate: it has now seen the other edit.
        self.data = self.data.copy()
        self.data[self.add_prefix("based_on_revision")] = str(current)
        raise stale_message(stored, self)

    def check_publication(self, cleaned):
        was_state = stored_state(self.instance.pk) if self.instance.pk else None
        check_publication(self, "version", "dated polygon", was_state)

    def check_interval(self, cleaned):
        start, end = cleaned.get("valid_from"), cleaned.get("valid_to")
        if start and end and end <= start:
            self.add_error(
                "valid_to",
                f"valid_to {end} must be after valid_from {start}: a version is shown from its "
                "first day up to, not including, valid_to, so it cannot end on or before it "
                "starts.",
            )

    def check_geometry(self, cleaned):
        geometry = cleaned.get("geometry")
        if geometry is None or geometry.valid:
            if geometry is not None and geometry.empty:
                self.add_error("geometry", "The geometry is empty: draw at least one polygon.")
            return
        reason = geometry.valid_reason
        if not cleaned.get("repair_geometry"):
            self.add_error(
                "geometry",
                f"The geometry is not valid: {reason}. Tick 'Repair invalid geometry' to see a "
                "repaired shape before saving.",
            )
            return
        fixed = repaired(geometry)
        if fixed is None or not fixed.valid:
            self.add_error(
                "geometry", f"The geometry is not valid ({reason}) and cannot be repaired."
            )
            return
        # Show the repaired shape and ask again: nobody saves a shape they have not seen.
        self.data = self.data.copy()
        self.data[self.add_prefix("geometry")] = fixed.geojson
        self.data[self.add_prefix("repair_geometry")] = ""
        self.add_error(
            "geometry",
            f"Repaired ({reason}): the map now shows the repaired shape. Check it, then save "
            "again.",
        )

    def check_overlapping_versions(self, cleaned):
        territory, start = cleaned.get("territory"), cleaned.get("valid_from")
        end = cleaned.get("valid_to")
        if not territory or not start or (end and end <= start):
            return
        clashes = (
            DatedPolygon.objects.filter(
                territory=territory, validity__overlap=DateRange(start, end, "[)")
            )
            .exclude(pk=self.instance.pk)
            .select_related("territory")
        )
        names = ", ".join(f"#{c.pk} {c}" for c in clashes)
        if names:
            self.add_error(
                "valid_from",
                f"Another version of {territory} is valid on some of these days: {names}. End "
                "it first (or use 'Advance to a new date').",
            )


def stored_revision(pk, lock=False):
    rows = DatedPolygon.objects.filter(pk=pk)
    if lock and connection.in_atomic_block:
        # Held to the end of the admin's transaction: two saves cannot both pass the check.
        rows = rows.select_for_update()
    return rows.values_list("revision", flat=True).first()


def stored_state(pk):
    return DatedPolygon.objects.filter(pk=pk).values_list("state", flat=True).first()


COMPARED = (
    "actor",
    "valid_from",
    "valid_to",
    "status",
    "confidence",
    "state",
    "notes",
    "editor_notes",
    "precision_km",
)


def stale_message(stored, form):
    last = stored.history.first()
    who = getattr(last, "history_user", None) or "someone"
    when = last.history_date.strftime("%Y-%m-%d %H:%M UTC") if last else "meanwhile"
    rows = []
    for name in COMPARED:
        theirs, yours = getattr(stored, name), form.cleaned_data.get(name)
        if name in form.cleaned_data and theirs != yours:
            rows.append((name, theirs, yours))
    geometry = form.cleaned_data.get("geometry")
    if geometry is not None and not stored.geometry.equals_exact(geometry, 1e-9):
        rows.append(
            ("geometry", f"{stored.geometry.num_coords} points", f"{geometry.num_coords} points")
        )
    diff = "; ".join(f"{name}: saved {theirs}, yours {yours}" for name, theirs, yours in rows)
    return forms.ValidationError(
        "Not saved: %(who)s saved this version at %(when)s (revision %(revision)s) while you were "
        "editing it. Your edit is still in this form, nothing was lost. Differences: %(diff)s. "
        "Save again to replace their version with yours, or reload the page to start from theirs.",
        params={"who": who, "when": when, "revision": stored.revision, "diff": diff or "none"},
        code="stale",
    )
