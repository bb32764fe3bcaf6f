"""Build the POST body the admin's change form sends, from a stored version plus changes."""

from django.urls import reverse

from mapapp.models import DatedPolygon

FIELDS = (
    "territory",
    "actor",
    "valid_from",
    "valid_from_precision",
    "valid_to",
    "valid_to_precision",
    "status",
    "confidence",
    "claimed_by",
    "state",
    "notes",
)


def form_data(version, **changes):
    data = {}
    for name in FIELDS:
        value = getattr(version, name)
        data[name] = getattr(value, "pk", value) if value is not None else ""
        if hasattr(value, "isoformat"):
            data[name] = value.isoformat()
    data["geometry"] = version.geometry.geojson
    data["sources"] = [s.pk for s in version.sources.all()]
    data["based_on_revision"] = version.revision
    data.update(changes)
    return data


def change_url(version):
    return reverse("admin:mapapp_datedpolygon_change", args=[version.pk])


def add_url():
    return reverse("admin:mapapp_datedpolygon_add")


def reload(version):
    return DatedPolygon.objects.get(pk=version.pk)


def errors_of(response):
    """Every error the admin form shows, as text."""
    form = response.context["adminform"].form
    return " ".join(str(e) for errors in form.errors.values() for e in errors)
