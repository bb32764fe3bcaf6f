"""The app's URLs plus the tile view before issue 13's HTTP change (benchmarks.scale.tile_http)."""

from django.urls import path

from benchmarks.scale.tile_http import before_tile
from mapapp.urls import urlpatterns as app_urls

urlpatterns = [
    path("before/tiles/<str:epoch>/<str:z>/<str:x>/<str:y>.mvt", before_tile),
    *app_urls,
]
