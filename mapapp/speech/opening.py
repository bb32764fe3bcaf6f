"""The date the map opens on without ?date=: the editors' choice, else the story's last held day.

Opening on the very last change date would show an empty map after the story ends (the seed's
last dates only close versions), so the default is the last change date on which some held
ground is shown.
"""

from django.db import connection

from mapapp.models import MapSettings
from mapapp.speech import HELD_STATUSES

LAST_HELD_SQL = """
SELECT max(d.d) FROM (
    SELECT valid_from AS d FROM mapapp_datedpolygon WHERE state = 'published'
    UNION
    SELECT valid_to FROM mapapp_datedpolygon WHERE state = 'published' AND valid_to IS NOT NULL
) AS d
WHERE EXISTS (
    SELECT 1 FROM mapapp_datedpolygon p
    WHERE p.state = 'published' AND p.validity @> d.d AND p.status = ANY(%s)
)
"""


def opening_date():
    chosen = MapSettings.objects.filter(pk=1).values_list("default_date", flat=True).first()
    if chosen:
        return chosen
    with connection.cursor() as cursor:
        cursor.execute(LAST_HELD_SQL, [list(HELD_STATUSES)])
        return cursor.fetchone()[0]
