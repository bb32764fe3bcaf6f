from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from mapapp.api.params import BadParameter
from mapapp.snapshots.freeze import freeze
from mapapp.snapshots.params import snapshot_request


class Command(BaseCommand):
    help = "Freeze the published map of a date into a snapshot and print its address."

    def add_arguments(self, parser):
        parser.add_argument("--date", required=True, help="YYYY-MM-DD, the day the map shows")
        parser.add_argument("--title", required=True)
        parser.add_argument("--caption", default="")
        parser.add_argument("--bbox", help="west,south,east,north in degrees")
        parser.add_argument("--view", help="zoom/lat/lon, as in the map's URL")
        parser.add_argument("--compare", help="YYYY-MM-DD: draw ground gained and lost since then")
        parser.add_argument("--side", help="actor slug: whose side the summary tells (default IS)")
        parser.add_argument(
            "--base-url", default=settings.SITE_URL, help="site address (default: SITE_URL)"
        )

    def handle(self, *args, **options):
        fields = ("date", "title", "caption", "bbox", "view", "compare", "side")
        data = {name: options[name] for name in fields if options[name] not in (None, "")}
        try:
            snapshot = freeze(**snapshot_request(data))
        except BadParameter as exc:
            raise CommandError(f"No snapshot made: {exc}") from None
        count = len(snapshot.features["features"])
        self.stdout.write(f"{options['base_url'].rstrip('/')}{snapshot.get_absolute_url()}")
        self.stderr.write(f"Snapshot {snapshot.id} of {snapshot.date}: {count} areas frozen.")
