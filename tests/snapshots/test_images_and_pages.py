"""The snapshot's image, page and caching: what a social network, a reader and a CDN see."""

import io

import numpy as np
from PIL import Image

from mapapp.snapshots import mapdraw
from mapapp.snapshots.view import frame_for

IMMUTABLE = "public, max-age=31536000, immutable"
# Pages and embeds are revalidated after minutes, so that a withdrawal reaches readers (issue 11).
BRIEF = "public, max-age=300"


def png(client, snapshot, size):
    response = client.get(f"/s/{snapshot.id}/{size}.png")
    assert response.status_code == 200
    assert response["Content-Type"] == "image/png"
    image = Image.open(io.BytesIO(response.content))
    image.verify()  # a truncated or corrupt PNG raises here
    return Image.open(io.BytesIO(response.content)).convert("RGB")


def test_the_images_are_valid_pngs_of_the_promised_sizes(client, snapshot):
    assert png(client, snapshot, "social").size == (1200, 630)
    assert png(client, snapshot, "print").size == (2400, 1600)
    assert png(client, snapshot, "thumb").size == (600, 315)
    assert client.get(f"/s/{snapshot.id}/huge.png").status_code == 404


def test_the_pixels_show_the_polygon_in_its_actors_colour(client, snapshot):
    image = png(client, snapshot, "social")
    frame = frame_for(snapshot, 1200, 630)
    # The centre of the red box, and a point east of it, clear of the legend and the title.
    inside = image.getpixel(tuple(round(v) for v in frame.point(39.0, 36.0)))
    outside = image.getpixel(tuple(round(v) for v in frame.point(40.4, 36.0)))
    red, green, blue = inside
    assert red > 200 and green < 140 and blue < 140, inside  # red at 55 % over the land colour
    assert abs(outside[0] - outside[1]) < 30, outside  # no red outside the polygon


def test_a_comparison_draws_gained_ground_in_green(client, editor, red_polygon):
    client.force_login(editor)
    links = client.post(
        "/snapshots/publish",
        {"title": "Gains", "date": "2015-01-01", "compare": "2014-01-01"},
        content_type="application/json",
    ).json()
    image = Image.open(io.BytesIO(client.get(links["image_url"]).content)).convert("RGB")
    r, g, b = (np.asarray(image).astype(int)[:, :, i] for i in range(3))
    greens = int(((g > 120) & (g > r + 30) & (g > b + 20)).sum())
    assert greens > 5000  # the gained Raqqa box, flat green as on the map (the style spec)


def test_snapshot_responses_are_cached_with_etags_images_for_ever_pages_briefly(client, snapshot):
    for path, cache_control in (
        (f"/s/{snapshot.id}", BRIEF),
        (f"/embed/{snapshot.id}", BRIEF),
        (f"/s/{snapshot.id}/social.png", IMMUTABLE),
    ):
        response = client.get(path)
        assert response["Cache-Control"] == cache_control
        etag = response["ETag"]
        again = client.get(path, HTTP_IF_NONE_MATCH=etag)
        assert again.status_code == 304
        assert again["ETag"] == etag


def test_pages_are_sent_gzipped_to_browsers_that_accept_it(client, snapshot):
    response = client.get(f"/embed/{snapshot.id}", HTTP_ACCEPT_ENCODING="gzip, br")
    assert response["Content-Encoding"] == "gzip"
    assert "Accept-Encoding" in response["Vary"]


def test_the_page_shows_caption_sources_citation_and_a_link_to_the_live_map(client, snapshot):
    page = client.get(f"/s/{snapshot.id}").content.decode()
    assert "The capital." in page
    assert '<a href="https://example.org/raqqa" rel="noopener noreferrer">Raqqa falls</a>' in page
    assert "Raqqa under IS [map]. Territorial control map, data as of 1 January 2016" in page
    assert f"http://testserver/s/{snapshot.id}</p>" in page
    assert 'href="/?date=2016-01-01"' in page
    assert f'content="http://testserver/s/{snapshot.id}/social.png"' in page
    assert '<meta name="twitter:card" content="summary_large_image">' in page
    assert "&lt;noscript&gt;&lt;img" in page  # the embed dialog's code, escaped in a textarea


def test_an_unknown_snapshot_is_not_found(client, db):
    assert client.get("/s/2222222222").status_code == 404
    assert client.get("/embed/2222222222").status_code == 404
    assert client.get("/s/2222222222/social.png").status_code == 404


def test_the_frozen_data_can_be_downloaded(client, snapshot):
    response = client.get(f"/s/{snapshot.id}/data.geojson")
    assert response["Content-Type"] == "application/geo+json"
    assert response["Cache-Control"] == IMMUTABLE
    body = response.json()
    assert [f["properties"]["territory"] for f in body["features"]] == ["Raqqa"]
    assert (
        f'href="/s/{snapshot.id}/data.geojson"' in client.get(f"/s/{snapshot.id}").content.decode()
    )


def test_a_dash_pattern_leaves_gaps_of_the_given_length():
    pieces = mapdraw.dashes([(0, 0), (100, 0)], 10, 5)
    assert len(pieces) == 7  # 0-10, 15-25, ... 90-100
    assert pieces[0] == [(0, 0), (10.0, 0.0)]
    assert pieces[1][0] == (15.0, 0.0)


def test_the_embed_lists_its_areas_in_words_for_screen_readers(client, snapshot):
    page = client.get(f"/embed/{snapshot.id}").content.decode()
    assert '<ul class="sr-only" aria-label="Areas on this map">' in page
    assert "Raqqa: Red actor, controlled (assessed), about 20," in page
