"""The one time rule: a version is shown on day D exactly when valid_from <= D < valid_to."""

from datetime import date

import pytest

from mapapp import geoqueries
from mapapp.models import DatedPolygon
from tests.factories import make_polygon

pytestmark = pytest.mark.django_db


def test_a_polygon_is_shown_on_its_first_day():
    polygon = make_polygon(valid_from=date(2014, 6, 10), valid_to=date(2017, 7, 10))
    assert list(DatedPolygon.objects.published().valid_on(date(2014, 6, 10))) == [polygon]


def test_a_polygon_is_not_shown_the_day_before_it_starts():
    make_polygon(valid_from=date(2014, 6, 10), valid_to=date(2017, 7, 10))
    assert not DatedPolygon.objects.published().valid_on(date(2014, 6, 9)).exists()


def test_a_polygon_is_shown_on_the_last_day_before_valid_to():
    polygon = make_polygon(valid_from=date(2014, 6, 10), valid_to=date(2017, 7, 10))
    assert list(DatedPolygon.objects.published().valid_on(date(2017, 7, 9))) == [polygon]


def test_a_polygon_is_not_shown_on_its_valid_to():
    make_polygon(valid_from=date(2014, 6, 10), valid_to=date(2017, 7, 10))
    assert not DatedPolygon.objects.published().valid_on(date(2017, 7, 10)).exists()


def test_an_open_ended_polygon_is_shown_for_ever_after():
    polygon = make_polygon(valid_from=date(2019, 3, 23), valid_to=None)
    assert list(DatedPolygon.objects.published().valid_on(date(2030, 1, 1))) == [polygon]


def test_drafts_are_never_shown():
    make_polygon(valid_from=date(2015, 1, 1), state="draft")
    assert not DatedPolygon.objects.published().valid_on(date(2015, 6, 1)).exists()


def test_change_dates_are_the_starts_and_ends_of_published_polygons():
    make_polygon(valid_from=date(2014, 6, 10), valid_to=date(2017, 7, 10))
    make_polygon(valid_from=date(2015, 5, 17), valid_to=None)
    make_polygon(valid_from=date(2016, 1, 1), valid_to=date(2016, 2, 1), state="draft")
    assert geoqueries.change_dates() == [date(2014, 6, 10), date(2015, 5, 17), date(2017, 7, 10)]


@pytest.mark.parametrize(
    ("day", "epoch"),
    [
        (date(2014, 6, 9), None),
        (date(2014, 6, 10), date(2014, 6, 10)),
        (date(2015, 5, 16), date(2014, 6, 10)),
        (date(2015, 5, 17), date(2015, 5, 17)),
        (date(2017, 7, 10), date(2017, 7, 10)),
        (date(2025, 1, 1), date(2017, 7, 10)),
    ],
)
def test_any_day_maps_to_the_latest_change_date_on_or_before_it(day, epoch):
    make_polygon(valid_from=date(2014, 6, 10), valid_to=date(2017, 7, 10))
    make_polygon(valid_from=date(2015, 5, 17), valid_to=None)
    assert geoqueries.epoch_for(day) == epoch
