"""HTML pages."""

from django.conf import settings
from django.shortcuts import render
from django.templatetags.static import static
from django.urls import reverse

from mapapp import tiles
from mapapp.geoqueries import EVENT_WINDOW_DAYS
from mapapp.models import Actor, Status
from mapapp.speech.opening import opening_date


def map_page(request):
    # Everything the script needs arrives in one json_script block: no globals, no extra request.
    config = {
        "actors": {a.slug: {"name": a.name, "color": a.color} for a in Actor.objects.all()},
        "statuses": dict(Status.choices),
        "api": {
            "control": reverse("api-control"),
            "timeline": reverse("api-timeline"),
            "events": reverse("api-events"),
            "stats_area": reverse("api-stats-area"),
            "diff": reverse("api-diff"),
            "summary": reverse("api-summary"),
            "changes": reverse("api-changes"),
            "places": reverse("api-places"),
        },
        "opening_date": (lambda d: d.isoformat() if d else None)(opening_date()),
        "basemap": {
            "countries": static("basemap/countries.geojson"),
            "rivers": static("basemap/rivers.geojson"),
            "lakes": static("basemap/lakes.geojson"),
            "places": static("basemap/places.json"),
        },
        "tiles": bool(settings.TILE_URL),
        "event_window_days": EVENT_WINDOW_DAYS,
        # Vector tiles of the areas instead of GeoJSON per date, on a large archive only.
        "area_tiles": tiles.map_config(),
    }
    return render(request, "map.html", {"config": config})
