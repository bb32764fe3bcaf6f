"""OGC API - Features, Part 1 Core with GeoJSON, at /ogc/ (for QGIS, ArcGIS, GDAL and friends).

Metadata documents are JSON; items are GeoJSON FeatureCollections with numberMatched,
numberReturned, timeStamp and next/prev links for paging by offset. Published data only.
"""

import json
from datetime import UTC, datetime
from urllib.parse import urlencode

from django.http import JsonResponse
from django.urls import reverse

from mapapp.api.params import reject_unknown
from mapapp.http import GEOJSON, api_view, cached_body, error, public_read
from mapapp.ogc import openapi_doc
from mapapp.ogc.collections import COLLECTIONS
from mapapp.ogc.params import parse_format, parse_items_query

JSON = "application/json"
CONFORMANCE = [
    "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core",
    "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson",
    "http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30",
]


def link(request, name, rel, kind=JSON, title=None, args=(), query=None):
    href = request.build_absolute_uri(reverse(name, args=args))
    if query:
        href += "?" + urlencode(query)
    return {"href": href, "rel": rel, "type": kind, **({"title": title} if title else {})}


def metadata_view(view):
    """Public, CORS-open, GET only; only `f=json` may be passed to a metadata document."""

    @public_read
    @api_view
    def wrapper(request, *args, **kwargs):
        reject_unknown(request.GET, ("f",))
        parse_format(request.GET)
        return view(request, *args, **kwargs)

    return wrapper


def unknown_collection(collection_id):
    known = ", ".join(COLLECTIONS)
    return error(404, f"no collection {collection_id!r} here; the collections are: {known}")


@metadata_view
def landing(request):
    return JsonResponse(
        {
            "title": "Territorial control map",
            "description": "Dated territorial-control polygons and events, published data only.",
            "links": [
                link(request, "ogc-landing", "self", title="This document"),
                link(
                    request,
                    "ogc-api",
                    "service-desc",
                    "application/vnd.oai.openapi+json;version=3.0",
                    "The API definition",
                ),
                link(request, "ogc-conformance", "conformance", title="Conformance classes"),
                link(request, "ogc-collections", "data", title="The collections"),
            ],
        }
    )


@metadata_view
def conformance(request):
    return JsonResponse({"conformsTo": CONFORMANCE})


@metadata_view
def api_definition(request):
    response = JsonResponse(
        openapi_doc.document(request.build_absolute_uri(reverse("ogc-landing")))
    )
    response["Content-Type"] = "application/vnd.oai.openapi+json;version=3.0"
    return response


def collection_document(request, collection):
    document = collection.metadata()
    document["links"] = [
        link(request, "ogc-collection", "self", args=[collection.id], title=collection.title),
        link(request, "ogc-items", "items", GEOJSON, "Its features", args=[collection.id]),
    ]
    return document


@metadata_view
def collections(request):
    return JsonResponse(
        {
            "links": [link(request, "ogc-collections", "self")],
            "collections": [collection_document(request, c) for c in COLLECTIONS.values()],
        }
    )


@metadata_view
def collection(request, collection_id):
    if collection_id not in COLLECTIONS:
        return unknown_collection(collection_id)
    return JsonResponse(collection_document(request, COLLECTIONS[collection_id]))


def page_links(request, collection_id, query, matched):
    """self, and next/prev as offsets over the same query (what GDAL and QGIS follow)."""
    kept = {k: v for k, v in request.GET.items() if k not in ("offset", "limit")}

    def at(offset, rel):
        params = {**kept, "limit": query.limit, "offset": offset}
        return link(request, "ogc-items", rel, GEOJSON, args=[collection_id], query=params)

    links = [at(query.offset, "self")]
    if query.offset + query.limit < matched:
        links.append(at(query.offset + query.limit, "next"))
    if query.offset > 0:
        links.append(at(max(0, query.offset - query.limit), "prev"))
    links.append(link(request, "ogc-collection", "collection", args=[collection_id]))
    return links


def items_body(request, collection, query):
    rows = collection.rows(query.period, query.bbox)
    matched = rows.count()
    ids = list(rows.values_list("id", flat=True)[query.offset : query.offset + query.limit])
    body = json.loads(collection.features(ids))
    body["numberMatched"] = matched
    body["numberReturned"] = len(body["features"])
    body["timeStamp"] = datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    body["links"] = page_links(request, collection.id, query, matched)
    return json.dumps(body, ensure_ascii=False)


@public_read
@api_view
def items(request, collection_id):
    if collection_id not in COLLECTIONS:
        return unknown_collection(collection_id)
    query = parse_items_query(request.GET)
    collection = COLLECTIONS[collection_id]
    # Cached per data version like the rest of the API; the address holds every parameter.
    return cached_body(
        request,
        ["ogc-items", request.build_absolute_uri()],
        lambda: items_body(request, collection, query),
        GEOJSON,
    )


@public_read
@api_view
def item(request, collection_id, feature_id):
    reject_unknown(request.GET, ("f",))
    parse_format(request.GET)
    if collection_id not in COLLECTIONS:
        return unknown_collection(collection_id)
    collection = COLLECTIONS[collection_id]
    found = []
    if feature_id.isdigit() and len(feature_id) < 19:
        found = json.loads(collection.features([int(feature_id)]))["features"]
    if not found:
        return error(404, f"no published feature {feature_id!r} in collection {collection_id!r}")
    feature = found[0]
    feature["links"] = [
        link(request, "ogc-item", "self", GEOJSON, args=[collection_id, feature_id]),
        link(request, "ogc-collection", "collection", args=[collection_id]),
    ]
    return JsonResponse(feature, content_type=GEOJSON, json_dumps_params={"ensure_ascii": False})


@public_read
def not_found(request, path=""):
    return error(404, f"nothing at {request.path}; start at the landing page /ogc/")
