"""Signed-in people for the security tests: an editor (drafts) and a reviewer (publishes)."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group

from mapapp.editing.groups import EDITORS, REVIEWERS, ensure_groups


def member(username, group, password="a long pass phrase 11"):
    ensure_groups()
    user = get_user_model().objects.create_user(username, password=password, is_staff=True)
    user.groups.add(Group.objects.get(name=group))
    return user


def editor():
    return member("erin", EDITORS)


def reviewer():
    return member("rafa", REVIEWERS)
