"""Access-Control-Allow-Origin: * on public reads, so other sites and web GIS clients can use them.

Only for published, cookie-free data: never put this on admin or session-bearing URLs. When the
API's shared CORS decorator lands (mapapp/api/), this module can become an import of it.
"""

from functools import wraps

from django.http import HttpResponse

ALLOWED_HEADERS = "Accept, Accept-Encoding, If-None-Match, If-Modified-Since"


def public_read(view):
    @wraps(view)
    def wrapper(request, *args, **kwargs):
        if request.method == "OPTIONS":
            # A preflight: say what a cross-origin GET may carry, and cache the answer a day.
            response = HttpResponse(status=204)
            del response["Content-Type"]
            response["Access-Control-Allow-Methods"] = "GET, HEAD, OPTIONS"
            response["Access-Control-Allow-Headers"] = ALLOWED_HEADERS
            response["Access-Control-Max-Age"] = "86400"
        else:
            response = view(request, *args, **kwargs)
        response["Access-Control-Allow-Origin"] = "*"
        response["Access-Control-Expose-Headers"] = "ETag"
        return response

    return wrapper
