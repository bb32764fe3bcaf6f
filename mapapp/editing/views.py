"""Admin pages beside the change form: advance, split, merge, neighbours, and the import."""

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.views.decorators import staff_member_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import CharField, Value
from django.db.models.functions import Cast, Coalesce, Concat
from django.http import HttpResponse, HttpResponseRedirect, JsonResponse
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.text import slugify

from mapapp import geojson
from mapapp.api.params import BadParameter, parse_date, parse_id, single
from mapapp.editing import operations
from mapapp.editing.importing import import_view
from mapapp.editing.publishing import PUBLISH_PERMISSION
from mapapp.models import DatedPolygon, State, Territory

__all__ = ["advance_view", "import_view", "merge_view", "neighbours_view", "split_view"]


class DayForm(forms.Form):
    day = forms.DateField(
        label="Date D",
        help_text="The old version ends on D (not shown from D); the new starts on D.",
    )


class SplitForm(DayForm):
    name = forms.CharField(label="Name of the new territory", max_length=200)

    def clean_name(self):
        name = self.cleaned_data["name"]
        if not slugify(name):
            raise ValidationError("Give the new territory a name with letters or digits.")
        # The slug is made from the name; it must fit its column (a DataError otherwise).
        limit = Territory._meta.get_field("slug").max_length
        if len(slugify(name)) > limit:
            raise ValidationError(
                f"The name makes a slug of {len(slugify(name))} characters; at most {limit} "
                "are allowed. Shorten the name."
            )
        return name


def require_editing(request):
    if not (
        request.user.has_perm("mapapp.add_datedpolygon")
        and request.user.has_perm("mapapp.change_datedpolygon")
    ):
        raise PermissionDenied


def check_may_end(request, versions):
    """Ending a published version changes what readers see: that is a reviewer's call."""
    published = [str(v) for v in versions if v.state == State.PUBLISHED]
    if published and not request.user.has_perm(PUBLISH_PERMISSION):
        raise ValidationError(
            f"{', '.join(published)} is published; ending it changes what readers see, which "
            "needs the permission 'Can publish dated polygons' (the Reviewers group)."
        )


def change_url(version):
    return reverse("admin:mapapp_datedpolygon_change", args=[version.pk])


def date_page(request, form, title, versions):
    context = {
        **admin.site.each_context(request),
        "form": form,
        "title": title,
        "versions": versions,
        "opts": DatedPolygon._meta,
    }
    return render(request, "admin/mapapp/datedpolygon/date_form.html", context)


def advance_view(request, pk):
    require_editing(request)
    version = get_object_or_404(DatedPolygon, pk=pk)
    form = DayForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            check_may_end(request, [version])
            new = operations.advance(version, form.cleaned_data["day"])
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            messages.success(
                request, f"{version} now ends on {new.valid_from}; edit its successor (a draft)."
            )
            return HttpResponseRedirect(change_url(new))
    return date_page(request, form, f"Advance {version} to a new date", [version])


def split_view(request, pk):
    require_editing(request)
    version = get_object_or_404(DatedPolygon, pk=pk)
    form = SplitForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        name = form.cleaned_data["name"]
        try:
            check_may_end(request, [version])
            kept, other = operations.split(version, form.cleaned_data["day"], slugify(name), name)
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            messages.success(
                request,
                f"Split on {kept.valid_from}: redraw {kept} here, then #{other.pk} {other}.",
            )
            return HttpResponseRedirect(change_url(kept))
    return date_page(request, form, f"Split {version} in two from a date", [version])


def merge_view(request):
    require_editing(request)
    try:
        ids = [parse_id("ids", i) for i in request.GET.get("ids", "").split(",") if i]
    except BadParameter:
        ids = []
    versions = list(DatedPolygon.objects.filter(pk__in=ids).select_related("territory"))
    if len(versions) != 2:
        messages.error(request, "Select exactly two versions (of two territories) to merge.")
        return HttpResponseRedirect(reverse("admin:mapapp_datedpolygon_changelist"))
    form = DayForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            check_may_end(request, versions)
            merged = operations.merge(*versions, form.cleaned_data["day"])
        except ValidationError as exc:
            form.add_error(None, exc)
        else:
            messages.success(request, f"Merged into {merged} (a draft); check the shape.")
            return HttpResponseRedirect(change_url(merged))
    title = f"Merge {versions[0]} and {versions[1]} from a date"
    return date_page(request, form, title, versions)


@staff_member_required
def neighbours_view(request):
    """GeoJSON of every version (drafts too) valid on `date`, for context on the edit map."""
    if not request.user.has_perm("mapapp.view_datedpolygon"):
        return JsonResponse(
            {"error": "viewing dated polygons needs the view permission"}, status=403
        )
    try:
        day = parse_date("date", single(request.GET, "date", required=True))
        exclude = single(request.GET, "exclude")
        exclude = parse_id("exclude", exclude) if exclude else None
    except BadParameter as exc:
        return JsonResponse({"error": str(exc)}, status=400)
    versions = DatedPolygon.objects.valid_on(day)
    if exclude is not None:
        versions = versions.exclude(pk=exclude)
    body = geojson.feature_collection(
        versions,
        NEIGHBOUR_PROPERTIES,
        geojson.valid_multipolygon("geometry_generalised", geojson.COARSE_DIGITS),
        geojson.COARSE_DIGITS,
        order_by=("territory__name", "valid_from"),
    )
    return HttpResponse(body, content_type="application/geo+json")


# The label reads like DatedPolygon.__str__: "Raqqa [2014-06-29, 2017-10-17)".
NEIGHBOUR_PROPERTIES = {
    "id": "pk",
    "label": Concat(
        "territory__name",
        Value(" ["),
        Cast("valid_from", CharField()),
        Value(", "),
        Coalesce(Cast("valid_to", CharField()), Value("…")),
        Value(")"),
        output_field=CharField(),
    ),
    "actor": "actor__name",
    "color": "actor__color",
    "status": "status",
    "state": "state",
}
