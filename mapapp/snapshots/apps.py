from django.apps import AppConfig


class SnapshotsConfig(AppConfig):
    name = "mapapp.snapshots"
    label = "snapshots"
    verbose_name = "Snapshots for readers"
