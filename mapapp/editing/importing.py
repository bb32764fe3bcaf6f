"""Admin import: upload a file, see a map and a table of what will change, then confirm.

The upload is kept in a private temporary folder under a random name between the preview and the
confirmation; the confirmation re-runs the same checks (the database may have moved meanwhile),
so what is written is never less checked than what was previewed.
"""

import secrets
import tempfile
import time
from pathlib import Path

from django import forms
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponseRedirect
from django.shortcuts import render
from django.templatetags.static import static
from django.urls import reverse

from mapapp.editing.publishing import PUBLISH_PERMISSION
from mapapp.importing import FORMATS, ImportRefused, import_polygons
from mapapp.models import DatedPolygon, State

UPLOADS = Path(tempfile.gettempdir()) / "mapapp-imports"
MAX_UPLOAD = 50 * 1024 * 1024
TEMPLATE = "admin/mapapp/datedpolygon/import.html"


class UploadForm(forms.Form):
    file = forms.FileField(
        help_text="GeoJSON (.geojson, .json), KML (.kml), GeoPackage (.gpkg) or a zipped "
        "Shapefile (.zip); properties as in fixtures/README.md."
    )
    repair = forms.BooleanField(
        required=False,
        label="Repair invalid geometry",
        help_text="Fix self-intersecting polygons with ST_MakeValid; the preview shows the result.",
    )

    def clean_file(self):
        upload = self.cleaned_data["file"]
        suffix = Path(upload.name).suffix.lower()
        if suffix not in FORMATS:
            raise forms.ValidationError(
                f"{upload.name}: unsupported file type; expected .geojson, .json, .kml, .gpkg or "
                ".zip (a zipped Shapefile)."
            )
        if upload.size > MAX_UPLOAD:
            raise forms.ValidationError(f"{upload.name} is larger than 50 MB.")
        return upload


def store(upload):
    UPLOADS.mkdir(mode=0o700, exist_ok=True)
    forget_abandoned()
    token = secrets.token_hex(16) + Path(upload.name).suffix.lower()
    with open(UPLOADS / token, "wb") as handle:
        for chunk in upload.chunks():
            handle.write(chunk)
    return token


def forget_abandoned(max_age=24 * 3600):
    """Uploads previewed but never confirmed or cancelled are removed after a day."""
    now = time.time()
    for path in UPLOADS.iterdir():
        if now - path.stat().st_mtime > max_age:
            path.unlink(missing_ok=True)


def stored(token):
    # Only names this module made: 32 hex digits and a known suffix, nothing with a path in it.
    name = Path(token or "").name
    stem, suffix = Path(name).stem, Path(name).suffix
    if name != token or len(stem) != 32 or suffix not in FORMATS:
        return None
    path = UPLOADS / name
    return path if path.exists() else None


def check_publish(request, result):
    """Creating or changing a published version, or unpublishing one, needs the permission."""
    touches_readers = any(
        State.PUBLISHED in (step["state"], step["was_state"])
        for step in result.plan
        if step["action"] != "unchanged"
    )
    if touches_readers and not request.user.has_perm(PUBLISH_PERMISSION):
        raise ImportRefused(
            [
                "this file creates or changes published versions (state 'published' is the "
                "default), which needs the permission 'Can publish dated polygons'; set state "
                "to draft in the file for new versions, or ask a reviewer"
            ]
        )


def import_view(request):
    if not request.user.has_perm("mapapp.add_datedpolygon"):
        raise PermissionDenied
    if request.method == "POST" and "confirm" in request.POST:
        return confirm(request)
    form = UploadForm(request.POST or None, request.FILES or None)
    context = page_context(request, form)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        token, repair = store(upload), form.cleaned_data["repair"]
        try:
            result = import_polygons(UPLOADS / token, dry_run=True, repair=repair)
            check_publish(request, result)
        except ImportRefused as refused:
            context["errors"] = [
                e.replace(str(UPLOADS / token), upload.name) for e in refused.errors
            ]
        else:
            context.update(preview_context(result, token, repair, upload.name))
    return render(request, TEMPLATE, context)


def confirm(request):
    path = stored(request.POST.get("token"))
    if path is None:
        messages.error(request, "The uploaded file has expired; upload it again.")
        return HttpResponseRedirect(reverse("admin:datedpolygon_import"))
    repair = request.POST.get("repair") == "1"
    try:
        result = import_polygons(path, dry_run=True, repair=repair)
        check_publish(request, result)
        result = import_polygons(path, repair=repair)
    except ImportRefused as refused:
        context = page_context(request, UploadForm())
        name = request.POST.get("name", "the file")
        context["errors"] = [e.replace(str(path), name) for e in refused.errors]
        return render(request, TEMPLATE, context)
    finally:
        path.unlink(missing_ok=True)
    messages.success(
        request, f"Imported {request.POST.get('name', 'the file')}: {result.summary()}."
    )
    return HttpResponseRedirect(reverse("admin:mapapp_datedpolygon_changelist"))


def preview_context(result, token, repair, name):
    return {
        "plan": result.plan,
        "warnings": result.warnings,
        "summary": result.summary(),
        "token": token,
        "repair": repair,
        "name": name,
        "preview": {
            "features": [
                {
                    "type": "Feature",
                    "geometry": step["geometry"],
                    "properties": {"label": step["label"], "action": step["action"]},
                }
                for step in result.plan
            ],
            "basemap": {
                "countries": static("basemap/countries.geojson"),
                "rivers": static("basemap/rivers.geojson"),
                "lakes": static("basemap/lakes.geojson"),
            },
        },
    }


def page_context(request, form):
    # The admin's header, sidebar and user links, as on every other admin page.
    return {
        **admin.site.each_context(request),
        "form": form,
        "title": "Import dated polygons",
        "opts": DatedPolygon._meta,
    }
