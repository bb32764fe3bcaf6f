import json
from datetime import date
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from mapapp.importers import ImportRefused, ImportResult, import_events, import_polygons
from mapapp.models import Actor, Source


class Command(BaseCommand):
    help = "Load the seed dataset from fixtures/ (idempotent: loading twice changes nothing)."

    def add_arguments(self, parser):
        parser.add_argument("--fixtures", default=str(settings.BASE_DIR / "fixtures"))

    def handle(self, *args, **options):
        root = Path(options["fixtures"])
        totals = ImportResult()
        try:
            with transaction.atomic():
                load_actors(root / "actors.json")
                defined = {}
                for path in sorted((root / "sources").glob("*.json")):
                    load_sources(path, defined)
                for path in sorted((root / "polygons").glob("*.geojson")):
                    merge(totals, import_polygons(path))
                for path in sorted((root / "events").glob("*.geojson")):
                    merge(totals, import_events(path))
        except ImportRefused as refused:
            raise CommandError(
                "Seed refused, nothing changed:\n  " + "\n  ".join(refused.errors)
            ) from None
        self.stdout.write(f"Seed data loaded: {totals.summary()}")


def merge(totals, result):
    totals.created += result.created
    totals.updated += result.updated
    totals.unchanged += result.unchanged


def read_json(path):
    if not path.exists():
        raise CommandError(f"{path} is missing")
    return json.loads(path.read_text(encoding="utf-8"))


def load_actors(path):
    for actor in read_json(path):
        Actor.objects.update_or_create(
            slug=actor["slug"],
            defaults={
                "name": actor["name"],
                "color": actor["color"],
                "description": actor.get("description", ""),
            },
        )


def load_sources(path, defined):
    for key, source in read_json(path).items():
        # Two files defining one key would make the citation depend on the load order.
        if key in defined:
            raise CommandError(f"source {key!r} is defined in both {defined[key]} and {path.name}")
        defined[key] = path.name
        published = source.get("published")
        Source.objects.update_or_create(
            key=key,
            defaults={
                "title": source["title"],
                "publisher": source["publisher"],
                "url": source.get("url") or "",
                "quote": source.get("quote") or "",
                "published": date.fromisoformat(published) if published else None,
            },
        )
