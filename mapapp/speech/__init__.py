"""The rules of speech: what the map, snapshots, oEmbed and the API say about a date.

docs/speech.md explains each rule. "Held ground" is defined once, beside the statuses in
mapapp.models, and every measurement that defaults to it (stats, diff, summary, changes, place
histories) uses that one definition.
"""

from mapapp.models import COVERING_STATUSES, HELD_STATUSES, Status

# Held ground: the actor holds it, even if it is fought over or surrounded. Presence and claims
# are reported apart and never added to it; open desert held by no one is neither.
PRESENCE_STATUSES = tuple(s for s in Status.values if s not in COVERING_STATUSES)
# The actor the story is about, unless the reader picks another: its last pocket and its
# absence are named.
STORY_ACTOR = "islamic-state"
STORY_NAME = "Islamic State"  # said even before any actor row exists
# Syria and Iraq are reported apart from the provinces abroad.
CORE_COUNTRIES = ("IQ", "SY")

__all__ = ["CORE_COUNTRIES", "HELD_STATUSES", "PRESENCE_STATUSES", "STORY_ACTOR", "STORY_NAME"]
