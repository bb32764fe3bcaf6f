"""Only the embeds may be framed; every other page refuses it in both headers browsers read."""

import pytest

REFUSING = [
    "/",
    "/admin/login/",
    "/api/v1/control?date=2016-01-01",
    "/api/v1/timeline",
    "/api/v1/schema",
    "/s/{id}",
    "/s/{id}/social.png",
    "/oembed?url=http://testserver/s/{id}",
    "/embed/not-a-snapshot",
    "/no-such-page",
]
FRAMEABLE = ["/embed/{id}", "/embed/live", "/embed/live?date=2016-01-01"]


@pytest.mark.parametrize("path", REFUSING)
def test_every_other_page_refuses_to_be_framed(client, snapshot, path):
    response = client.get(path.format(id=snapshot.id))
    assert response["X-Frame-Options"] == "DENY"
    assert "frame-ancestors 'none'" in response["Content-Security-Policy"]


@pytest.mark.parametrize("path", FRAMEABLE)
def test_the_embeds_may_be_framed_by_any_site(client, snapshot, path):
    response = client.get(path.format(id=snapshot.id))
    assert response.status_code == 200
    assert "X-Frame-Options" not in response
    directives = [d.strip() for d in response["Content-Security-Policy"].split(";")]
    assert "frame-ancestors *" in directives
    assert not [
        d for d in directives if d.startswith("frame-ancestors") and d != "frame-ancestors *"
    ]


def test_the_live_embed_says_it_is_live_and_refuses_a_bad_date(client, snapshot):
    page = client.get("/embed/live?date=2016-01-01").content.decode()
    assert "LIVE" in page and "changes whenever editors correct it" in page
    assert "1 January 2016" in page
    response = client.get("/embed/live?date=2016-13-01")
    assert response.status_code == 400
    assert "date must be a real calendar day" in response.json()["error"]
    response = client.get("/embed/live?day=2016-01-01")
    assert response.status_code == 400
    assert "unknown parameter 'day'" in response.json()["error"]
