from django.urls import path, register_converter

from mapapp.snapshots import oembed, views
from mapapp.snapshots.converters import SnapshotIdConverter

# Malformed ids (a NUL byte, the wrong length or letters) are a 404 before any query.
register_converter(SnapshotIdConverter, "snapshot_id")

urlpatterns = [
    path("s/<snapshot_id:snapshot_id>", views.snapshot_page, name="snapshot"),
    path("s/<snapshot_id:snapshot_id>/<str:size>.png", views.image, name="snapshot-image"),
    path("s/<snapshot_id:snapshot_id>/data.geojson", views.data, name="snapshot-data"),
    path("embed/live", views.live_embed, name="live-embed"),
    path("embed/<snapshot_id:snapshot_id>", views.embed, name="snapshot-embed"),
    path("oembed", oembed.oembed_view, name="oembed"),
    path("snapshots/publish", views.publish, name="snapshot-publish"),
]
