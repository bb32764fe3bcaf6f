"""The date the map opens on without ?date=: the editors' choice, else the story's last held day.

Opening on the very last change date would show an empty map after the story ends (the seed's
last dates only close versions), so the default is the last change date on which some held
ground is shown.
"""

from mapapp import geoqueries
from mapapp.models import DatedPolygon, MapSettings
from mapapp.speech import HELD_STATUSES


def opening_date():
    chosen = MapSettings.objects.filter(pk=1).values_list("default_date", flat=True).first()
    if chosen:
        return chosen
    # From the end: the story's last held day lies a few change dates before the last one.
    held = DatedPolygon.objects.published().with_status(HELD_STATUSES)
    for day in reversed(geoqueries.change_dates()):
        if held.valid_on(day).exists():
            return day
    return None
