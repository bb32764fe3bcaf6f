import hashlib
import json
from datetime import date
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from mapapp.geoqueries import data_version
from mapapp.importing import ImportRefused, ImportResult, import_events, import_polygons
from mapapp.links import http_url
from mapapp.models import Actor, DatedPolygon, Event, SeedLoad, Source


class Command(BaseCommand):
    help = "Load the seed dataset from fixtures/ (idempotent: loading twice changes nothing)."

    def add_arguments(self, parser):
        parser.add_argument("--fixtures", default=str(settings.BASE_DIR / "fixtures"))

    def handle(self, *args, **options):
        root = Path(options["fixtures"])
        digest = seed_digest(root)
        try:
            totals = load(root)
        except ImportRefused as refused:
            if not untouched_since_last_seed():
                raise CommandError(
                    "Seed refused, nothing changed:\n  "
                    + "\n  ".join(refused.errors)
                    + "\nThe database holds edits made since the seed was loaded (or it predates"
                    " this check), so the seed does not replace them. To start again from the"
                    " seed, empty the database first (`manage.py flush`: this deletes everything)."
                ) from None
            # Nobody has written since the last seed: its versions may go, the new seed's come.
            with transaction.atomic():
                removed = DatedPolygon.objects.all().delete()[1].get("mapapp.DatedPolygon", 0)
                Event.objects.all().delete()
                totals = load(root)
            self.stdout.write(
                f"The seed changed and the database held only the previous seed (no edit since "
                f"it was loaded): its {removed} versions were replaced."
            )
        SeedLoad.objects.update_or_create(
            pk=1, defaults={"digest": digest, "data_version": data_version()}
        )
        self.stdout.write(f"Seed data loaded: {totals.summary()}")


def load(root):
    """Every fixture in one transaction: refused as a whole, or loaded as a whole."""
    totals = ImportResult()
    with transaction.atomic():
        load_actors(root / "actors.json")
        defined = {}
        for path in sorted((root / "sources").glob("*.json")):
            load_sources(path, defined)
        for path in sorted((root / "polygons").glob("*.geojson")):
            merge(totals, import_polygons(path))
        for path in sorted((root / "events").glob("*.geojson")):
            merge(totals, import_events(path))
    return totals


def seed_digest(root):
    digest = hashlib.sha256()
    for path in sorted(p for p in root.rglob("*") if p.is_file()):
        digest.update(str(path.relative_to(root)).encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def untouched_since_last_seed():
    last = SeedLoad.objects.filter(pk=1).first()
    return last is not None and last.data_version == data_version()


def merge(totals, result):
    totals.created += result.created
    totals.updated += result.updated
    totals.unchanged += result.unchanged


def read_json(path):
    if not path.exists():
        raise CommandError(f"{path} is missing")
    return json.loads(path.read_text(encoding="utf-8"))


def load_actors(path):
    actors = read_json(path)
    for actor in actors:
        save_if_changed(
            Actor,
            {"slug": actor["slug"]},
            {
                "name": actor["name"],
                "color": actor["color"],
                "description": actor.get("description", ""),
            },
        )
    # Successors second: an actor may name one defined further down the file.
    for actor in actors:
        successor = actor.get("successor")
        save_if_changed(
            Actor,
            {"slug": actor["slug"]},
            {
                "successor": Actor.objects.get(slug=successor) if successor else None,
                "succeeded_on": date.fromisoformat(actor["succeeded_on"]) if successor else None,
            },
        )


def load_sources(path, defined):
    for key, source in read_json(path).items():
        # Two files defining one key would make the citation depend on the load order.
        if key in defined:
            raise CommandError(f"source {key!r} is defined in both {defined[key]} and {path.name}")
        defined[key] = path.name
        published = source.get("published")
        if source.get("url") and not http_url(source["url"]):
            raise CommandError(f"source {key!r} in {path.name}: url must be an http(s) address")
        save_if_changed(
            Source,
            {"key": key},
            {
                "title": source["title"],
                "publisher": source["publisher"],
                "url": source.get("url") or "",
                "quote": source.get("quote") or "",
                "published": date.fromisoformat(published) if published else None,
            },
        )


def save_if_changed(model, lookup, values):
    """update_or_create that writes nothing when the row already holds these values.

    Every write raises the data version and so empties the API caches; reloading an unchanged
    seed (each `make run` does) must leave them warm.
    """
    row = model.objects.filter(**lookup).first()
    if row is None:
        return model.objects.create(**lookup, **values)
    changed = {name: value for name, value in values.items() if getattr(row, name) != value}
    if changed:
        for name, value in changed.items():
            setattr(row, name, value)
        row.save(update_fields=list(changed))
    return row
