# Two commands from a fresh machine: `make run` serves the map, `make test` runs every test.
# Without DATABASE_URL both start the project's own PostGIS under var/ (see mapapp/embedded_pg.py).

PY := .venv/bin/python
HOST ?= 127.0.0.1
PORT ?= 8000
export DJANGO_SETTINGS_MODULE := mapapp.settings

.PHONY: run test test-fast setup db stop migrate seed lint bench clean serve backup restore

run: setup migrate seed
	@DEBUG=$${DEBUG:-true} $(PY) manage.py ensure_dev_editor
	@echo
	@echo "  Map:    http://$(HOST):$(PORT)/"
	@echo "  Admin:  http://$(HOST):$(PORT)/admin/   (development sign-in: editor / editor)"
	@echo "  Stop the server with Ctrl-C, the database with 'make stop'."
	@echo
	DEBUG=$${DEBUG:-true} $(PY) manage.py runserver $(HOST):$(PORT)

test: setup lint
	$(PY) manage.py makemigrations --check --dry-run
	$(PY) -m pytest

# Everything but the browser tests (no Chromium needed): the quick loop while working.
test-fast: setup lint
	$(PY) manage.py makemigrations --check --dry-run
	$(PY) -m pytest -m "not browser"

setup:
	@tools/bootstrap.sh
	@$(MAKE) --no-print-directory db

db:
	@if [ -z "$$DATABASE_URL" ]; then python3 -m mapapp.embedded_pg start; fi

stop:
	@python3 tools/serve/stack.py stop
	@python3 -m mapapp.embedded_pg stop

migrate:
	@$(PY) manage.py migrate --no-input -v 0

seed:
	@$(PY) manage.py load_seed

lint:
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .

bench: setup
	$(PY) -m benchmarks.control_query
	$(PY) -m benchmarks.embed_weight

# The production stack on this machine: nginx -> gunicorn -> Redis + PostGIS, all under var/.
serve: setup migrate seed
	@python3 tools/serve/stack.py start

# pg_dump (custom format) to var/backups/; `make restore [BACKUP=var/backups/….dump]` (the
# newest when not given) restores it into the configured database.
backup: setup
	@$(PY) manage.py backup_db

restore: setup
	@$(PY) manage.py restore_db $(BACKUP)
