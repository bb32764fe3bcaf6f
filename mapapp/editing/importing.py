"""Admin import: upload a file, see a map and a table of what will change, then confirm.

Between the preview and the confirmation the upload waits in a folder of its own (mode 0700,
random name) under IMPORT_UPLOAD_DIR, never in the shared /tmp under a name another local user
could predict; confirming or cancelling removes it, and folders left behind are removed after a
day. The confirmation re-runs the same checks (the database may have moved meanwhile), so what is
written is never less checked than what was previewed.
"""

import re
import secrets
import shutil
import time
from pathlib import Path

from django import forms
from django.conf import settings
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponseRedirect
from django.shortcuts import render
from django.templatetags.static import static
from django.urls import reverse

from mapapp.editing.publishing import PUBLISH_PERMISSION
from mapapp.importing import FORMATS, ImportRefused, import_polygons
from mapapp.models import DatedPolygon, State

TOKEN = re.compile(r"^[0-9a-f]{32}$")
STALE_AFTER = 24 * 3600
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


def uploads():
    folder = Path(settings.IMPORT_UPLOAD_DIR)
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    folder.chmod(0o700)
    return folder


def store(upload):
    """Keep the upload in a new private folder; return its token (the folder's random name)."""
    forget_abandoned()
    token = secrets.token_hex(16)
    folder = uploads() / token
    folder.mkdir(mode=0o700)
    # The file's own name is not used: only its (checked) suffix, which tells its format.
    with open(folder / ("upload" + Path(upload.name).suffix.lower()), "wb") as handle:
        for chunk in upload.chunks():
            handle.write(chunk)
    return token


def forget_abandoned(max_age=STALE_AFTER):
    """Uploads previewed but never confirmed or cancelled are removed after a day."""
    now = time.time()
    for path in uploads().iterdir():
        if now - path.stat().st_mtime > max_age:
            forget(path.name)


def forget(token):
    if token and TOKEN.match(token):
        shutil.rmtree(uploads() / token, ignore_errors=True)


def stored(token):
    """The waiting upload of this token, or None: only names store() made are looked up."""
    if not isinstance(token, str) or not TOKEN.match(token):
        return None
    files = [p for p in (uploads() / token).glob("upload.*") if p.suffix in FORMATS]
    return files[0] if len(files) == 1 else None


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
    if request.method == "POST" and "cancel" in request.POST:
        forget(request.POST.get("token"))
        messages.info(request, "Import cancelled; the uploaded file was deleted.")
        return HttpResponseRedirect(reverse("admin:datedpolygon_import"))
    form = UploadForm(request.POST or None, request.FILES or None)
    context = page_context(request, form)
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        token, repair = store(upload), form.cleaned_data["repair"]
        path = stored(token)
        try:
            result = import_polygons(path, dry_run=True, repair=repair)
            check_publish(request, result)
        except ImportRefused as refused:
            forget(token)  # a refused file can never be confirmed
            context["errors"] = [
                e.replace(str(path), upload.name).replace(path.name, upload.name)
                for e in refused.errors
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
        context["errors"] = [
            e.replace(str(path), name).replace(path.name, name) for e in refused.errors
        ]
        return render(request, TEMPLATE, context)
    finally:
        forget(request.POST.get("token"))
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
