"""Issue 11, item 6: the development sign-in (editor / editor) is refused unless DEBUG is on.

`make run` creates the account; a database first used that way and then served with DEBUG off
still holds it. Sign-in with the known credentials must fail there, and `check --deploy` must
say the account is still present.
"""

import io
import os
import secrets
import subprocess
import sys
from urllib.parse import quote, urlencode

import pytest
from django.conf import settings as django_settings
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.db import connection

pytestmark = pytest.mark.django_db
LOGIN = "/admin/login/"


@pytest.fixture
def dev_account(settings):
    settings.DEBUG = True
    call_command("ensure_dev_editor", stdout=io.StringIO())
    settings.DEBUG = False
    return get_user_model().objects.get(username="editor")


def sign_in(client, username, password):
    response = client.post(LOGIN, {"username": username, "password": password, "next": "/admin/"})
    return response, client.get("/admin/").status_code == 200


def test_the_dev_account_cannot_sign_in_with_debug_off(client, dev_account):
    response, signed_in = sign_in(client, "editor", "editor")
    assert not signed_in
    assert "Please enter the correct username and password" in response.content.decode()


def test_the_dev_account_signs_in_with_debug_on(client, dev_account, settings):
    settings.DEBUG = True
    _, signed_in = sign_in(client, "editor", "editor")
    assert signed_in


def test_an_account_named_editor_with_its_own_password_signs_in(client, settings):
    settings.DEBUG = False
    get_user_model().objects.create_superuser("editor", "e@example.org", "a strong pass phrase")
    _, signed_in = sign_in(client, "editor", "a strong pass phrase")
    assert signed_in


@pytest.fixture
def as_deployed(monkeypatch):
    # The browser tests' conftest sets it for Playwright; a deployment never does (async.E001).
    monkeypatch.delenv("DJANGO_ALLOW_ASYNC_UNSAFE", raising=False)


def test_check_deploy_warns_while_the_dev_account_has_its_password(dev_account, as_deployed):
    output = io.StringIO()
    call_command("check", deploy=True, stdout=output, stderr=output)
    assert "mapapp.W001" in output.getvalue()
    assert "The development account 'editor' still has the password 'editor'" in output.getvalue()

    dev_account.set_password("a strong pass phrase")
    dev_account.save()
    output = io.StringIO()
    call_command("check", deploy=True, stdout=output, stderr=output)
    assert "mapapp.W001" not in output.getvalue()


def database_url():
    """DATABASE_URL of the test database, so the check reads it and not a developer's."""
    db = connection.settings_dict
    credentials = f"{quote(db['USER'])}:{quote(db['PASSWORD'])}"
    if db["HOST"].startswith("/"):  # a unix socket directory
        query = urlencode({"host": db["HOST"], "port": db["PORT"] or "5432"})
        return f"postgres://{credentials}@/{db['NAME']}?{query}"
    return f"postgres://{credentials}@{db['HOST']}:{db['PORT'] or 5432}/{db['NAME']}"


def test_check_deploy_with_the_documented_production_settings_prints_no_warning(as_deployed):
    """README, 'Deploying and scaling': these variables, and not one warning."""
    env = {
        **os.environ,
        "DATABASE_URL": database_url(),
        "DEBUG": "false",
        "SECURE_SSL": "true",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "map.example.org",
        "CSRF_TRUSTED_ORIGINS": "https://map.example.org",
        "SITE_URL": "https://map.example.org",
    }
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=django_settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout
    assert "WARNING" not in result.stdout + result.stderr
