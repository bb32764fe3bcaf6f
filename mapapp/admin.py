"""The editors' desk (the Django admin): dated polygons on the offline map widget."""

from django.contrib import admin
from leaflet.admin import LeafletGeoAdmin

from mapapp.models import Actor, DatedPolygon, Event, Source, Territory


@admin.register(Actor)
class ActorAdmin(admin.ModelAdmin):
    list_display = ("name", "slug", "color")
    prepopulated_fields = {"slug": ("name",)}
    search_fields = ("name", "slug")


@admin.register(Territory)
class TerritoryAdmin(admin.ModelAdmin):
    list_display = ("name", "slug")
    prepopulated_fields = {"slug": ("name",)}
    search_fields = ("name", "slug")


@admin.register(Source)
class SourceAdmin(admin.ModelAdmin):
    list_display = ("title", "publisher", "published", "url")
    search_fields = ("title", "publisher", "url", "quote")


@admin.register(DatedPolygon)
class DatedPolygonAdmin(LeafletGeoAdmin):
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
    list_filter = ("state", "actor", "status", "confidence")
    search_fields = ("territory__name", "sources__title", "sources__publisher")
    autocomplete_fields = ("territory", "sources")
    readonly_fields = ("area_km2", "created_at", "updated_at")
    date_hierarchy = "valid_from"
    list_select_related = ("territory", "actor")


@admin.register(Event)
class EventAdmin(LeafletGeoAdmin):
    list_display = ("title", "date", "date_precision", "state")
    list_filter = ("state",)
    search_fields = ("title", "description", "sources__title")
    autocomplete_fields = ("sources",)
