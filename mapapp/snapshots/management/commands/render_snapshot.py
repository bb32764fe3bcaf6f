from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from mapapp.snapshots.models import Snapshot
from mapapp.snapshots.renderer import SIZES, draw_snapshot


class Command(BaseCommand):
    help = "Write a snapshot's image to a PNG file (for the print desk, or to check a render)."

    def add_arguments(self, parser):
        parser.add_argument("snapshot_id")
        parser.add_argument("--size", choices=sorted(SIZES), default="print")
        parser.add_argument("--output", "-o", help="file to write (default: <id>-<size>.png)")

    def handle(self, *args, **options):
        snapshot = Snapshot.objects.filter(pk=options["snapshot_id"]).first()
        if snapshot is None:
            raise CommandError(f"No snapshot with id {options['snapshot_id']!r}.")
        size = options["size"]
        path = Path(options["output"] or f"{snapshot.id}-{size}.png")
        png = draw_snapshot(snapshot, *SIZES[size])
        try:
            path.write_bytes(png)
        except OSError as exc:
            raise CommandError(f"Cannot write {path}: {exc.strerror}") from None
        width, height = SIZES[size]
        self.stdout.write(f"Wrote {path}: {width}x{height} PNG, {len(png) // 1024} KB.")
