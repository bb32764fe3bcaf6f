"""Signed-in clients for the admin: an editor (drafts only) and a reviewer (may publish)."""

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from mapapp.editing.groups import EDITORS, REVIEWERS


def member(username, group):
    user = get_user_model().objects.create_user(username, password="pw", is_staff=True)
    user.groups.add(Group.objects.get(name=group))
    return user


@pytest.fixture
def editor(db):
    return member("erin", EDITORS)


@pytest.fixture
def reviewer(db):
    return member("rafa", REVIEWERS)


@pytest.fixture
def editor_client(client, editor):
    client.force_login(editor)
    return client


@pytest.fixture
def reviewer_client(client, reviewer):
    client.force_login(reviewer)
    return client
