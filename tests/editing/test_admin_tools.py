"""Advance, split, merge, list filters and search, the neighbours layer, through the admin."""

from datetime import date

import pytest
from django.urls import reverse

from mapapp.models import DatedPolygon, State
from tests.factories import box, make_actor, make_polygon, make_territory

pytestmark = pytest.mark.django_db


def test_advance_ends_a_version_and_opens_its_draft_successor(editor_client):
    version = make_polygon(
        territory=make_territory("hajin", name="Hajin"),
        valid_from=date(2018, 9, 10),
        valid_to=date(2018, 12, 14),
        state=State.DRAFT,
    )
    url = reverse("admin:datedpolygon_advance", args=[version.pk])
    response = editor_client.post(url, {"day": "2018-10-10"})
    old, new = DatedPolygon.objects.order_by("valid_from")
    assert response.url == reverse("admin:mapapp_datedpolygon_change", args=[new.pk])
    assert (old.valid_from, old.valid_to) == (date(2018, 9, 10), date(2018, 10, 10))
    assert (new.valid_from, new.valid_to) == (date(2018, 10, 10), date(2018, 12, 14))
    assert new.geometry.equals(old.geometry) and new.status == old.status
    assert list(new.sources.all()) == list(old.sources.all())
    assert new.state == State.DRAFT


@pytest.mark.parametrize(
    ("day", "message"),
    [
        ("2018-09-10", "must fall after Hajin [2018-09-10, 2018-12-14) starts (2018-09-10)"),
        ("2019-01-01", "and before it ends (2018-12-14)"),
        ("yesterday", "Enter a valid date."),
    ],
)
def test_advance_refuses_a_date_outside_the_version(reviewer_client, day, message):
    version = make_polygon(
        territory=make_territory("hajin", name="Hajin"),
        valid_from=date(2018, 9, 10),
        valid_to=date(2018, 12, 14),
    )
    response = reviewer_client.post(
        reverse("admin:datedpolygon_advance", args=[version.pk]), {"day": day}
    )
    assert response.status_code == 200
    assert message in response.content.decode()
    assert DatedPolygon.objects.count() == 1


def test_an_editor_cannot_end_a_published_version_but_a_reviewer_can(editor_client, reviewer):
    version = make_polygon(territory=make_territory("hajin", name="Hajin"))
    url = reverse("admin:datedpolygon_advance", args=[version.pk])
    response = editor_client.post(url, {"day": "2016-01-01"})
    assert "Hajin [2015-01-01, …) is published; ending it changes what readers see" in (
        response.content.decode()
    )
    assert DatedPolygon.objects.count() == 1
    editor_client.force_login(reviewer)
    assert editor_client.post(url, {"day": "2016-01-01"}).status_code == 302
    assert DatedPolygon.objects.count() == 2


def test_split_makes_two_territories_from_a_date(reviewer_client):
    version = make_polygon(
        territory=make_territory("core", name="Core"), valid_from=date(2016, 1, 1)
    )
    url = reverse("admin:datedpolygon_split", args=[version.pk])
    reviewer_client.post(url, {"day": "2017-01-01", "name": "Western pocket"})
    versions = DatedPolygon.objects.order_by("valid_from", "territory__slug")
    assert [(str(v.territory), str(v.valid_from), v.valid_to) for v in versions] == [
        ("Core", "2016-01-01", date(2017, 1, 1)),
        ("Core", "2017-01-01", None),
        ("Western pocket", "2017-01-01", None),
    ]


def test_merge_two_territories_into_the_first_from_a_date(reviewer_client):
    north = make_polygon(territory=make_territory("north", name="North"))
    south = make_polygon(
        territory=make_territory("south", name="South"), geometry=box(40.0, 33.0, 41.0, 34.0)
    )
    changelist = reverse("admin:mapapp_datedpolygon_changelist")
    response = reviewer_client.post(
        changelist, {"action": "merge_two", "_selected_action": [north.pk, south.pk]}
    )
    assert response.status_code == 302
    reviewer_client.post(response.url, {"day": "2016-01-01"})
    merged = DatedPolygon.objects.get(valid_from=date(2016, 1, 1))
    assert merged.territory.slug == "north"
    assert merged.geometry.area == pytest.approx(2.0)
    assert DatedPolygon.objects.get(pk=south.pk).valid_to == date(2016, 1, 1)
    assert merged.sources.count() == 2


def test_the_list_filters_by_valid_on_date_and_searches_sources(editor_client):
    make_polygon(territory=make_territory("a", name="Raqqa"), valid_to=date(2017, 10, 17))
    make_polygon(
        territory=make_territory("b", name="Mosul"),
        valid_from=date(2014, 6, 10),
        valid_to=date(2015, 1, 1),
    )
    url = reverse("admin:mapapp_datedpolygon_changelist")
    shown = editor_client.get(url, {"valid_on": "2016-05-01"}).context["cl"].result_list
    assert [str(v.territory) for v in shown] == ["Raqqa"]
    # The day a version ends it is no longer shown (half-open interval).
    assert not editor_client.get(url, {"valid_on": "2017-10-17"}).context["cl"].result_list
    searched = editor_client.get(url, {"q": "Mosul"}).context["cl"].result_list
    assert [str(v.territory) for v in searched] == ["Mosul"]
    bad = editor_client.get(url, {"valid_on": "2019-02-30"})
    assert bad.status_code == 302 and "e=1" in bad.url


def test_the_list_filters_by_actor_status_and_state(editor_client):
    sdf = make_actor("sdf", name="SDF")
    make_polygon(actor=sdf, status="contested", state=State.DRAFT)
    make_polygon()
    url = reverse("admin:mapapp_datedpolygon_changelist")

    def shown(**query):
        return [v.status for v in editor_client.get(url, query).context["cl"].result_list]

    assert shown(actor__id__exact=sdf.pk) == ["contested"]
    assert shown(status__exact="contested") == ["contested"]
    assert shown(state__exact="draft") == ["contested"]
    assert shown(state__exact="published") == ["controlled"]


def test_neighbours_valid_on_the_date_are_served_to_the_edit_map(editor_client):
    shown = make_polygon(territory=make_territory("t1"), valid_to=date(2016, 1, 1))
    make_polygon(territory=make_territory("t2"), valid_from=date(2016, 1, 1))
    url = reverse("admin:datedpolygon_neighbours")
    body = editor_client.get(url, {"date": "2015-06-01"}).json()
    assert [f["properties"]["id"] for f in body["features"]] == [shown.pk]
    assert (
        editor_client.get(url, {"date": "2015-06-01", "exclude": shown.pk}).json()["features"] == []
    )
    bad = editor_client.get(url, {"date": "2015-13-01"})
    assert bad.status_code == 400
    assert bad.json()["error"] == (
        "date must be a real calendar day in the form YYYY-MM-DD, got '2015-13-01'"
    )


def test_the_change_form_carries_the_offline_basemap_and_the_tools(editor_client):
    version = make_polygon(state=State.DRAFT)
    page = editor_client.get(reverse("admin:mapapp_datedpolygon_change", args=[version.pk]))
    html = page.content.decode()
    assert "basemap/countries.geojson" in html and "editor/editor-map.js" in html
    assert "Advance to a new date" in html and "Split in two" in html
    assert "L.EditorMultiPolygonStore" in html


def test_neighbours_need_the_view_permission(client, django_user_model):
    staff = django_user_model.objects.create_user("intern", password="pw", is_staff=True)
    client.force_login(staff)
    response = client.get(reverse("admin:datedpolygon_neighbours"), {"date": "2015-06-01"})
    assert response.status_code == 403
    assert response.json() == {"error": "viewing dated polygons needs the view permission"}


def test_the_event_form_map_is_on_the_offline_basemap_too(editor_client):
    page = editor_client.get(reverse("admin:mapapp_event_add"))
    html = page.content.decode()
    assert "basemap/countries.geojson" in html and "editor/editor-map.js" in html
    assert "datedpolygon/neighbours" not in html
