from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError

from mapapp.editing.groups import EDITORS, REVIEWERS, ensure_groups


class Command(BaseCommand):
    help = "On a development install, create the editor account 'editor' (password 'editor')."

    def handle(self, *args, **options):
        # A known password is a convenience for a laptop and a hole on a server.
        if not settings.DEBUG:
            raise CommandError(
                "ensure_dev_editor only runs with DEBUG=true; on a server use "
                "`python manage.py createsuperuser`."
            )
        user_model = get_user_model()
        user = user_model.objects.filter(username="editor").first()
        if user is None:
            user = user_model.objects.create_superuser("editor", "editor@example.org", "editor")
            self.stdout.write("Editor account created: sign in as editor / editor")
        else:
            self.stdout.write("Editor account exists: sign in as editor / editor")
        # In both groups, so the development account shows what editors and reviewers see.
        ensure_groups()
        user.groups.add(*Group.objects.filter(name__in=[EDITORS, REVIEWERS]))
