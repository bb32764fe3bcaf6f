"""oEmbed 1.0 for our snapshot addresses, errors for anything else."""

from urllib.parse import quote

import pytest


def oembed(client, query):
    return client.get(f"/oembed?{query}")


def test_it_answers_a_rich_iframe_for_a_snapshot_page(client, snapshot):
    response = oembed(client, f"url={quote(f'http://testserver/s/{snapshot.id}')}&format=json")
    assert response.status_code == 200
    body = response.json()
    assert body["version"] == "1.0" and body["type"] == "rich"
    assert body["title"] == "Raqqa under IS"
    assert f'src="http://testserver/embed/{snapshot.id}"' in body["html"]
    assert 'title="Map: Raqqa under IS, 1 January 2016"' in body["html"]
    assert "<noscript><img" in body["html"]
    assert (body["width"], body["height"]) == (640, 557)
    assert body["thumbnail_url"] == f"http://testserver/s/{snapshot.id}/social.png"
    assert (body["thumbnail_width"], body["thumbnail_height"]) == (1200, 630)
    # The words the map said on that date, frozen with the snapshot (issue 10).
    assert body["description"] == snapshot.said
    assert body["description"].startswith("On 1 January 2016:")


def test_it_fits_within_maxwidth_and_maxheight(client, snapshot):
    url = quote(f"http://testserver/embed/{snapshot.id}")
    body = oembed(client, f"url={url}&maxwidth=600&maxheight=900").json()
    assert body["width"] == 600 and body["height"] <= 900
    assert body["thumbnail_width"] == 600 and body["thumbnail_height"] == 315
    body = oembed(client, f"url={url}&maxheight=300").json()
    assert body["height"] <= 300
    body = oembed(client, f"url={url}&maxwidth=500&maxheight=200").json()
    assert "thumbnail_url" not in body


def test_it_says_where_to_find_it_on_the_snapshot_pages(client, snapshot):
    for path in (f"/s/{snapshot.id}", f"/embed/{snapshot.id}"):
        page = client.get(path).content.decode()
        assert 'rel="alternate" type="application/json+oembed"' in page
        assert f"/oembed?url=http%3A%2F%2Ftestserver%2Fs%2F{snapshot.id}&amp;format=json" in page


@pytest.mark.parametrize(
    "url",
    [
        "http://elsewhere.example/s/{id}",
        "http://testserver/",
        "http://testserver/s/{id}/social.png",
        "http://testserver/s/2222222222",
        "http://testserver/api/v1/timeline",
    ],
)
def test_addresses_that_are_not_our_snapshots_are_not_found(client, snapshot, url):
    response = oembed(client, f"url={quote(url.format(id=snapshot.id))}")
    assert response.status_code == 404
    assert "is not a snapshot of this site" in response.json()["error"]


@pytest.mark.parametrize(
    ("query", "message"),
    [
        ("", "url is required"),
        ("url=s/abc", "url must be an absolute http(s) address"),
        ("url=ftp://testserver/s/x", "url must be an absolute http(s) address"),
        ("url=http://testserver/s/{id}&maxwidth=wide", "maxwidth must be a whole number"),
        ("url=http://testserver/s/{id}&maxheight=0", "maxheight must be a whole number"),
        ("url=http://testserver/s/{id}&maxwidth=-5", "maxwidth must be a whole number"),
        ("url=http://testserver/s/{id}&format=yaml", "format must be json"),
    ],
)
def test_bad_parameters_are_refused(client, snapshot, query, message):
    response = oembed(client, query.format(id=snapshot.id))
    assert response.status_code == 400
    assert message in response.json()["error"]


def test_xml_is_not_implemented(client, snapshot):
    response = oembed(client, f"url=http://testserver/s/{snapshot.id}&format=xml")
    assert response.status_code == 501
