import json
import tempfile
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from shapely.geometry import shape

from mapapp.ground.derive import GOVERNMENT
from mapapp.ground.government import derive_in_database, derived_territories
from mapapp.importing import ImportRefused, import_polygons
from mapapp.models import DatedPolygon

COUNTRIES = Path(settings.BASE_DIR) / "fixtures" / "reference" / "countries-10m.geojson"


class Command(BaseCommand):
    help = (
        "Rebuild each government's ground (the rest of Syria and of Iraq once every other "
        "side's published ground is taken away, but for desert enclosed by Islamic State's "
        "corridors) after editors moved a line. All or nothing."
    )

    def handle(self, *args, **options):
        data = json.loads(COUNTRIES.read_text(encoding="utf-8"))
        countries = {
            f["properties"]["iso_a2"]: shape(f["geometry"])
            for f in data["features"]
            if f["properties"]["iso_a2"] in GOVERNMENT
        }
        features = derive_in_database(countries)
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "derived.geojson"
            collection = {"type": "FeatureCollection", "features": features}
            path.write_text(json.dumps(collection), encoding="utf-8")
            try:
                # The old derived versions go first: their days of change may have moved.
                with transaction.atomic():
                    derived = DatedPolygon.objects.filter(territory__slug__in=derived_territories())
                    removed, _ = derived.delete()
                    result = import_polygons(path)
            except ImportRefused as refused:
                raise CommandError(
                    "Derived ground refused, nothing changed:\n  " + "\n  ".join(refused.errors)
                ) from None
        self.stdout.write(
            f"Government ground rebuilt: {len(features)} versions ({removed} replaced). "
            f"{result.summary()}"
        )
