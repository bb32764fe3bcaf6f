#!/usr/bin/env bash
# Installs what the project needs and is missing, then exits quickly when everything is there.
#   1. Debian packages (PostGIS, GDAL, Chromium; nginx, Redis, wrk for `make serve`) when absent: apt-get as root, sudo otherwise.
#   2. The virtual environment .venv with the pinned requirements (re-run when they change).
# On a system without apt-get it says which packages to install and carries on.
set -euo pipefail
cd "$(dirname "$0")/.."

PACKAGES=(postgresql-15-postgis-3 gdal-bin libgdal-dev chromium fonts-dejavu-core
  nginx-light redis-server wrk)
PYTHON=${PYTHON:-python3}

missing=()
if command -v dpkg-query >/dev/null 2>&1; then
  for pkg in "${PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
fi
if [ ${#missing[@]} -gt 0 ]; then
  echo "bootstrap: installing Debian packages: ${missing[*]}"
  if [ "$(id -u)" -eq 0 ]; then SUDO=""; else SUDO="sudo"; fi
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
elif ! command -v dpkg-query >/dev/null 2>&1; then
  echo "bootstrap: not a Debian system; install PostgreSQL 15+ with PostGIS 3, GDAL, and Chromium"
  echo "           yourself (see README), or set DATABASE_URL to an existing PostGIS."
fi

# The venv is refreshed only when a requirements file changed since the last install. Both the
# runtime (requirements.txt) and the development tools (requirements-dev.txt, which includes
# the runtime) go in, so that `make run` and `make test` work from a fresh clone.
stamp=.venv/.requirements-installed
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
if [ ! -f "$stamp" ] || ! cat requirements.txt requirements-dev.txt | cmp -s - "$stamp"; then
  echo "bootstrap: installing Python requirements into .venv"
  .venv/bin/pip install -q --disable-pip-version-check -r requirements-dev.txt
  cat requirements.txt requirements-dev.txt > "$stamp"
fi
