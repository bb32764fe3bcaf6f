"""The development sign-in is an editor and a reviewer, so it can try every part of the desk."""

import io

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command

pytestmark = pytest.mark.django_db


def test_dev_editor_is_in_both_groups_and_can_publish(settings):
    settings.DEBUG = True
    call_command("ensure_dev_editor", stdout=io.StringIO())
    call_command("ensure_dev_editor", stdout=io.StringIO())
    user = get_user_model().objects.get(username="editor")
    assert sorted(user.groups.values_list("name", flat=True)) == ["Editors", "Reviewers"]
    assert user.check_password("editor") and user.has_perm("mapapp.publish_datedpolygon")


def test_dev_editor_refuses_without_debug(settings):
    settings.DEBUG = False
    with pytest.raises(CommandError, match="only runs with DEBUG=true"):
        call_command("ensure_dev_editor", stdout=io.StringIO())
