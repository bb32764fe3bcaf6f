from django.apps import AppConfig
from django.core.signals import request_started
from django.db.backends.signals import connection_created
from django.db.models.signals import post_migrate


class MapappConfig(AppConfig):
    name = "mapapp"
    verbose_name = "Territorial control"

    def ready(self):
        from mapapp import dev_account  # noqa: F401  (registers its deploy check)
        from mapapp.editing.groups import ensure_groups
        from mapapp.geoqueries import ensure_data_version

        post_migrate.connect(ensure_groups, sender=self)
        post_migrate.connect(ensure_data_version, sender=self)
        # Writes drop the cached data version; each request may read from a replica again.
        from mapapp import cache_state, db_router

        connection_created.connect(cache_state.install)
        request_started.connect(db_router.unpin)
