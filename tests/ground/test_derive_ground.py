"""`manage.py derive_ground` (issue 16): after an editor moves a side's line, each government's
ground is rebuilt as the rest of its country, so the two never overlap and nothing is blank."""

from datetime import date

import pytest
from django.contrib.gis.db.models import Union
from django.core.management import call_command

from mapapp.models import DatedPolygon
from tests.factories import box, make_actor, make_polygon, make_source, make_territory

pytestmark = pytest.mark.django_db(transaction=True)


def government(day):
    return DatedPolygon.objects.published().valid_on(day).filter(actor__slug="syrian-government")


def test_government_ground_is_the_rest_of_the_country_and_follows_an_edit():
    make_actor("syrian-government", name="Syrian government")
    make_actor("iraqi-government", name="Iraqi government")
    rebels = make_actor("syrian-opposition", name="Syrian opposition")
    idlib = box(36.3, 35.5, 37.0, 36.2)
    pocket = make_polygon(make_territory("idlib"), rebels, date(2015, 3, 28), None, idlib,
                          sources=[make_source(key="idlib-report")])  # fmt: skip
    call_command("derive_ground", verbosity=0)

    before, after = government(date(2015, 1, 1)).get(), government(date(2016, 1, 1)).get()
    assert before.geometry.intersects(idlib.centroid)
    assert not after.geometry.intersects(idlib.centroid)
    assert after.geometry.intersection(idlib).area < 1e-6  # no shared ground
    assert after.area_km2 > 150_000  # the rest of Syria (about 185,000 km²)
    assert list(after.sources.values_list("key", flat=True)) == ["idlib-report"]
    assert after.confidence == "assessed"

    # The editor moves the pocket's line east: the government's edge follows.
    pocket.geometry = box(36.3, 35.5, 37.5, 36.2)
    pocket.save()
    call_command("derive_ground", verbosity=0)
    rebuilt = government(date(2016, 1, 1)).aggregate(g=Union("geometry"))["g"]
    assert not rebuilt.intersects(box(37.1, 35.8, 37.4, 36.0).centroid)
    assert government(date(2016, 1, 1)).count() == 1
