from subprocess import CalledProcessError

from django.core.management.base import BaseCommand, CommandError

from mapapp import backups


class Command(BaseCommand):
    help = "Dump the database (pg_dump, custom format) to var/backups/ or --directory."

    def add_arguments(self, parser):
        parser.add_argument("--directory", default=str(backups.BACKUP_DIR))

    def handle(self, *args, **options):
        try:
            path = backups.backup(directory=options["directory"])
        except CalledProcessError as exc:
            raise CommandError(f"pg_dump failed: {exc.stderr.strip()}") from None
        self.stdout.write(f"Backup written: {path} ({path.stat().st_size // 1024} KB).")
