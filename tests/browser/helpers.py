"""Small helpers shared by the browser tests."""

from urllib.parse import parse_qs, urlsplit


def wait_for_map(page, day):
    page.wait_for_function("d => document.body.dataset.shownDate === d", arg=day)


def query_of(page):
    return {key: values[0] for key, values in parse_qs(urlsplit(page.url).query).items()}


def shown_features(page):
    return int(page.evaluate("document.body.dataset.featureCount"))
