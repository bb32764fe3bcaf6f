from django.core.management.base import BaseCommand, CommandError

from mapapp.importing import ImportRefused, import_polygons


class Command(BaseCommand):
    help = (
        "Import dated polygons, all or nothing, from GeoJSON, KML, GeoPackage or a zipped "
        "Shapefile."
    )

    def add_arguments(self, parser):
        parser.add_argument("file")
        parser.add_argument(
            "--dry-run",
            action="store_true",
            help="Check and report what would change; write nothing.",
        )
        parser.add_argument(
            "--repair",
            action="store_true",
            help="Repair invalid (e.g. self-intersecting) polygons with ST_MakeValid; combine "
            "with --dry-run to see the result first.",
        )

    def handle(self, *args, **options):
        try:
            result = import_polygons(
                options["file"], dry_run=options["dry_run"], repair=options["repair"]
            )
        except ImportRefused as refused:
            raise CommandError(
                "Import refused, nothing changed:\n  " + "\n  ".join(refused.errors)
            ) from None
        for step in result.plan:
            if step["action"] != "unchanged" or step["repair_note"]:
                changed = f" ({', '.join(step['changed'])})" if step["changed"] else ""
                note = f" {step['repair_note']}" if step["repair_note"] else ""
                self.stdout.write(f"  {step['action']}: {step['label']}{changed}{note}")
        for warning in result.warnings:
            self.stdout.write(f"  warning: {warning}")
        prefix = "Dry run, nothing written: would be " if options["dry_run"] else ""
        self.stdout.write(f"{prefix}{result.summary()}")
