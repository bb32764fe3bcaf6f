from django.core.management.base import BaseCommand, CommandError

from mapapp.importers import ImportRefused, import_polygons


class Command(BaseCommand):
    help = "Import dated polygons from a GeoJSON file, all or nothing."

    def add_arguments(self, parser):
        parser.add_argument("file")
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Check and report what would change; write nothing.",
        )

    def handle(self, *args, **options):
        try:
            result = import_polygons(options["file"], dry_run=options["dry_run"])
        except ImportRefused as refused:
            raise CommandError(
                "Import refused, nothing changed:\n  " + "\n  ".join(refused.errors)
            ) from None
        prefix = "Dry run, nothing written: would be " if options["dry_run"] else ""
        self.stdout.write(f"{prefix}{result.summary()}")
