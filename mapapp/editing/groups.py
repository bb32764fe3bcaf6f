"""The two groups an install needs out of the box: Editors draft, Reviewers also publish.

Publishing covers dated polygons, events, changes to what readers already see (see
publishing.py), and snapshots: making and withdrawing them.

Created after every `migrate` (post_migrate), because permissions themselves only exist once
Django has created them after the migrations ran; a data migration would run too early on a
fresh database.
"""

from django.contrib.auth.models import Group, Permission

EDITORS = "Editors"
REVIEWERS = "Reviewers"

EDITABLE = ("datedpolygon", "territory", "source", "event")
READ_ONLY = ("actor", "historicaldatedpolygon")


# Snapshot permissions, for the snapshots app's own models.
SNAPSHOT_VIEW = ("view_snapshot",)
SNAPSHOT_PUBLISH = ("add_snapshot", "withdraw_snapshot")


def editor_codenames():
    codenames = [f"{verb}_{model}" for model in EDITABLE for verb in ("add", "change", "view")]
    return codenames + [f"view_{model}" for model in READ_ONLY]


def reviewer_codenames():
    deletions = [f"delete_{model}" for model in EDITABLE]
    return editor_codenames() + deletions + ["publish_datedpolygon"]


def ensure_groups(**_kwargs):
    groups = (
        (EDITORS, editor_codenames(), SNAPSHOT_VIEW),
        (REVIEWERS, reviewer_codenames(), SNAPSHOT_VIEW + SNAPSHOT_PUBLISH),
    )
    for name, codenames, snapshot_codenames in groups:
        group, _ = Group.objects.get_or_create(name=name)
        permissions = Permission.objects.filter(
            content_type__app_label="mapapp", codename__in=codenames
        ) | Permission.objects.filter(
            content_type__app_label="snapshots", codename__in=snapshot_codenames
        )
        group.permissions.add(*permissions)
