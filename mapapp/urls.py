from django.contrib import admin
from django.urls import include, path, re_path

from mapapp import api_places, exports, health, tiles, views
from mapapp.api import views as api

urlpatterns = [
    path("", views.map_page, name="map"),
    path("api/v1/control", api.control, name="api-control"),
    path("api/v1/timeline", api.timeline, name="api-timeline"),
    path("api/v1/events", api.events, name="api-events"),
    path("api/v1/stats/area", api.area, name="api-stats-area"),
    path("api/v1/diff", api.diff, name="api-diff"),
    path("api/v1/schema", api.schema, name="api-schema"),
    path("api/v1/export", exports.export, name="api-export"),
    path("api/v1/summary", api_places.summary, name="api-summary"),
    path("api/v1/places", api_places.places, name="api-places"),
    path("api/v1/places/<str:ident>/history", api_places.place, name="api-place-history"),
    path("api/v1/changes", api_places.changes, name="api-changes"),
    re_path(r"^api/(?P<path>.*)$", api.not_found),
    path("ogc/", include("mapapp.ogc.urls")),
    path("admin/", admin.site.urls),
    path("healthz", health.healthz, name="healthz"),
    path("readyz", health.readyz, name="readyz"),
    path("", include("mapapp.snapshots.urls")),
    path("tiles/<str:epoch>/<str:z>/<str:x>/<str:y>.mvt", tiles.tile, name="tile"),
]
