"""Measuring endpoints of the public API: /api/v1/stats/area and /api/v1/diff."""

from mapapp import cache_state, stats
from mapapp.http import GEOJSON, api_view, cached_body
from mapapp.models import Status
from mapapp.params import BadParameter, parse_actor, parse_date, reject_unknown, single


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


def known_actor(query, required):
    value = single(query, "actor", required=required)
    if value is None:
        return None
    return parse_actor(value, cache_state.actor_slugs())


@api_view
def area(request):
    """One row per change date: the actor's ground (optionally of one status) in km²."""
    query = request.GET
    reject_unknown(query, ("actor", "status"))
    if not single(query, "actor"):
        raise BadParameter("actor is required: the slug of an actor, e.g. actor=islamic-state")
    actor = known_actor(query, required=True)
    status = parse_status(single(query, "status")) if single(query, "status") else None
    return cached_body(
        request, ["stats-area", actor, status], lambda: stats.area_series(actor, status)
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
    status = parse_status(single(query, "status")) if single(query, "status") else None
    # Two days in the same epochs give the same answer: key the cache by the epochs.
    epochs = (cache_state.epoch_for(start), cache_state.epoch_for(end))
    return cached_body(
        request,
        ["diff", *epochs, actor, status],
        lambda: stats.diff_collection(start, end, actor, status),
        GEOJSON,
    )
