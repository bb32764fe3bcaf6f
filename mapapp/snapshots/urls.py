from django.urls import path

from mapapp.snapshots import oembed, views

urlpatterns = [
    path("s/<str:snapshot_id>", views.snapshot_page, name="snapshot"),
    path("s/<str:snapshot_id>/<str:size>.png", views.image, name="snapshot-image"),
    path("s/<str:snapshot_id>/data.geojson", views.data, name="snapshot-data"),
    path("embed/live", views.live_embed, name="live-embed"),
    path("embed/<str:snapshot_id>", views.embed, name="snapshot-embed"),
    path("oembed", oembed.oembed_view, name="oembed"),
    path("snapshots/publish", views.publish, name="snapshot-publish"),
]
