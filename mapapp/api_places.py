"""What the map says, as API endpoints: summary, place search, place history, changes by place.

Every text comes from mapapp.speech (the rules of speech); these views only parse and cache.
"""

import json

from mapapp import gazetteer, geoqueries
from mapapp.api.params import BadParameter, parse_bbox, parse_date, reject_unknown, single
from mapapp.http import api_view, cached_body, error, public_read
from mapapp.speech.changes import changes_on, places_between
from mapapp.speech.history import place_history
from mapapp.speech.summary import summary as summary_of

MAX_LIMIT = 50


def parse_limit(value):
    try:
        limit = int(value)
    except ValueError:
        message = f"limit must be a whole number from 1 to {MAX_LIMIT}, got {value!r}"
        raise BadParameter(message) from None
    if not 1 <= limit <= MAX_LIMIT:
        raise BadParameter(f"limit must be a whole number from 1 to {MAX_LIMIT}, got {value!r}")
    return limit


def place_json(place):
    keys = ("id", "name", "names", "country", "lat", "lon", "kind", "population")
    return {key: place[key] for key in keys}


@public_read
@api_view
def summary(request):
    query = request.GET
    reject_unknown(query, ("date", "bbox"))
    day = parse_date("date", single(query, "date", required=True))
    bbox = parse_bbox(single(query, "bbox")) if single(query, "bbox") else None
    # The summary depends only on what is shown, so days of one epoch share it but for the
    # date it names: key by day (cheap enough, and the text quotes the day).
    return cached_body(request, ["summary", day, bbox], lambda: json.dumps(summary_of(day, bbox)))


@public_read
@api_view
def places(request):
    query = request.GET
    reject_unknown(query, ("q", "limit"))
    text = single(query, "q")
    if not text or not text.strip():
        raise BadParameter("q is required: part of a place name, e.g. q=Mosul")
    limit = parse_limit(single(query, "limit")) if single(query, "limit") else 10
    found = gazetteer.search(text, limit)
    body = {"q": text, "places": [place_json(p) for p in found]}
    if not found:
        # Said in words and with the nearest spellings, so a reader can try again.
        body["message"] = f"no place called {text.strip()!r}"
        body["nearest"] = gazetteer.nearest_spellings(text)
    return cached_body(request, ["places", text, limit], lambda: json.dumps(body))


@public_read
@api_view
def place(request, ident):
    reject_unknown(request.GET, ())
    found = gazetteer.by_id().get(ident)
    if found is None:
        return error(404, f"no place with id {ident!r}; find ids with /api/v1/places?q=")
    return cached_body(
        request,
        ["place-history", ident],
        lambda: json.dumps(place_history(place_json(found))),
    )


@public_read
@api_view
def changes(request):
    query = request.GET
    reject_unknown(query, ("date", "since"))
    day = parse_date("date", single(query, "date", required=True))
    if single(query, "since"):
        # The comparison: places whose holder differs between two dates, not two epochs.
        since = parse_date("since", single(query, "since"))
        start, end = sorted((since, day))
        return cached_body(
            request,
            ["changes-between", geoqueries.epoch_for(start), geoqueries.epoch_for(end)],
            lambda: json.dumps(places_between(start, end)),
        )
    epoch = geoqueries.epoch_for(day)
    return cached_body(request, ["changes", epoch, day], lambda: json.dumps(changes_on(day)))
