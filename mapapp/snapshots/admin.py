"""Snapshots in the admin: listed and findable, never edited (an article may cite each one)."""

from django.contrib import admin
from django.utils.html import format_html

from mapapp.snapshots.models import Snapshot


@admin.register(Snapshot)
class SnapshotAdmin(admin.ModelAdmin):
    list_display = ("title", "date", "compare", "created_at", "created_by", "page")
    list_filter = ("date",)
    search_fields = ("title", "caption", "id")
    readonly_fields = [f.name for f in Snapshot._meta.fields]

    @admin.display(description="page")
    def page(self, snapshot):
        return format_html('<a href="{}">/s/{}</a>', snapshot.get_absolute_url(), snapshot.id)

    # Snapshots are made from the map or by create_snapshot, which freeze the data; a form could
    # only make a snapshot that does not match any published state.
    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False
