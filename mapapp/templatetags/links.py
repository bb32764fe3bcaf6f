"""`{{ url|http_url }}`: an address usable as an href, or "" (see mapapp/links.py)."""

from django import template

from mapapp.links import http_url as only_http

register = template.Library()


@register.filter
def http_url(value):
    return only_http(value)
