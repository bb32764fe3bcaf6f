"""HTML pages."""

import logging

from django.conf import settings
from django.shortcuts import render
from django.templatetags.static import static
from django.urls import reverse

from mapapp import style, tiles
from mapapp.basemap_levels import basemap_levels
from mapapp.degrade import last_known
from mapapp.geoqueries import EVENT_WINDOW_DAYS
from mapapp.ground.derive import NO_ONE
from mapapp.models import Actor, Status, lineages
from mapapp.preload import first_answers, later_modules, map_modules
from mapapp.speech.opening import opening_date
from mapapp.speech.summary import day_text

logger = logging.getLogger(__name__)
# The map page's last configuration, kept without expiry in the shared cache: while the database
# is down the page still opens on it, and the cached API answers draw the map.
LAST_CONFIG_KEY = "map-config:last-known"


def actors_config():
    chains = lineages()
    return {
        a.slug: {"name": a.name, "color": a.color, "lineage": chains[a.slug]}
        for a in Actor.objects.all()
    }


def sides_config():
    """Whose side the summary and the chart can tell: each lineage once, under its latest name
    ("Syrian Democratic Forces (… (YPG) before 10 October 2015)"); no one's desert is no side."""
    actors = {a.slug: a for a in Actor.objects.all()}
    sides = []
    for slug, chain in lineages().items():
        if chain[-1] != slug or slug == NO_ONE:
            continue
        earlier = [
            f"{actors[s].name} before {day_text(actors[s].succeeded_on)}" for s in chain[:-1]
        ]
        name = actors[slug].name + (f" ({'; '.join(earlier)})" if earlier else "")
        sides.append({"slug": slug, "name": name})
    return sorted(sides, key=lambda side: side["name"])


def map_config():
    """The page's configuration, from the database; while it is down, the last one built."""
    config, stale = last_known(LAST_CONFIG_KEY, build_map_config)
    if stale:
        logger.warning("map page served from its last configuration: the database is down")
    return config


def build_map_config():
    # Everything the script needs arrives in one json_script block: no globals, no extra request.
    return {
        "actors": actors_config(),
        "sides": sides_config(),
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
            "region": static("basemap/world-110m-region.geojson"),
            "world": static("basemap/world-110m-rest.geojson"),
            "towns": static("basemap/towns.json"),
            "levels": basemap_levels(),
        },
        "tiles": bool(settings.TILE_URL),
        "event_window_days": EVENT_WINDOW_DAYS,
        # Vector tiles of the areas instead of GeoJSON per date, on a large archive only.
        "area_tiles": tiles.map_config(),
        # Modules map.js imports later, by their static (hashed) URLs (mapapp/preload.py).
        "modules": later_modules(),
    }


def map_page(request):
    config = map_config()
    context = {
        "config": config,
        "modules": map_modules(),
        "first_answers": first_answers(request, config),
        "style_spec": style.spec(),
    }
    return render(request, "map.html", context)
