"""The kept area series (migration 0011) answers what the computed series answers, after any write.

/api/v1/stats/area reads mapapp_areaseries for held ground and presence, everywhere and inside
Syria–Iraq; triggers keep it. Each test compares it with the series computed from the versions
(a union per change date, the code the kept table replaced), and checks that an edit changes the
series on the dates of the edited interval only.
"""

import json
from datetime import date

import pytest
from django.core.management import call_command
from django.db import connection

from mapapp import stats
from mapapp.models import HELD_STATUSES, Actor, DatedPolygon, Status
from mapapp.speech import CORE_COUNTRIES, PRESENCE_STATUSES
from tests.factories import box, make_actor, make_polygon, make_territory

pytestmark = pytest.mark.django_db
GROUPS = (HELD_STATUSES, PRESENCE_STATUSES)
REGIONS = (None, CORE_COUNTRIES)


def kept(actor, statuses=HELD_STATUSES, countries=None):
    return {
        r["date"]: r["area_km2"] for r in json.loads(stats.area_series(actor, statuses, countries))
    }


def computed(actor, statuses=HELD_STATUSES, countries=None):
    answer = stats.computed_series(actor, statuses, countries)
    return {r["date"]: r["area_km2"] for r in json.loads(answer)}


def assert_kept_equals_computed():
    for actor in Actor.objects.values_list("slug", flat=True):
        for statuses in GROUPS:
            for countries in REGIONS:
                assert kept(actor, statuses, countries) == computed(actor, statuses, countries), (
                    actor,
                    statuses,
                    countries,
                )


def test_the_held_rule_in_the_database_is_the_one_in_models():
    with connection.cursor() as cursor:
        for status in Status.values:
            cursor.execute("SELECT mapapp_is_held(%s)", [status])
            assert cursor.fetchone()[0] == (status in HELD_STATUSES), status


def test_the_seed_series_are_the_computed_ones_to_the_hundredth_km2(seeded):
    assert_kept_equals_computed()


def test_editing_a_version_changes_the_series_inside_its_interval_only(seeded):
    version = (
        DatedPolygon.objects.published()
        .filter(actor__slug="islamic-state", status__in=HELD_STATUSES)
        .exclude(valid_to=None)
        .order_by("-area_km2")
        .first()
    )
    before = kept("islamic-state")
    others = {slug: kept(slug) for slug in Actor.objects.values_list("slug", flat=True)}
    # The editor redraws it as a small box far from everything: the ground shrinks.
    version.geometry = box(20.0, 20.0, 20.5, 20.5)
    version.save()
    after = kept("islamic-state")
    changed = {day for day in before if before[day] != after[day]}
    inside = {day for day in before if str(version.valid_from) <= day < str(version.valid_to)}
    assert changed and changed <= inside, (changed, version.valid_from, version.valid_to)
    assert after == computed("islamic-state")
    assert kept("islamic-state", countries=CORE_COUNTRIES) == computed(
        "islamic-state", countries=CORE_COUNTRIES
    )
    for slug, series in others.items():
        if slug != "islamic-state":
            assert kept(slug) == series, slug


def test_an_edit_of_the_notes_recomputes_nothing(seeded):
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT array_agg(xmin::text ORDER BY actor_id, held, day) FROM mapapp_areaseries"
        )
        rows_before = cursor.fetchone()[0]
        DatedPolygon.objects.published().update(notes="Reworded")
        cursor.execute(
            "SELECT array_agg(xmin::text ORDER BY actor_id, held, day) FROM mapapp_areaseries"
        )
        assert cursor.fetchone()[0] == rows_before


def test_status_actor_and_publication_changes_move_ground_between_series():
    islamic_state, sdf = make_actor("islamic-state"), make_actor("sdf")
    core, pocket = make_territory("core"), make_territory("pocket")
    held = make_polygon(
        core, islamic_state, date(2014, 6, 10), date(2016, 1, 1), box(40, 34, 42, 35)
    )
    make_polygon(pocket, islamic_state, date(2015, 1, 1), None, box(40.5, 34.5, 43, 35.5))
    assert_kept_equals_computed()
    DatedPolygon.objects.filter(pk=held.pk).update(status=Status.PRESENCE)
    assert kept("islamic-state", PRESENCE_STATUSES)["2014-06-10"] > 0
    assert_kept_equals_computed()
    DatedPolygon.objects.filter(pk=held.pk).update(actor=sdf, status=Status.CONTROLLED)
    assert kept("sdf")["2014-06-10"] > 0 == kept("islamic-state")["2014-06-10"]
    assert_kept_equals_computed()
    DatedPolygon.objects.filter(pk=held.pk).update(state="draft")
    assert_kept_equals_computed()
    DatedPolygon.objects.filter(territory=pocket).delete()
    assert_kept_equals_computed()


def test_overlapping_and_touching_ground_is_counted_once():
    actor = make_actor("islamic-state")
    make_polygon(make_territory(), actor, date(2014, 1, 1), None, box(40, 34, 41, 35))
    make_polygon(make_territory(), actor, date(2014, 2, 1), None, box(41, 34, 42, 35))
    make_polygon(make_territory(), actor, date(2014, 3, 1), None, box(40.5, 34.5, 40.6, 34.6))
    make_polygon(make_territory(), actor, date(2014, 4, 1), None, box(44, 34, 44.5, 34.5))
    assert_kept_equals_computed()


def test_ground_is_counted_once_exactly_while_versions_overlap_in_time():
    """The pairs step: which versions of one actor meet in space *and* time (migration 0013).

    The same place held by versions that follow each other (meeting in space, never in time) and
    by ones that overlap in both, by one day only or with no end: a pair missed counts the shared
    ground twice on the days the two overlap, a pair across time would merge ground on others.
    """
    actor = make_actor("islamic-state")
    place, wider = box(40, 34, 41, 35), box(40.5, 34, 41.5, 35)
    before, after = make_territory(), make_territory()
    make_polygon(before, actor, date(2014, 1, 1), date(2014, 6, 1), place)
    make_polygon(before, actor, date(2014, 6, 1), None, place)
    # Overlaps the first by one day (2014-05-31), then the open-ended second for months.
    make_polygon(after, actor, date(2014, 5, 31), date(2014, 9, 1), wider)
    # Meets them in space but ends the day the first begins: counted alone.
    make_polygon(make_territory(), actor, date(2013, 1, 1), date(2014, 1, 1), wider)
    assert_kept_equals_computed()
    series = kept("islamic-state")
    union = computed("islamic-state")["2014-05-31"]
    assert series["2014-05-31"] == union < series["2014-01-01"] + series["2013-01-01"], series
    # An edit that makes two versions overlap in time recomputes their pair too.
    DatedPolygon.objects.filter(valid_from=date(2013, 1, 1)).update(valid_to=date(2014, 3, 1))
    assert_kept_equals_computed()


@pytest.mark.django_db(transaction=True)
def test_flush_empties_the_series_and_later_writes_count_again():
    make_polygon(valid_from=date(2014, 6, 10))
    call_command("flush", interactive=False, verbosity=0)
    with connection.cursor() as cursor:
        cursor.execute("SELECT count(*) FROM mapapp_areaseries")
        assert cursor.fetchone()[0] == 0
    make_polygon(valid_from=date(2015, 6, 10))
    assert_kept_equals_computed()
