"""The pieces of ground the IS core is drawn from, each with the days it was held.

A version of the core on day D is the union of every `Held` piece whose interval contains D,
minus every `Cut` (ground IS never took, or lost) whose interval contains D, clipped to Syria and
Iraq. Dates are half-open like the API's: `start` is the first day held, `end` the first day not.
`prec` says how exactly a date is known ("day" or "month"); `src` are keys of
fixtures/sources/*.json. `confirmed` marks a piece whose place and both dates two independent
sources agree on (the rule is in fixtures/README.md); core_build.py checks it cites them.
Widths are in kilometres. The valleys are drawn wider than the river: IS held the irrigated strip
and the villages and roads along it, and IHS counts that kind of "territorial dominance" (see
CHRONOLOGY.md); open desert is left out except along the roads IS used, so the sums stay near the
IHS series.
"""

from dataclasses import dataclass
from datetime import date

D = date.fromisoformat
END = D("2019-03-23")  # territorial defeat at Baghouz: IS holds no ground from this day


@dataclass
class Held:
    name: str
    shape: object
    start: date
    end: date
    src: list
    note: str = ""
    start_prec: str = "day"
    end_prec: str = "day"
    cut: bool = False
    confirmed: bool = False


def Cut(*args, **kwargs):
    return Held(*args, cut=True, **kwargs)


def seg(line, a, b):
    """Waypoints a..b (indices, inclusive) of a river line."""
    return line[a : b + 1]
