"""Which addresses may become links: http and https only, never javascript:, data: or vbscript:.

A source URL an editor or a file supplies ends up as an `href` on the public map, in event popups
and on snapshot pages, where a `javascript:` address would run in the reader's browser. The rule
lives here: the Source model validates with it, a database check constraint enforces the same
pattern (migration 0004), the importer refuses files that break it, and the pages that render a
URL as a link ask `http_url` first, so that an address frozen into an older snapshot stays text.
"""

import re

from django.core.validators import URLValidator

# The same pattern as the database check constraint `source_url_http_only`.
HTTP_URL_PATTERN = r"^https?://"
_HTTP_URL = re.compile(HTTP_URL_PATTERN, re.IGNORECASE)

validate_http_url = URLValidator(
    schemes=["http", "https"],
    message="Enter an http:// or https:// address (other schemes, such as javascript:, "
    "are refused).",
)


def http_url(value):
    """`value` when it is an http(s) address that is safe as an href, else an empty string."""
    if not isinstance(value, str) or not _HTTP_URL.match(value):
        return ""
    # Browsers drop whitespace and control characters inside a scheme; refuse them outright.
    if any(ord(c) < 0x21 or c == "\x7f" for c in value):
        return ""
    return value
