"""Builders shared by the snapshot tests: an editor allowed to publish, and a frozen snapshot."""

from datetime import date

import pytest
from django.contrib.auth.models import Permission, User

from mapapp.snapshots.freeze import freeze
from tests.factories import box, make_actor, make_polygon, make_source, make_territory

RED = "#ff0000"


@pytest.fixture
def editor(db):
    user = User.objects.create_user("snap-editor", password="pw-snap-editor")
    user.user_permissions.add(Permission.objects.get(codename="add_snapshot"))
    return user


@pytest.fixture
def red_polygon(db):
    """A red actor's area around Raqqa, shown from 2014-06-29 to 2017-10-17."""
    actor = make_actor("red-actor", name="Red actor", color=RED)
    source = make_source(title="Raqqa falls", publisher="Wire", url="https://example.org/raqqa")
    return make_polygon(
        territory=make_territory("raqqa", name="Raqqa"),
        actor=actor,
        geometry=box(38.0, 35.5, 40.0, 36.5),
        valid_from=date(2014, 6, 29),
        valid_to=date(2017, 10, 17),
        sources=[source],
    )


@pytest.fixture
def snapshot(red_polygon):
    return freeze(title="Raqqa under IS", day=date(2016, 1, 1), caption="The capital.")
