"""Refuse requests whose address or query carries a NUL byte, before any view reads them.

PostgreSQL text cannot hold NUL (0x00): a NUL that reaches a query is a DataError and a 500,
wherever it arrives (an admin search box, an object id in an admin address, an API parameter).
Path converters and the parameter parsers check the identifiers they know; this catches the rest
in one place and answers 400 saying why (JSON under /api/, as every API error is).
"""

from django.http import HttpResponseBadRequest

from mapapp.http import error

NUL = "\x00"


def carries_nul(request):
    if NUL in request.path:
        return True
    return any(NUL in key or any(NUL in v for v in values) for key, values in request.GET.lists())


class RejectNulMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if carries_nul(request):
            message = "the address or its query contains a NUL byte (%00), which no page accepts"
            if request.path.startswith("/api/"):
                return error(400, message)
            return HttpResponseBadRequest(message, content_type="text/plain; charset=utf-8")
        return self.get_response(request)
