from django.contrib import admin
from django.urls import include, path, re_path

from mapapp import api, api_places, api_stats, exports, views

urlpatterns = [
    path("", views.map_page, name="map"),
    path("api/v1/control", api.control, name="api-control"),
    path("api/v1/timeline", api.timeline, name="api-timeline"),
    path("api/v1/events", api.events, name="api-events"),
    path("api/v1/stats/area", api_stats.area, name="api-stats-area"),
    path("api/v1/diff", api_stats.diff, name="api-diff"),
    path("api/v1/schema", api.schema, name="api-schema"),
    path("api/v1/export", exports.export, name="api-export"),
    path("api/v1/summary", api_places.summary, name="api-summary"),
    path("api/v1/places", api_places.places, name="api-places"),
    path("api/v1/places/<str:ident>/history", api_places.place, name="api-place-history"),
    path("api/v1/changes", api_places.changes, name="api-changes"),
    re_path(r"^api/(?P<path>.*)$", api.not_found),
    path("ogc/", include("mapapp.ogc.urls")),
    path("admin/", admin.site.urls),
    path("", include("mapapp.snapshots.urls")),
]
