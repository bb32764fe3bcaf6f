"""What makes a source checkable, two sources independent, a note public: one copy of the rules.

The seed builders (core_build.py for confirmed pieces) and the seed tests (tests/seed/
test_sources.py) both import it, so the rule a builder applies is the rule the tests check.
"""

import json
import re
from pathlib import Path
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parents[2]
SOURCES = ROOT / "fixtures" / "sources"
# A path segment that names one article: a number, a file, or a slug of three words or more.
ARTICLE_SEGMENT = re.compile(r"\d|\.[a-z]{2,5}$|^[^-_]+([-_][^-_]+){2,}$", re.IGNORECASE)
# Citations of the project's own files or compilations are not sources a reader can check.
SELF_CITATION = re.compile(r"shared/|newsroom map project|project compilation|CHRONOLOGY\.md")
# A path ("tools/seed/x", "fixtures/NOTES.md"), a file name with its extension, the project's
# folders, or the word "script": working notes, which belong in `editor_notes`, not in public.
WORKING_NOTE = re.compile(
    r"\b[\w.*-]+/[\w.*-]+/|\b[\w*-]+\.(py|md|csv|json|geojson|txt|sh|js)\b"
    r"|\btools/|\bshared/|\bfixtures/|\bscripts?\b",
    re.IGNORECASE,
)


def load_sources():
    """Every keyed source of fixtures/sources/*.json, by key."""
    sources = {}
    for path in sorted(SOURCES.glob("*.json")):
        sources.update(json.loads(path.read_text(encoding="utf-8")))
    return sources


def is_home_page(url):
    """True for an outlet's front page or a bare section (`/`, `/news/`, `/world/middle-east`).

    A deep link names one article: some segment of its path is a number, a file, a slug of three
    words or more, or a Wikipedia title, or its query picks one item (`?aid=3462`).
    """
    if not url:
        return False
    parts = urlsplit(url)
    segments = [s for s in parts.path.split("/") if s]
    if not segments:
        return "=" not in parts.query
    if parts.netloc.endswith("wikipedia.org") and segments[0] == "wiki" and len(segments) > 1:
        return False
    if "=" in parts.query:
        return False
    return not any(ARTICLE_SEGMENT.search(segment) for segment in segments)


def cites_the_project(source):
    text = " ".join(str(source.get(field) or "") for field in ("title", "publisher", "url"))
    return bool(SELF_CITATION.search(text))


def publisher_of(source):
    """The outlet that reported it: 'AFP (The Nation, Pakistan)' and 'AFP' are one publisher."""
    name = re.split(r"\s*\(|\s+via\s+|;", source.get("publisher") or "")[0]
    return name.strip().lower()


def independent_publishers(sources):
    """How many different outlets a list of source dicts comes from."""
    return len({publisher_of(s) for s in sources if publisher_of(s)})


def split_note(note):
    """(public, working): sentences and brackets that name files or tools go to the working part.

    Piece notes are written for both audiences at once ("Centre approximate (places.csv)."); a
    reader gets the sentence, an editor the reference.
    """
    working = []

    def bracket(match):
        if WORKING_NOTE.search(match.group(1)):
            working.append(match.group(1))
            return ""
        return match.group(0)

    public = re.sub(r"\s*\(([^()]*)\)", bracket, note)
    sentences = re.split(r"(?<=\.)\s+", public)
    working += [s for s in sentences if WORKING_NOTE.search(s)]
    public = " ".join(s for s in sentences if not WORKING_NOTE.search(s))
    return public.strip(), working
