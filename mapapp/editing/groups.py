"""The two groups an install needs out of the box: Editors draft, Reviewers also publish.

Created after every `migrate` (post_migrate), because permissions themselves only exist once
Django has created them after the migrations ran; a data migration would run too early on a
fresh database.
"""

from django.contrib.auth.models import Group, Permission

EDITORS = "Editors"
REVIEWERS = "Reviewers"

EDITABLE = ("datedpolygon", "territory", "source", "event")
READ_ONLY = ("actor", "historicaldatedpolygon")


def editor_codenames():
    codenames = [f"{verb}_{model}" for model in EDITABLE for verb in ("add", "change", "view")]
    return codenames + [f"view_{model}" for model in READ_ONLY]


def reviewer_codenames():
    deletions = [f"delete_{model}" for model in EDITABLE]
    return editor_codenames() + deletions + ["publish_datedpolygon"]


def ensure_groups(**_kwargs):
    for name, codenames in ((EDITORS, editor_codenames()), (REVIEWERS, reviewer_codenames())):
        group, _ = Group.objects.get_or_create(name=name)
        permissions = Permission.objects.filter(
            content_type__app_label="mapapp", codename__in=codenames
        )
        group.permissions.add(*permissions)
