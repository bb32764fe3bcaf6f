"""Who may frame our pages: nobody, except the embeds.

X-Frame-Options alone is obsolete in new browsers and CSP frame-ancestors alone is unknown to old
ones, so every page carries both. Views marked with Django's @xframe_options_exempt (the embeds)
get `frame-ancestors *` instead, so any article may frame them.
"""

CSP = "Content-Security-Policy"


def frame_ancestors(response):
    return "*" if getattr(response, "xframe_options_exempt", False) else "'none'"


class FrameAncestorsMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        directive = f"frame-ancestors {frame_ancestors(response)}"
        existing = response.get(CSP, "")
        if "frame-ancestors" not in existing:
            response[CSP] = f"{existing}; {directive}" if existing else directive
        return response
