"""The development sign-in (`editor` / `editor`): a convenience on a laptop, a hole on a server.

`make run` creates it (ensure_dev_editor, DEBUG only); a database first used that way and then
served with DEBUG off still holds it. So the known credentials are refused at sign-in unless
DEBUG is on, and `manage.py check --deploy` warns while the account can still sign in with them.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.backends import ModelBackend
from django.core import checks
from django.db import DatabaseError

USERNAME = "editor"
PASSWORD = "editor"


class DevAccountBackend(ModelBackend):
    """Django's own sign-in, except the development credentials when DEBUG is off."""

    def authenticate(self, request, username=None, password=None, **kwargs):
        if not settings.DEBUG and username == USERNAME and password == PASSWORD:
            return None
        return super().authenticate(request, username=username, password=password, **kwargs)


def dev_account_signs_in():
    user = get_user_model().objects.filter(username=USERNAME).first()
    return user is not None and user.is_active and user.check_password(PASSWORD)


@checks.register(checks.Tags.security, deploy=True)
def check_dev_account(app_configs=None, **kwargs):
    if settings.DEBUG:
        return []
    try:
        present = dev_account_signs_in()
    except DatabaseError:  # no database yet (a build step): nothing to warn about
        return []
    if not present:
        return []
    return [
        checks.Warning(
            f"The development account '{USERNAME}' still has the password '{PASSWORD}'.",
            hint="Sign-in with it is refused while DEBUG is off, but remove the account "
            f'(python manage.py shell -c "from django.contrib.auth.models import User; '
            f"User.objects.filter(username='{USERNAME}').delete()\") or give it a strong "
            f"password (python manage.py changepassword {USERNAME}).",
            id="mapapp.W001",
        )
    ]
