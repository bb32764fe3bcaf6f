from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError

from mapapp.dev_account import PASSWORD, USERNAME
from mapapp.editing.groups import EDITORS, REVIEWERS, ensure_groups


class Command(BaseCommand):
    help = "On a development install, create the editor account 'editor' (password 'editor')."

    def handle(self, *args, **options):
        # A known password is a convenience for a laptop and a hole on a server; sign-in with it
        # is refused while DEBUG is off (mapapp/dev_account.py).
        if not settings.DEBUG:
            raise CommandError(
                "ensure_dev_editor only runs with DEBUG=true; on a server use "
                "`python manage.py createsuperuser`."
            )
        user_model = get_user_model()
        user = user_model.objects.filter(username=USERNAME).first()
        if user is None:
            user = user_model.objects.create_superuser(USERNAME, "editor@example.org", PASSWORD)
            self.stdout.write(f"Editor account created: sign in as {USERNAME} / {PASSWORD}")
        else:
            self.stdout.write(f"Editor account exists: sign in as {USERNAME} / {PASSWORD}")
        # In both groups, so the development account shows what editors and reviewers see.
        ensure_groups()
        user.groups.add(*Group.objects.filter(name__in=[EDITORS, REVIEWERS]))
