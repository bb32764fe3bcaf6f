"""The dated-polygon form through the admin: publishing, sources, constraints, locks, warnings."""

from datetime import date

import pytest
from django.contrib.messages import get_messages
from django.urls import reverse

from mapapp.models import DatedPolygon, Source, State
from tests.editing.helpers import add_url, change_url, errors_of, form_data, reload
from tests.factories import box, make_actor, make_polygon, make_source, make_territory

pytestmark = pytest.mark.django_db

BOWTIE = '{"type":"Polygon","coordinates":[[[40,34],[41,35],[41,34],[40,35],[40,34]]]}'


def draft(**fields):
    return make_polygon(state=State.DRAFT, **fields)


def test_groups_exist_out_of_the_box_and_only_reviewers_may_publish(editor, reviewer):
    assert not editor.has_perm("mapapp.publish_datedpolygon")
    assert editor.has_perm("mapapp.change_datedpolygon")
    assert reviewer.has_perm("mapapp.publish_datedpolygon")


def test_an_editor_cannot_publish(editor_client):
    version = draft()
    response = editor_client.post(change_url(version), form_data(version, state="published"))
    assert response.status_code == 200
    assert "needs the permission 'Can publish dated polygons'" in errors_of(response)
    assert reload(version).state == State.DRAFT


def test_an_editor_cannot_change_a_published_version(editor_client):
    version = make_polygon(state=State.PUBLISHED)
    response = editor_client.post(change_url(version), form_data(version, notes="moved"))
    assert "needs the permission" in errors_of(response)
    assert reload(version).notes == ""


def test_a_reviewer_publishes_and_the_public_api_shows_it(reviewer_client, client):
    version = draft()
    response = reviewer_client.post(change_url(version), form_data(version, state="published"))
    assert response.status_code == 302
    assert reload(version).state == State.PUBLISHED
    client.logout()
    body = client.get("/api/v1/control?date=2015-06-01").json()
    assert [f["properties"]["id"] for f in body["features"]] == [version.pk]


def test_a_published_version_needs_a_source(reviewer_client):
    version = draft(sources=[])
    response = reviewer_client.post(change_url(version), form_data(version, state="published"))
    assert "A published dated polygon needs at least one source." in errors_of(response)
    assert reload(version).state == State.DRAFT


def test_an_overlapping_version_is_a_form_error_naming_it(reviewer_client):
    territory = make_territory("mosul", name="Mosul")
    earlier = make_polygon(
        territory=territory, valid_from=date(2014, 6, 10), valid_to=date(2017, 7, 10)
    )
    later = draft(territory=territory, valid_from=date(2017, 7, 10), valid_to=None)
    # Moving the start back into the earlier version: the database's exclusion constraint would
    # refuse it with a 500; the form says which version is in the way.
    response = reviewer_client.post(change_url(later), form_data(later, valid_from="2017-01-01"))
    assert response.status_code == 200
    message = errors_of(response)
    assert f"#{earlier.pk} Mosul [2014-06-10, 2017-07-10)" in message
    assert "Another version of Mosul is valid on some of these days" in message


def test_a_reversed_interval_is_a_form_error(reviewer_client):
    version = draft()
    response = reviewer_client.post(change_url(version), form_data(version, valid_to="2014-12-31"))
    assert "valid_to 2014-12-31 must be after valid_from 2015-01-01" in errors_of(response)


def test_a_self_intersecting_shape_is_refused_then_repaired_and_shown_before_saving(
    reviewer_client,
):
    version = draft()
    response = reviewer_client.post(change_url(version), form_data(version, geometry=BOWTIE))
    assert "The geometry is not valid: Self-intersection[40.5 34.5]" in errors_of(response)
    data = form_data(version, geometry=BOWTIE, repair_geometry="on")
    response = reviewer_client.post(change_url(version), data)
    assert "Repaired (Self-intersection[40.5 34.5])" in errors_of(response)
    shown = response.context["adminform"].form.data["geometry"]
    assert '"MultiPolygon"' in shown
    assert reload(version).geometry.equals(box(40.0, 34.0, 41.0, 35.0)), "not saved yet"
    response = reviewer_client.post(change_url(version), form_data(version, geometry=shown))
    assert response.status_code == 302
    assert len(reload(version).geometry) == 2


@pytest.mark.parametrize(
    "sent",
    [
        '{"type":"Polygon","coordinates":[[[40,34],[41,34],[41,35],[40,34]]]}',
        '{"type":"GeometryCollection","geometries":[{"type":"Polygon","coordinates":'
        '[[[40,34],[41,34],[41,35],[40,34]]]},{"type":"Polygon","coordinates":'
        "[[[42,34],[43,34],[43,35],[42,34]]]}]}",
    ],
)
def test_what_the_widget_sends_is_saved_as_a_multipolygon(reviewer_client, sent):
    version = draft()
    response = reviewer_client.post(change_url(version), form_data(version, geometry=sent))
    assert response.status_code == 302
    assert reload(version).geometry.geom_type == "MultiPolygon"


def test_a_point_is_refused(reviewer_client):
    version = draft()
    point = '{"type":"Point","coordinates":[40,34]}'
    response = reviewer_client.post(change_url(version), form_data(version, geometry=point))
    assert "Draw polygons only: the map sent a Point" in errors_of(response)


def test_the_second_of_two_editors_is_refused_and_keeps_the_edit(client, editor, reviewer):
    version = draft()
    opened_by_both = form_data(version)
    client.force_login(reviewer)
    first = client.post(change_url(version), {**opened_by_both, "notes": "Reviewer's note"})
    assert first.status_code == 302
    client.force_login(editor)
    second = client.post(change_url(version), {**opened_by_both, "valid_to": "2016-03-01"})
    assert second.status_code == 200
    message = errors_of(second)
    assert "Not saved: rafa saved this version" in message
    assert "notes: saved Reviewer's note, yours " in message
    assert "valid_to: saved None, yours 2016-03-01" in message
    # Both edits kept: the first in the database, the second still in the form.
    assert reload(version).notes == "Reviewer's note"
    assert second.context["adminform"].form.data["valid_to"] == "2016-03-01"
    # Having seen the difference, saving the form again is deliberate and goes through.
    again = client.post(change_url(version), second.context["adminform"].form.data)
    assert again.status_code == 302
    assert str(reload(version).valid_to) == "2016-03-01"


def test_every_change_is_recorded_and_can_be_restored(reviewer_client, reviewer):
    version = draft()
    first_source = version.sources.get()
    moved = form_data(version, geometry=box(40, 34, 42, 36).geojson, sources=[make_source().pk])
    reviewer_client.post(change_url(version), moved)
    changed = reload(version)
    original = box(40.0, 34.0, 41.0, 35.0)
    # The newest record of the version as it stood before the edit (sources included).
    last = changed.history.first()
    before = next(r for r in changed.history.all() if r.geometry.equals(original))
    recorded = changed.history.count()
    assert last.history_user == reviewer
    assert before.geometry.equals(box(40.0, 34.0, 41.0, 35.0))
    assert last.geometry.equals(box(40, 34, 42, 36))
    assert "geometry" in [c.field for c in last.diff_against(before).changes]
    page = reviewer_client.get(reverse("admin:mapapp_datedpolygon_history", args=[version.pk]))
    assert page.status_code == 200 and b"rafa" in page.content
    # The shape's change is summarised for a reader, not dumped as WKT.
    text = page.content.decode()
    assert "1 part(s), 5 points, box 40.000,34.000 to 41.000,35.000" in text
    assert "box 40.000,34.000 to 42.000,36.000" in text
    # Restore: the history's "revert" form, posted as the admin shows it.
    revert_url = reverse(
        "admin:mapapp_datedpolygon_simple_history", args=[version.pk, before.history_id]
    )
    form = reviewer_client.get(revert_url).context["adminform"].form
    assert form["sources"].value() == [first_source.pk], "the restored version's sources"
    data = {
        **form_data(before.instance),
        "sources": form["sources"].value(),
        "based_on_revision": form["based_on_revision"].value(),
    }
    assert reviewer_client.post(revert_url, data).status_code == 302
    restored = reload(version)
    assert restored.geometry.equals(box(40.0, 34.0, 41.0, 35.0))
    assert list(restored.sources.all()) == [first_source]
    assert restored.history.count() > recorded, "the restore is itself recorded"


def test_overlapping_controlled_polygons_of_two_actors_warn_but_save(reviewer_client):
    other = make_polygon(actor=make_actor("sdf", name="SDF"), geometry=box(40.5, 34.5, 41.5, 35.5))
    version = draft()
    response = reviewer_client.post(
        change_url(version), form_data(version, notes="checked"), follow=True
    )
    warnings = [str(m) for m in get_messages(response.wsgi_request)]
    assert any(f"overlaps #{other.pk}" in w and "SDF" in w for w in warnings), warnings
    assert reload(version).notes == "checked"


def test_touching_polygons_do_not_warn(reviewer_client):
    make_polygon(actor=make_actor("sdf", name="SDF"), geometry=box(41.0, 34.0, 42.0, 35.0))
    version = draft()
    response = reviewer_client.post(change_url(version), form_data(version), follow=True)
    assert not [m for m in get_messages(response.wsgi_request) if "Overlap" in str(m)]


def test_a_new_version_is_added_with_a_drawn_polygon(editor_client):
    source = make_source()
    actor, territory = make_actor("islamic-state"), make_territory("raqqa")
    data = {
        "territory": territory.pk,
        "actor": actor.pk,
        "geometry": box(38.9, 35.9, 39.1, 36.0).geojson,
        "valid_from": "2014-01-13",
        "valid_from_precision": "day",
        "valid_to": "",
        "valid_to_precision": "day",
        "status": "controlled",
        "confidence": "assessed",
        "state": "draft",
        "sources": [source.pk],
    }
    response = editor_client.post(add_url(), data)
    assert response.status_code == 302
    assert DatedPolygon.objects.get().territory == territory


def test_a_source_address_typed_without_a_scheme_is_saved_as_https(editor_client):
    response = editor_client.post(
        reverse("admin:mapapp_source_add"),
        {"key": "bbc-baghouz", "title": "Baghouz", "publisher": "BBC", "quote": "",
         "url": "bbc.com/news/av/world-middle-east-47421627"},
    )  # fmt: skip
    assert response.status_code == 302, response.content
    assert Source.objects.get(key="bbc-baghouz").url == (
        "https://bbc.com/news/av/world-middle-east-47421627"
    )
