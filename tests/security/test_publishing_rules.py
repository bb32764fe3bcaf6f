"""Issue 11, item 3: nothing reaches readers without a reviewer.

Events, the actors, territories and sources readers see, and snapshots all pass the publish
permission of the Reviewers group; a published event cites a source.
"""

import json
from datetime import date

import pytest
from django.urls import reverse

from mapapp.models import Event, Source, State, Territory
from tests.factories import make_event, make_polygon, make_source, make_territory
from tests.security.people import editor, reviewer

pytestmark = pytest.mark.django_db


def signed_in(client, person):
    client.force_login(person())
    return client


def event_form(event=None, **changes):
    data = {
        "title": event.title if event else "Sermon at al-Nuri mosque",
        "date": (event.date if event else date(2014, 7, 4)).isoformat(),
        "date_precision": "day",
        "location": json.dumps({"type": "Point", "coordinates": [43.13, 36.34]}),
        "description": event.description if event else "",
        "sources": [s.pk for s in event.sources.all()] if event else [],
        "state": event.state if event else State.DRAFT,
    }
    return {**data, **changes}


def errors_of(response):
    form = response.context["adminform"].form
    return " ".join(str(e) for errors in form.errors.values() for e in errors)


def test_an_editor_cannot_publish_an_event(client):
    signed_in(client, editor)
    source = make_source()
    response = client.post(
        reverse("admin:mapapp_event_add"),
        event_form(state=State.PUBLISHED, sources=[source.pk]),
    )
    assert response.status_code == 200
    assert "needs the permission 'Can publish dated polygons'" in errors_of(response)
    assert not Event.objects.exists()


def test_an_editor_drafts_an_event_and_readers_do_not_see_it(client):
    signed_in(client, editor)
    response = client.post(reverse("admin:mapapp_event_add"), event_form())
    assert response.status_code == 302
    assert Event.objects.get().state == State.DRAFT
    assert client.get("/api/v1/events").json()["features"] == []


def test_an_editor_cannot_change_a_published_event(client):
    event = make_event(title="Baghouz captured")
    signed_in(client, editor)
    response = client.post(
        reverse("admin:mapapp_event_change", args=[event.pk]),
        event_form(event, title="Baghouz never fell"),
    )
    assert "changing a published event" in errors_of(response)
    assert Event.objects.get(pk=event.pk).title == "Baghouz captured"


def test_a_published_event_needs_a_source_even_from_a_reviewer(client):
    signed_in(client, reviewer)
    response = client.post(reverse("admin:mapapp_event_add"), event_form(state=State.PUBLISHED))
    assert "A published event needs at least one source." in errors_of(response)
    assert not Event.objects.exists()


def test_a_reviewer_publishes_a_sourced_event(client):
    signed_in(client, reviewer)
    source = make_source()
    response = client.post(
        reverse("admin:mapapp_event_add"),
        event_form(state=State.PUBLISHED, sources=[source.pk]),
    )
    assert response.status_code == 302
    assert Event.objects.get().state == State.PUBLISHED


def test_an_editor_cannot_rename_a_territory_readers_see(client):
    territory = make_territory("raqqa", name="Raqqa")
    make_polygon(territory, valid_from=date(2014, 6, 29))
    signed_in(client, editor)
    response = client.post(
        reverse("admin:mapapp_territory_change", args=[territory.pk]),
        {"slug": "raqqa", "name": "<b>Liberated</b> Raqqa", "description": ""},
    )
    assert response.status_code == 200
    assert "readers see “Raqqa” on 1 published version" in errors_of(response)
    assert Territory.objects.get(pk=territory.pk).name == "Raqqa"


def test_an_editor_may_rename_a_territory_only_drafts_use(client):
    territory = make_territory("deir-ez-zor", name="Deir ez-Zor")
    make_polygon(territory, state=State.DRAFT)
    signed_in(client, editor)
    response = client.post(
        reverse("admin:mapapp_territory_change", args=[territory.pk]),
        {"slug": "deir-ez-zor", "name": "Deir ez-Zor city", "description": ""},
    )
    assert response.status_code == 302
    assert Territory.objects.get(pk=territory.pk).name == "Deir ez-Zor city"


def source_form(source, **changes):
    fields = ("key", "title", "publisher", "url", "quote")
    data = {name: getattr(source, name) or "" for name in fields}
    data["published"] = source.published.isoformat() if source.published else ""
    return {**data, **changes}


def test_an_editor_cannot_repoint_a_source_a_published_event_cites(client):
    source = make_source(title="Baghouz falls", url="https://example.org/baghouz")
    make_event(sources=[source])
    signed_in(client, editor)
    response = client.post(
        reverse("admin:mapapp_source_change", args=[source.pk]),
        source_form(source, url="https://troll.example/baghouz"),
    )
    assert "1 published event" in errors_of(response)
    assert Source.objects.get(pk=source.pk).url == "https://example.org/baghouz"


def test_a_reviewer_corrects_a_published_source(client):
    source = make_source(title="Baghouz falls", url="https://example.org/baghouz")
    make_polygon(sources=[source])
    signed_in(client, reviewer)
    response = client.post(
        reverse("admin:mapapp_source_change", args=[source.pk]),
        source_form(source, title="Baghouz falls to the SDF"),
    )
    assert response.status_code == 302
    assert Source.objects.get(pk=source.pk).title == "Baghouz falls to the SDF"


def publish_snapshot(client):
    body = {"title": "Raqqa, 2016", "date": "2016-01-01"}
    return client.post("/snapshots/publish", json.dumps(body), content_type="application/json")


def test_a_reviewer_publishes_a_snapshot_and_an_editor_may_not(client):
    make_polygon(valid_from=date(2015, 1, 1))
    signed_in(client, editor)
    refused = publish_snapshot(client)
    assert refused.status_code == 403
    assert "Reviewers group" in refused.json()["error"]

    signed_in(client, reviewer)
    assert publish_snapshot(client).status_code == 201
