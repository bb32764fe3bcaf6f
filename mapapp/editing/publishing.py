"""Who may change what readers see: the one place for the publish rule and the sourcing rule.

Editors draft; what reaches readers passes a reviewer (the permission below, held by the
Reviewers group). Readers see published dated polygons and events, and through them the actors,
territories and sources they name, so:

- publishing a dated polygon or an event, changing one that is published, or taking it back to
  draft needs the permission; a published one cites at least one source;
- changing any field of an actor, territory or source that readers see (an actor holding, or a
  territory having, a published version; a source cited by a published version or event) needs
  it too. Records nothing published uses yet stay open to editors.
"""

from django import forms

from mapapp.models import DatedPolygon, Event, State

PUBLISH_PERMISSION = "mapapp.publish_datedpolygon"


def can_publish(user):
    return user is not None and user.has_perm(PUBLISH_PERMISSION)


def check_publication(form, noun, label, was_state):
    """Form errors for publishing `noun` (or changing a published one) without the right."""
    cleaned = form.cleaned_data
    publishing = cleaned.get("state") == State.PUBLISHED
    if (publishing or was_state == State.PUBLISHED) and not can_publish(form.user):
        form.add_error(
            "state",
            f"Publishing, and changing a published {noun}, needs the permission 'Can publish "
            f"dated polygons' (the Reviewers group). Save your edit as a draft {noun} and ask a "
            "reviewer.",
        )
    if publishing and "sources" in cleaned and not cleaned.get("sources"):
        form.add_error("sources", f"A published {label} needs at least one source.")


def shown_to_readers(instance):
    """What published data shows `instance` (an actor, territory or source), as words, or ''."""
    published_versions = DatedPolygon.objects.published()
    events = Event.objects.none()
    model = type(instance).__name__
    if model == "Actor":
        versions = published_versions.filter(actor=instance)
    elif model == "Territory":
        versions = published_versions.filter(territory=instance)
    else:
        versions = published_versions.filter(sources=instance)
        events = Event.objects.published().filter(sources=instance)
    counts = [(versions.count(), "published version"), (events.count(), "published event")]
    return " and ".join(f"{n} {what}{'s' * (n != 1)}" for n, what in counts if n)


class ReviewedWhenShownForm(forms.ModelForm):
    """Actors, territories, sources: a change to one readers see needs the permission."""

    user = None  # set per request by UserFormAdminMixin

    def clean(self):
        cleaned = super().clean()
        if self.instance.pk and self.has_changed() and not can_publish(self.user):
            shown = shown_to_readers(self.instance)
            if shown:
                raise forms.ValidationError(
                    f"Not saved: readers see “{self.instance}” on {shown}, so changing it "
                    f"needs the permission 'Can publish dated polygons' (the Reviewers group). "
                    "Ask a reviewer to make this change.",
                    code="published",
                )
        return cleaned


class EventForm(forms.ModelForm):
    user = None  # set per request by UserFormAdminMixin

    class Meta:
        model = Event
        fields = (
            "title",
            "date",
            "date_precision",
            "location",
            "description",
            "editor_notes",
            "sources",
            "state",
        )

    def clean(self):
        cleaned = super().clean()
        was_state = None
        if self.instance.pk:
            was_state = Event.objects.filter(pk=self.instance.pk).values_list("state", flat=True)
            was_state = was_state.first()
        check_publication(self, "event", "event", was_state)
        return cleaned


class UserFormAdminMixin:
    """Hands the signed-in user to the admin's form, which decides what needs a reviewer."""

    def get_form(self, request, obj=None, **kwargs):
        form = super().get_form(request, obj, **kwargs)
        return type(form.__name__, (form,), {"user": request.user})
