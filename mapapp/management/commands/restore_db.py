from pathlib import Path
from subprocess import CalledProcessError

from django.core.cache import cache
from django.core.management.base import BaseCommand, CommandError

from mapapp import backups


class Command(BaseCommand):
    help = "Restore a backup made by backup_db (the newest in var/backups/ when none is named)."

    def add_arguments(self, parser):
        parser.add_argument("path", nargs="?", help="the .dump file to restore")
        parser.add_argument("--database-name", help="restore into this database instead")

    def handle(self, *args, **options):
        path = Path(options["path"]) if options["path"] else backups.newest_backup()
        if path is None or not path.is_file():
            raise CommandError(f"No backup to restore: {path or backups.BACKUP_DIR} not found.")
        try:
            backups.restore(path, database=options["database_name"])
        except CalledProcessError as exc:
            raise CommandError(
                f"pg_restore failed, nothing changed: {exc.stderr.strip()}"
            ) from None
        if not options["database_name"]:
            # Cached answers were built from the data the restore replaced.
            cache.clear()
        self.stdout.write(f"Restored {path} into {options['database_name'] or 'the database'}.")
