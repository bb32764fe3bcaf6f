"""Settings fail loudly on a bad environment variable, naming it; production settings are clean."""

import os
import subprocess
import sys

import pytest

from mapapp.settings import BASE_DIR


def run_django(command, **env):
    # The browser tests' DJANGO_ALLOW_ASYNC_UNSAFE must not leak into a production-like process.
    inherited = {k: v for k, v in os.environ.items() if k != "DJANGO_ALLOW_ASYNC_UNSAFE"}
    full_env = {**inherited, "DJANGO_SETTINGS_MODULE": "mapapp.settings", **env}
    return subprocess.run(
        [sys.executable, "manage.py", *command],
        cwd=BASE_DIR,
        env=full_env,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.parametrize(
    ("variable", "value", "expected"),
    [
        ("DEBUG", "maybe", "DEBUG must be true or false, got 'maybe'"),
        ("API_MAX_AGE", "five minutes", "API_MAX_AGE must be a whole number"),
        ("DATABASE_URL", "mysql://db/map", "DATABASE_URL must look like postgres://"),
    ],
)
def test_a_bad_environment_variable_stops_start_up_and_is_named(variable, value, expected):
    result = run_django(["check"], **{variable: value})
    assert result.returncode != 0
    assert expected in result.stderr


def test_production_settings_pass_the_deploy_check():
    result = run_django(
        ["check", "--deploy", "--fail-level", "WARNING"],
        DEBUG="false",
        SECURE_SSL="true",
        ALLOWED_HOSTS="map.example.org",
        SECRET_KEY="x7#Qm" * 12,
    )
    assert result.returncode == 0, result.stdout + result.stderr
