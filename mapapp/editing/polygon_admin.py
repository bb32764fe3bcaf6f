"""The dated-polygon admin: map widget on the offline basemap, history, publish, lock, tools."""

from django.contrib import admin, messages
from django.contrib.admin.options import IncorrectLookupParameters
from django.db import IntegrityError
from django.forms import Media
from django.http import HttpResponseRedirect
from django.templatetags.static import static
from django.urls import path, reverse
from leaflet.admin import LeafletAdminWidget, LeafletGeoAdmin
from simple_history.admin import SimpleHistoryAdmin

from mapapp import exports
from mapapp.api.params import BadParameter, parse_date, parse_id
from mapapp.editing import views
from mapapp.editing.forms import DatedPolygonForm, EditorMultiPolygonField
from mapapp.editing.history import PolygonHistoryHelper
from mapapp.editing.publishing import PUBLISH_PERMISSION
from mapapp.editing.warnings import overlap_warnings
from mapapp.models import DatedPolygon, State


class ValidOnFilter(admin.SimpleListFilter):
    """'Valid on date': the versions a reader sees (or would see, for drafts) on one day."""

    title = "valid on date"
    parameter_name = "valid_on"
    template = "admin/mapapp/valid_on_filter.html"

    def lookups(self, request, model_admin):
        return ()

    def has_output(self):
        return True

    def choices(self, changelist):
        # One date box: the other filters ride along as hidden fields so they stay applied.
        kept = [(k, v) for k, v in changelist.params.items() if k != self.parameter_name]
        yield {
            "value": self.value() or "",
            "hidden": kept,
            "clear": changelist.get_query_string(remove=[self.parameter_name]),
        }

    def queryset(self, request, queryset):
        if not self.value():
            return queryset
        try:
            day = parse_date("valid_on", self.value())
        except BadParameter as exc:
            raise IncorrectLookupParameters(str(exc)) from None
        return queryset.valid_on(day)


class BasemapWidget(LeafletAdminWidget):
    """django-leaflet's admin map on the offline basemap (static/editor/editor-map.js)."""

    @property
    def media(self):
        base = super().media
        # Listed after django-leaflet's own scripts, so Media's merge keeps it after
        # leaflet.forms.js (whose L.FieldStore it extends).
        return base + Media(
            js=[*base._js, "editor/editor-map.js"], css={"screen": ["editor/editor-map.css"]}
        )


class EditorMapWidget(BasemapWidget):
    # Serialises every drawn part into one MultiPolygon, holes kept.
    field_store_class = "L.EditorMultiPolygonStore"


@admin.register(DatedPolygon)
class DatedPolygonAdmin(SimpleHistoryAdmin, LeafletGeoAdmin):
    form = DatedPolygonForm
    widget = EditorMapWidget
    change_form_template = "admin/mapapp/datedpolygon/change_form.html"
    change_list_template = "admin/mapapp/datedpolygon/change_list.html"
    list_display = (
        "territory",
        "actor",
        "valid_from",
        "valid_to",
        "status",
        "confidence",
        "state",
        "area_km2",
    )
    list_filter = (ValidOnFilter, "state", "actor", "status", "confidence")
    search_fields = ("territory__name", "territory__slug", "sources__title", "sources__publisher")
    autocomplete_fields = ("territory", "sources")
    readonly_fields = ("area_km2", "created_at", "updated_at")
    date_hierarchy = "valid_from"
    list_select_related = ("territory", "actor")
    actions = [
        "publish",
        "return_to_draft",
        "merge_two",
        "export_geojson",
        "export_csv",
        "export_kml",
        "export_gpkg",
    ]

    def get_form(self, request, obj=None, **kwargs):
        form = super().get_form(request, obj, **kwargs)
        restored_sources = getattr(request, "restored_sources", None)

        class WithUser(form):
            def __init__(self, *args, **inner):
                if restored_sources is not None:
                    # The live row's sources are not the ones of the version being restored.
                    inner["initial"] = {**inner.get("initial", {}), "sources": restored_sources}
                super().__init__(*args, user=request.user, **inner)

        return WithUser

    def get_historical_record_context_helper(self, request, historical_record):
        return PolygonHistoryHelper(self.model, historical_record)

    def history_form_view(self, request, object_id, version_id, extra_context=None):
        record = self.model.history.filter(id=object_id, history_id=version_id).first()
        if record is not None:
            request.restored_sources = [s.source_id for s in record.sources.all()]
        return super().history_form_view(request, object_id, version_id, extra_context)

    def formfield_for_dbfield(self, db_field, request=None, **kwargs):
        if db_field.name == "geometry":
            kwargs["form_class"] = EditorMultiPolygonField
        return super().formfield_for_dbfield(db_field, request, **kwargs)

    def get_urls(self):
        wrap = self.admin_site.admin_view
        return [
            path("<int:pk>/advance/", wrap(views.advance_view), name="datedpolygon_advance"),
            path("<int:pk>/split/", wrap(views.split_view), name="datedpolygon_split"),
            path("merge/", wrap(views.merge_view), name="datedpolygon_merge"),
            path("import/", wrap(views.import_view), name="datedpolygon_import"),
            path("neighbours/", wrap(views.neighbours_view), name="datedpolygon_neighbours"),
        ] + super().get_urls()

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        extra_context = {**(extra_context or {}), "editor_map": editor_map_config(object_id)}
        try:
            return super().changeform_view(request, object_id, form_url, extra_context)
        except IntegrityError as exc:
            # Only a race between two saves gets here; the form checks come first.
            messages.error(request, f"Not saved: the database refused the change ({exc}).")
            return HttpResponseRedirect(request.path)

    def save_model(self, request, obj, form, change):
        super().save_model(request, obj, form, change)
        for warning in overlap_warnings(obj):
            messages.warning(request, warning)

    @admin.action(description="Publish selected versions", permissions=["publish"])
    def publish(self, request, queryset):
        unsourced = [str(v) for v in queryset if not v.sources.exists()]
        if unsourced:
            self.message_user(
                request,
                "Nothing published: a published version needs at least one source; these have "
                f"none: {', '.join(unsourced)}.",
                messages.ERROR,
            )
            return
        for version in queryset.exclude(state=State.PUBLISHED):
            version.state = State.PUBLISHED
            version._history_user = request.user
            version.save()
        self.message_user(request, f"Published {queryset.count()} version(s).")

    @admin.action(description="Return selected versions to draft", permissions=["publish"])
    def return_to_draft(self, request, queryset):
        for version in queryset.exclude(state=State.DRAFT):
            version.state = State.DRAFT
            version._history_user = request.user
            version.save()
        self.message_user(request, f"{queryset.count()} version(s) are drafts now.")

    def has_publish_permission(self, request):
        return request.user.has_perm(PUBLISH_PERMISSION)

    @admin.action(description="Merge two selected territories from a date…")
    def merge_two(self, request, queryset):
        ids = ",".join(str(pk) for pk in queryset.values_list("pk", flat=True))
        return HttpResponseRedirect(f"{reverse('admin:datedpolygon_merge')}?ids={ids}")

    @admin.action(description="Export selected as GeoJSON")
    def export_geojson(self, request, queryset):
        return exports.export_response(queryset, "geojson", "dated-polygons")

    @admin.action(description="Export selected as CSV (WKT)")
    def export_csv(self, request, queryset):
        return exports.export_response(queryset, "csv", "dated-polygons")

    @admin.action(description="Export selected as KML")
    def export_kml(self, request, queryset):
        return exports.export_response(queryset, "kml", "dated-polygons")

    @admin.action(description="Export selected as GeoPackage")
    def export_gpkg(self, request, queryset):
        return exports.export_response(queryset, "gpkg", "dated-polygons")


def basemap_urls():
    return {
        "countries": static("basemap/countries.geojson"),
        "rivers": static("basemap/rivers.geojson"),
        "lakes": static("basemap/lakes.geojson"),
    }


def known_id(object_id):
    """The change form's object id as a number, or None (the admin itself 404s a bad one)."""
    try:
        return parse_id("object_id", object_id) if object_id else None
    except BadParameter:
        return None


def editor_map_config(object_id):
    return {
        "neighbours": reverse("admin:datedpolygon_neighbours"),
        "exclude": known_id(object_id),
        "basemap": basemap_urls(),
    }


class BasemapAdminMixin:
    """For other models with a map field (events): the offline basemap, no neighbours."""

    widget = BasemapWidget
    change_form_template = "admin/mapapp/basemap_change_form.html"

    def changeform_view(self, request, object_id=None, form_url="", extra_context=None):
        extra_context = {**(extra_context or {}), "editor_map": {"basemap": basemap_urls()}}
        return super().changeform_view(request, object_id, form_url, extra_context)
