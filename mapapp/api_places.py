"""What the map says, as API endpoints: summary, place search, place history, changes by place.

Every text comes from mapapp.speech (the rules of speech); these views only parse and cache.
"""

import json

from mapapp import gazetteer, geoqueries
from mapapp.api.params import ChangesQuery, NoQuery, PlacesQuery, SummaryQuery
from mapapp.http import api_view, cached_body, error, public_read
from mapapp.speech import STORY_ACTOR
from mapapp.speech.changes import changes_on, places_between
from mapapp.speech.history import place_history
from mapapp.speech.summary import summary as summary_of


def place_json(place):
    keys = ("id", "name", "names", "country", "lat", "lon", "kind", "population")
    return {key: place[key] for key in keys}


@public_read
@api_view
def summary(request):
    q = SummaryQuery.parse(request.GET)
    # The summary depends only on what is shown, so days of one epoch share it but for the
    # date it names: key by day (cheap enough, and the text quotes the day).
    actor = q.actor or STORY_ACTOR
    return cached_body(
        request,
        ["summary", q.day, q.bbox, actor],
        lambda: json.dumps(summary_of(q.day, q.bbox, actor)),
    )


@public_read
@api_view
def places(request):
    q = PlacesQuery.parse(request.GET)
    text, limit = q.q, q.limit
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
    NoQuery.parse(request.GET)
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
    q = ChangesQuery.parse(request.GET)
    if q.since:
        # The comparison: places whose holder differs between two dates, not two epochs.
        start, end = sorted((q.since, q.day))
        return cached_body(
            request,
            ["changes-between", geoqueries.epoch_for(start), geoqueries.epoch_for(end)],
            lambda: json.dumps(places_between(start, end)),
        )
    epoch = geoqueries.epoch_for(q.day)
    return cached_body(request, ["changes", epoch, q.day], lambda: json.dumps(changes_on(q.day)))
