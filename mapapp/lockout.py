"""The answer to a sign-in django-axes has locked out: what happened and how long to wait."""

from django.conf import settings
from django.shortcuts import render

TOO_MANY_REQUESTS = 429


def lockout_response(request, original_response=None, credentials=None):
    minutes = round(settings.AXES_COOLOFF_TIME.total_seconds() / 60)
    context = {
        "username": (credentials or {}).get("username") or request.POST.get("username", ""),
        "failure_limit": settings.AXES_FAILURE_LIMIT,
        "minutes": minutes,
    }
    return render(request, "admin/locked_out.html", context, status=TOO_MANY_REQUESTS)
