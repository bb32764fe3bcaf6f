"""The rules of speech: what the map, snapshots, oEmbed and the API say about a date.

docs/speech.md explains each rule. The one definition of "held ground" lives here and every
measurement that defaults to it (stats, diff, summary, changes, place histories) imports it.
"""

# Held ground: the actor holds it, even if it is fought over or surrounded. Presence and claims
# are reported apart and never added to it.
HELD_STATUSES = ("besieged", "contested", "controlled")
PRESENCE_STATUSES = ("claimed", "presence")
# The actor the story is about: its last pocket and its absence are named.
STORY_ACTOR = "islamic-state"
# Syria and Iraq are reported apart from the provinces abroad.
CORE_COUNTRIES = ("IQ", "SY")
