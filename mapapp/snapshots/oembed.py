"""oEmbed 1.0 (https://oembed.com/) for snapshots: a CMS given /s/<id> gets the iframe to paste.

Only our own snapshot addresses are answered (404 otherwise); JSON only, XML answers 501 as the
specification allows. Extra parameters some consumers send (WordPress's `dnt`, `discover`) are
ignored rather than refused, so that those CMSs keep working.
"""

import re
from urllib.parse import urlencode, urlsplit

from django.http import JsonResponse
from django.template.loader import render_to_string
from django.urls import reverse

from mapapp.http import api_view, error, public_read
from mapapp.snapshots.models import ID_ALPHABET, ID_LENGTH, Snapshot
from mapapp.snapshots.renderer import SIZES
from mapapp.snapshots.withdrawal import withdrawn_file

PROVIDER = "Territorial control map"
OUR_PATH = re.compile(rf"^/(?:s|embed)/([{ID_ALPHABET}]{{{ID_LENGTH}}})/?$")
DEFAULT_WIDTH, MIN_WIDTH, MAX_SIDE = 640, 200, 10000
# The embed is a header and a footer (~130 px) around a 3:2 map; its script reports the exact
# height once loaded, these figures are the best guess before that.
CHROME_HEIGHT = 130


def embed_height(width):
    return round(width * 2 / 3) + CHROME_HEIGHT


def links(request, snapshot):
    absolute = request.build_absolute_uri
    url = absolute(snapshot.get_absolute_url())
    return {
        "id": snapshot.id,
        "url": url,
        "embed_url": absolute(reverse("snapshot-embed", args=[snapshot.id])),
        "image_url": absolute(reverse("snapshot-image", args=[snapshot.id, "social"])),
        "print_image_url": absolute(reverse("snapshot-image", args=[snapshot.id, "print"])),
        "oembed_url": absolute(reverse("oembed")) + "?" + urlencode({"url": url, "format": "json"}),
    }


def embed_code(request, snapshot, width=None, height=None, with_script=True):
    """The HTML a newsroom pastes: a titled iframe, a <noscript> image, the resize listener."""
    context = {
        "snapshot": snapshot,
        "links": links(request, snapshot),
        "origin": request.build_absolute_uri("/").rstrip("/"),
        "width": width,
        "height": height or embed_height(DEFAULT_WIDTH),
        "with_script": with_script,
    }
    return render_to_string("snapshots/embed_code.html", context).strip()


def dimension(request, name):
    value = request.GET.get(name)
    if value in (None, ""):
        return None
    if not value.isdigit() or not 1 <= int(value) <= MAX_SIDE:
        raise ValueError(
            f"{name} must be a whole number of pixels from 1 to {MAX_SIDE}, got {value!r}"
        )
    return int(value)


def size_within(maxwidth, maxheight):
    width = min(DEFAULT_WIDTH, maxwidth or DEFAULT_WIDTH)
    if maxheight and embed_height(width) > maxheight:
        width = round((maxheight - CHROME_HEIGHT) * 3 / 2)
    width = max(width, MIN_WIDTH)
    height = embed_height(width)
    return width, min(height, maxheight) if maxheight else height


def thumbnail(maxwidth, maxheight):
    """The largest rendered image within the consumer's limits (the spec requires it to fit)."""
    for name in ("social", "thumb"):
        width, height = SIZES[name]
        if width <= (maxwidth or width) and height <= (maxheight or height):
            return name, width, height
    return None


def snapshot_for(request, url):
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ValueError(f"url must be an absolute http(s) address of a snapshot, got {url!r}")
    match = OUR_PATH.match(parts.path)
    if parts.netloc.lower() != request.get_host().lower() or not match:
        return None
    return Snapshot.objects.filter(pk=match.group(1)).first()


@public_read
@api_view
def oembed_view(request):
    url = request.GET.get("url", "")
    fmt = request.GET.get("format", "json") or "json"
    try:
        if not url:
            raise ValueError("url is required: the address of a snapshot, /s/<id> or /embed/<id>")
        if fmt not in ("json", "xml"):
            raise ValueError(f"format must be json (or xml, not implemented), got {fmt!r}")
        maxwidth, maxheight = dimension(request, "maxwidth"), dimension(request, "maxheight")
        snapshot = snapshot_for(request, url)
    except ValueError as exc:
        return error(400, str(exc))
    if snapshot is None:
        return error(404, f"{url} is not a snapshot of this site (/s/<id> or /embed/<id>)")
    if snapshot.withdrawn:
        return withdrawn_file(snapshot)
    if fmt == "xml":
        return error(501, "format=xml is not implemented; use format=json")
    return JsonResponse(answer(request, snapshot, maxwidth, maxheight))


def answer(request, snapshot, maxwidth, maxheight):
    width, height = size_within(maxwidth, maxheight)
    body = {
        "version": "1.0",
        "type": "rich",
        "title": snapshot.title,
        "provider_name": PROVIDER,
        "provider_url": request.build_absolute_uri("/"),
        "cache_age": 31536000,
        "html": embed_code(request, snapshot, width, height, with_script=False),
        "width": width,
        "height": height,
    }
    if snapshot.said:
        # What the map said when the snapshot was published (mapapp.speech), for a link preview;
        # oEmbed lets a provider add fields of its own.
        body["description"] = snapshot.said
    thumb = thumbnail(maxwidth, maxheight)
    if thumb:
        name, thumb_width, thumb_height = thumb
        body["thumbnail_url"] = request.build_absolute_uri(
            reverse("snapshot-image", args=[snapshot.id, name])
        )
        body["thumbnail_width"], body["thumbnail_height"] = thumb_width, thumb_height
    return body
