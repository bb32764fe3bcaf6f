"""The editors' desk (the Django admin): dated polygons on the offline map widget."""

from django.contrib import admin
from django.db import models
from leaflet.admin import LeafletGeoAdmin

# The dated-polygon admin is large enough to live on its own (map widget, history, tools).
from mapapp.editing import polygon_admin  # registers DatedPolygonAdmin
from mapapp.editing.publishing import EventForm, ReviewedWhenShownForm, UserFormAdminMixin
from mapapp.models import Actor, Event, MapSettings, Source, Territory


@admin.register(Actor)
class ActorAdmin(UserFormAdminMixin, admin.ModelAdmin):
    form = ReviewedWhenShownForm
    list_display = ("name", "slug", "color")
    prepopulated_fields = {"slug": ("name",)}
    search_fields = ("name", "slug")


@admin.register(Territory)
class TerritoryAdmin(UserFormAdminMixin, admin.ModelAdmin):
    form = ReviewedWhenShownForm
    list_display = ("name", "slug")
    prepopulated_fields = {"slug": ("name",)}
    search_fields = ("name", "slug")


@admin.register(Source)
class SourceAdmin(UserFormAdminMixin, admin.ModelAdmin):
    form = ReviewedWhenShownForm
    list_display = ("title", "publisher", "published", "url")
    search_fields = ("title", "publisher", "url", "quote")
    # An address typed without a scheme ("bbc.com/news/…") becomes https://, Django 6's default,
    # not http:// (and Django 5.2 stops warning about the coming change).
    formfield_overrides = {models.URLField: {"assume_scheme": "https"}}


@admin.register(Event)
class EventAdmin(UserFormAdminMixin, polygon_admin.BasemapAdminMixin, LeafletGeoAdmin):
    form = EventForm
    list_display = ("title", "date", "date_precision", "state")
    list_filter = ("state",)
    search_fields = ("title", "description", "editor_notes", "sources__title")
    autocomplete_fields = ("sources",)


@admin.register(MapSettings)
class MapSettingsAdmin(admin.ModelAdmin):
    list_display = ("__str__", "default_date")

    def has_add_permission(self, request):
        # One row: the map reads pk=1.
        return not MapSettings.objects.exists()
