"""Small helpers shared by the browser tests."""


def wait_for_map(page, day):
    """The map shows `day` and its URL says so (written right after the frame that painted it:
    docs/url-state.md), so that back and forward, or a link copied, follow."""
    page.wait_for_function(
        "d => document.body.dataset.shownDate === d"
        " && new URLSearchParams(location.search).get('date') === d",
        arg=day,
    )


# A value the URL must have: a string, True (present, any value) or None (absent).
URL_SAYS = """
(expected) => {
  const query = new URLSearchParams(location.search);
  return Object.entries(expected).every(([key, value]) => value === true
    ? query.has(key) : query.get(key) === value);
}
"""


def url_says(page, **expected):
    """Waits until the URL's query says `expected`, and returns it. The map writes its URL right
    after the frame that paints a change (docs/url-state.md), so a test that has seen the map
    change reads the URL once it has followed; a URL that never does fails here."""
    wanted = {k: v if v is None or v is True else str(v) for k, v in expected.items()}
    try:
        page.wait_for_function(URL_SAYS, arg=wanted, timeout=5_000)
    finally:
        query = dict(page.evaluate("[...new URLSearchParams(location.search)]"))
    for key, value in wanted.items():
        assert (key in query) if value is True else query.get(key) == value, (key, value, query)
    return query


def shown_features(page):
    return int(page.evaluate("document.body.dataset.featureCount"))
