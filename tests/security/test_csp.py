"""Item 9: a strict Content-Security-Policy on every page, and no page breaks it.

Scripts run only from this site or with the request's nonce; an injected inline script is
blocked. The Chromium runs listen for `securitypolicyviolation` events on the map, the admin
change form, the snapshot page and the embed, and expect none.
"""

import pytest

from tests.security.browser import DAY, plant, planted_snapshot, sign_in, watch

PAGES = ["/", "/admin/login/", "/s/{id}", "/embed/{id}", "/embed/live", "/api/v1/timeline"]


def directives(response):
    policy = response["Content-Security-Policy"]
    return {d.split()[0]: d.split()[1:] for d in (p.strip() for p in policy.split(";")) if d}


@pytest.mark.django_db
@pytest.mark.parametrize("path", PAGES)
def test_every_page_allows_only_own_or_nonced_scripts(client, path):
    plant()
    response = client.get(path.format(id=planted_snapshot().id))
    policy = directives(response)
    assert policy["script-src"][0] == "'self'"
    assert "'unsafe-inline'" not in policy["script-src"]
    assert "'unsafe-eval'" not in policy["script-src"]
    assert policy["object-src"] == ["'none'"] and policy["base-uri"] == ["'none'"]
    # The framing rules of mapapp/snapshots/framing.py are kept.
    expected = ["*"] if path.startswith("/embed/") else ["'none'"]
    assert policy["frame-ancestors"] == expected


@pytest.mark.django_db
def test_the_map_page_nonce_is_fresh_for_every_request(client):
    first, second = client.get("/"), client.get("/")
    nonce = [s for s in directives(first)["script-src"] if s.startswith("'nonce-")]
    assert nonce and nonce != [s for s in directives(second)["script-src"] if "nonce" in s]
    # django-leaflet's inline map script carries it.
    assert f'<script nonce="{nonce[0][7:-1]}">' in first.content.decode()


def violations(page):
    return page.evaluate("() => window.__csp") + [
        e for e in page.console_errors if "Content Security Policy" in e
    ]


@pytest.mark.browser
@pytest.mark.django_db(transaction=True)
def test_no_page_breaks_the_policy_and_injected_script_is_blocked(page, live_server, reviewer):
    polygon = plant()
    snapshot = planted_snapshot()
    base = live_server.url
    watch(page)

    page.goto(f"{base}/?date={DAY}")
    page.wait_for_function("d => document.body.dataset.shownDate === d", arg=DAY)
    assert violations(page) == []
    # What an attacker's markup would do, had it reached the DOM as HTML: nothing.
    page.evaluate(
        """() => {
            const script = document.createElement("script");
            script.textContent = "window.__inline = 1";
            document.body.append(script);
        }"""
    )
    page.wait_for_function("() => window.__csp.length > 0")
    assert page.evaluate("() => window.__inline") is None
    assert "script-src" in page.evaluate("() => window.__csp")[0]

    sign_in(page, base)
    page.console_errors.clear()
    page.goto(f"{base}/admin/mapapp/datedpolygon/{polygon.pk}/change/")
    page.wait_for_selector(".editor-neighbours-status")
    page.locator("#id_geometry-map path.leaflet-interactive").first.wait_for()
    assert violations(page) == []

    page.goto(f"{base}/s/{snapshot.id}")
    page.frame_locator("iframe.snapshot-frame").locator("body[data-rendered=true]").wait_for()
    assert violations(page) == []
    assert all(f.evaluate("() => window.__csp") == [] for f in page.frames)

    page.goto(f"{base}/embed/{snapshot.id}")
    page.locator("body[data-rendered=true]").wait_for()
    assert violations(page) == []
