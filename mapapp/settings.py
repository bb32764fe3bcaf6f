"""Settings, all read from the environment (see the table in README.md).

A bad value stops start-up with a message naming the variable, instead of a surprise later.
"""

import os
import secrets
from datetime import timedelta
from pathlib import Path
from urllib.parse import parse_qs, unquote, urlsplit

from csp.constants import NONCE, NONE, SELF
from django.core.exceptions import ImproperlyConfigured

from mapapp import embedded_pg

BASE_DIR = Path(__file__).resolve().parent.parent


def env_str(name, default=""):
    return os.environ.get(name, default)


def env_bool(name, default):
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    if value.lower() in ("1", "true", "yes", "on"):
        return True
    if value.lower() in ("0", "false", "no", "off"):
        return False
    raise ImproperlyConfigured(f"{name} must be true or false, got {value!r}")


def env_int(name, default):
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    try:
        return int(value)
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be a whole number, got {value!r}") from None


def env_list(name, default):
    value = os.environ.get(name, default)
    return [item.strip() for item in value.split(",") if item.strip()]


def database_from_url(url):
    """Turn postgres://user:password@host:port/name?sslmode=… into a DATABASES entry."""
    parts = urlsplit(url)
    if parts.scheme not in ("postgres", "postgresql", "postgis") or not parts.path.strip("/"):
        raise ImproperlyConfigured(
            f"DATABASE_URL must look like postgres://user:password@host:5432/dbname, got {url!r}"
        )
    options = {key: values[-1] for key, values in parse_qs(parts.query).items()}
    return {
        "ENGINE": "django.contrib.gis.db.backends.postgis",
        "NAME": unquote(parts.path.lstrip("/")),
        "USER": unquote(parts.username or ""),
        "PASSWORD": unquote(parts.password or ""),
        "HOST": unquote(parts.hostname or ""),
        "PORT": str(parts.port or ""),
        "OPTIONS": options,
    }


def cache_from_url(url):
    """CACHES entry for redis://host:6379/0, rediss://…, unix:///path/redis.sock, or locmem://."""
    scheme = urlsplit(url).scheme
    if scheme == "locmem":
        return {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "mapapp"}
    if scheme not in ("redis", "rediss", "unix"):
        raise ImproperlyConfigured(
            "CACHE_URL (or REDIS_URL) must look like redis://host:6379/0, rediss://…, "
            f"unix:///path/to/redis.sock or locmem://, got {url!r}"
        )
    return {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": url,
        # A cache that stops answering must fail fast, so that pages degrade instead of hang.
        "OPTIONS": {"socket_timeout": 2, "socket_connect_timeout": 2},
        "KEY_PREFIX": env_str("CACHE_KEY_PREFIX", "mapapp"),
    }


def secret_key():
    """SECRET_KEY from the environment, else one generated once and kept in var/."""
    if os.environ.get("SECRET_KEY"):
        return os.environ["SECRET_KEY"]
    path = BASE_DIR / "var" / "secret_key"
    if not path.exists():
        path.parent.mkdir(exist_ok=True)
        path.write_text(secrets.token_urlsafe(50))
        path.chmod(0o600)
    return path.read_text().strip()


DEBUG = env_bool("DEBUG", False)
SECRET_KEY = secret_key()
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", "")

DATABASES = {
    "default": (
        database_from_url(os.environ["DATABASE_URL"])
        if os.environ.get("DATABASE_URL")
        else embedded_pg.database_settings()
    ),
}
# Parallel test runs (helpers, CI shards) against one server each need their own test database.
DATABASES["default"]["TEST"] = {"NAME": env_str("TEST_DATABASE_NAME", "test_mapapp")}
DATABASES["default"]["CONN_MAX_AGE"] = env_int("DB_CONN_MAX_AGE", 60)
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    # Snapshots for readers (mapapp/snapshots/): their own app, migrations and URLs.
    "mapapp.snapshots",
    "django.contrib.gis",
    "django.contrib.postgres",
    "leaflet",
    "simple_history",
    "csp",
    "mapapp",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # CSP frame-ancestors beside X-Frame-Options: only the embeds may be framed.
    "mapapp.snapshots.framing.FrameAncestorsMiddleware",
    # Content-Security-Policy (below); inside the framing middleware, which appends to it.
    "csp.middleware.CSPMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # A NUL byte in an address or query is a 400 before any view or query sees it.
    "mapapp.request_guard.RejectNulMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Records the signed-in user on every history entry the admin writes.
    "simple_history.middleware.HistoryRequestMiddleware",
    # Writes and editors read from the primary when there are replicas (mapapp/db_router.py).
    "mapapp.db_router.PrimaryForEditorsMiddleware",
    # An unreachable database or cache answers 503, not a traceback (mapapp/degrade.py).
    "mapapp.degrade.DegradeMiddleware",
]

ROOT_URLCONF = "mapapp.urls"
WSGI_APPLICATION = "mapapp.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "csp.context_processors.nonce",
            ],
        },
    },
]

CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "LOCATION": "mapapp",
        "OPTIONS": {"MAX_ENTRIES": env_int("CACHE_MAX_ENTRIES", 2000)},
    },
}
# How long browsers and CDNs may keep an epoch-addressed API answer. It is safe to keep it long:
# the URL carries the date and the ETag the data version, so an edit never serves stale data
# behind a revalidation.
API_MAX_AGE = env_int("API_MAX_AGE", 300)
# Production (issue 12): a shared cache, read replicas. See "Deploying and scaling" in README.md.
CACHE_URL = env_str("CACHE_URL") or env_str("REDIS_URL")
if CACHE_URL:
    CACHES = {"default": cache_from_url(CACHE_URL)}
# The cached data version is dropped on every write made through Django (mapapp/cache_state.py);
# this bounds how long a write made around Django (psql by hand) goes unseen.
DATA_VERSION_TTL = env_int("DATA_VERSION_TTL", 60)
# The map draws vector tiles (/tiles/...) instead of GeoJSON once more polygons than this are
# valid on some day (docs/scale.md).
MAP_TILES_ABOVE = env_int("MAP_TILES_ABOVE", 500)
for number, url in enumerate(env_list("DATABASE_REPLICA_URLS", ""), start=1):
    DATABASES[f"replica_{number}"] = {
        **database_from_url(url),
        "CONN_MAX_AGE": DATABASES["default"]["CONN_MAX_AGE"],
        # Tests read what they wrote: the replica aliases are the test database itself.
        "TEST": {"MIRROR": "default"},
    }
DATABASE_ROUTERS = ["mapapp.db_router.ReplicaRouter"]

LANGUAGE_CODE = "en"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = Path(env_str("STATIC_ROOT", str(BASE_DIR / "var" / "staticfiles")))
# whitenoise warns on every start when the collectstatic target does not exist yet.
STATIC_ROOT.mkdir(parents=True, exist_ok=True)
# Hashed, precompressed names after `collectstatic`, plain ones before (mapapp/static_storage.py).
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "mapapp.static_storage.StaticStorage"},
}
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = DEBUG
WHITENOISE_MANIFEST_STRICT = False

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
]
LOGIN_URL = "/admin/login/"

# Security headers. Production sets SECURE_SSL=true behind HTTPS.
SECURE_SSL = env_bool("SECURE_SSL", False)
SECURE_SSL_REDIRECT = SECURE_SSL
SESSION_COOKIE_SECURE = SECURE_SSL
CSRF_COOKIE_SECURE = SECURE_SSL
SECURE_HSTS_SECONDS = 31536000 if SECURE_SSL else 0
SECURE_HSTS_INCLUDE_SUBDOMAINS = SECURE_SSL
SECURE_HSTS_PRELOAD = SECURE_SSL
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https") if SECURE_SSL else None
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"

# The map works offline: no basemap tiles unless TILE_URL names a tile server.
TILE_URL = env_str("TILE_URL", "")
TILE_ATTRIBUTION = env_str("TILE_ATTRIBUTION", "")
# The public address of the site, for links printed outside a request (create_snapshot).
SITE_URL = env_str("SITE_URL", "http://127.0.0.1:8000")
LEAFLET_CONFIG = {
    "TILES": [("Tiles", TILE_URL, {"attribution": TILE_ATTRIBUTION})] if TILE_URL else [],
    "DEFAULT_CENTER": (34.8, 40.5),
    "DEFAULT_ZOOM": 6,
    "MIN_ZOOM": 2,
    "MAX_ZOOM": 14,
    "RESET_VIEW": False,
    "ATTRIBUTION_PREFIX": "Leaflet",
    "NO_GLOBALS": True,
    "FORCE_IMAGE_PATH": True,
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "WARNING")},
}

# Debian 12 ships GDAL 3.6, which cannot block file and network access from spatial reference
# strings (gis.W001). GeoJSON imports go through GEOS, not GDAL, and uploads in other formats are
# opened by GDAL only after the file type is checked; the warning is understood, not ignored.
SILENCED_SYSTEM_CHECKS = ["gis.W001"]

# Sign-in (issue 11). django-axes counts failed admin sign-ins in the database and locks out
# that username from that address for a cool-off period; the key is the pair, so that nobody
# can lock an editor out from elsewhere, nor a newsroom's shared address out for everyone. The
# development credentials are refused unless DEBUG is on (mapapp/dev_account.py).
INSTALLED_APPS += ["axes"]
# Last, as django-axes asks: it turns a locked-out sign-in into its own answer.
MIDDLEWARE += ["axes.middleware.AxesMiddleware"]
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "mapapp.dev_account.DevAccountBackend",
]
AXES_FAILURE_LIMIT = env_int("LOGIN_FAILURE_LIMIT", 5)
if AXES_FAILURE_LIMIT < 1:
    raise ImproperlyConfigured(f"LOGIN_FAILURE_LIMIT must be 1 or more, got {AXES_FAILURE_LIMIT}")
AXES_COOLOFF_TIME = timedelta(minutes=env_int("LOGIN_COOLOFF_MINUTES", 15))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "mapapp.lockout.lockout_response"


def tile_origin(url):
    """The origin tile images come from, for img-src; `{s}` subdomains become a wildcard."""
    if not url:
        return None
    parts = urlsplit(url.replace("{s}", "*"))
    return f"{parts.scheme}://{parts.netloc}" if parts.scheme and parts.netloc else None


# Content-Security-Policy (django-csp): scripts only from this site or carrying the request's
# nonce (django-leaflet's inline map script gets it), never inline handlers or eval. Styles too
# come only from this site: Leaflet, Leaflet.draw and the admin set styles through the DOM
# (allowed), not in markup. frame-ancestors is left to mapapp/snapshots/framing.py, which lets
# only the embeds be framed. See docs/security.md.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, NONCE],
        "style-src": [SELF],
        "img-src": [SELF, "data:", *filter(None, [tile_origin(TILE_URL)])],
        "connect-src": [SELF],
        "font-src": [SELF],
        "frame-src": [SELF],
        "object-src": [NONE],
        "base-uri": [NONE],
        "form-action": [SELF],
    },
}

# Uploads waiting between an import's preview and its confirmation: one private folder (0700)
# each, under this directory (created 0700); never the shared system temporary folder.
IMPORT_UPLOAD_DIR = Path(env_str("IMPORT_UPLOAD_DIR", str(BASE_DIR / "var" / "uploads")))
