"""Withdrawing a snapshot: a reviewer's correction of something an article already embeds.

The row stays (articles and citations still point at it), but its page and embed show the reason
instead of the map, and its images and data answer 410 Gone. Pages are cached for minutes only
(immutable.BRIEF), so readers see the notice soon after a reviewer withdraws.
"""

from django.http import HttpResponse
from django.template.loader import render_to_string
from django.utils import timezone

from mapapp.http import BRIEF, error

GONE = 410


def withdraw(snapshots, user, reason):
    """Withdraw those not withdrawn yet; an earlier withdrawal keeps its date and reason."""
    return snapshots.filter(withdrawn_at__isnull=True).update(
        withdrawn_at=timezone.now(), withdrawn_by=user, withdrawal_reason=reason
    )


def notice(snapshot):
    when = timezone.localtime(snapshot.withdrawn_at).date().isoformat()
    return f"snapshot {snapshot.id} was withdrawn on {when}: {snapshot.withdrawal_reason}"


def withdrawn_page(request, snapshot, embedded):
    """The notice in place of the page or the embed: title, date of withdrawal, reason, no map."""
    html = render_to_string(
        "snapshots/withdrawn.html", {"snapshot": snapshot, "embedded": embedded}, request
    )
    response = HttpResponse(html, status=GONE)
    response["Cache-Control"] = BRIEF
    return response


def withdrawn_file(snapshot):
    """Images and frozen data of a withdrawn snapshot: gone, and the JSON says why."""
    response = error(GONE, notice(snapshot))
    response["Cache-Control"] = BRIEF
    return response
