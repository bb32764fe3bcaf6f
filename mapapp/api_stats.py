"""Measuring endpoints of the public API: /api/v1/stats/area and /api/v1/diff."""

from mapapp import geoqueries, stats
from mapapp.http import GEOJSON, api_view, cached_body
from mapapp.models import Actor, Status
from mapapp.params import BadParameter, parse_actor, parse_date, reject_unknown, single
from mapapp.speech import HELD_STATUSES
from mapapp.speech.regions import known_codes


def parse_status(value):
    """One status or several, comma-separated (the chart asks for held ground: three of them)."""
    statuses = value.split(",")
    for status in statuses:
        if status not in Status.values:
            raise BadParameter(
                f"status must be one or more of {', '.join(Status.values)} separated by "
                f"commas, got {value!r}"
            )
    return sorted(set(statuses))


def parse_countries(value):
    """ISO 3166 alpha-2 codes, comma-separated, among the reference outlines."""
    codes = sorted({code.strip().upper() for code in value.split(",")})
    unknown = [code for code in codes if code not in known_codes()]
    if unknown or not codes:
        raise BadParameter(
            f"country must be ISO codes separated by commas, among {', '.join(known_codes())}; "
            f"got {value!r}"
        )
    return codes


def statuses(query):
    """The statuses asked for; by default held ground (mapapp.speech.HELD_STATUSES)."""
    value = single(query, "status")
    return parse_status(value) if value else list(HELD_STATUSES)


def known_actor(query, required):
    value = single(query, "actor", required=required)
    if value is None:
        return None
    return parse_actor(value, set(Actor.objects.values_list("slug", flat=True)))


@api_view
def area(request):
    """One row per change date: the actor's held ground (or the statuses asked) in km²."""
    query = request.GET
    reject_unknown(query, ("actor", "status", "country"))
    if not single(query, "actor"):
        raise BadParameter("actor is required: the slug of an actor, e.g. actor=islamic-state")
    actor = known_actor(query, required=True)
    status = statuses(query)
    country = parse_countries(single(query, "country")) if single(query, "country") else None
    return cached_body(
        request,
        ["stats-area", actor, status, country],
        lambda: stats.area_series(actor, status, country),
    )


@api_view
def diff(request):
    """Ground gained and lost between two dates, per actor; `actor` narrows it to one."""
    query = request.GET
    reject_unknown(query, ("from", "to", "actor", "status"))
    start = parse_date("from", single(query, "from", required=True))
    end = parse_date("to", single(query, "to", required=True))
    if start > end:
        raise BadParameter(
            f"from ({start}) is after to ({end}); give the earlier date as from, "
            "so that gained means gained over time"
        )
    actor = known_actor(query, required=False)
    status = statuses(query)
    # Two days in the same epochs give the same answer: key the cache by the epochs.
    epochs = (geoqueries.epoch_for(start), geoqueries.epoch_for(end))
    return cached_body(
        request,
        ["diff", *epochs, actor, status],
        lambda: stats.diff_collection(start, end, actor, status),
        GEOJSON,
    )
