"""Snapshots in the admin: listed and findable, never edited (an article may cite each one).

The one change a reviewer may make is to withdraw a snapshot, with a reason readers will see.
"""

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.helpers import ACTION_CHECKBOX_NAME
from django.template.response import TemplateResponse
from django.utils.html import format_html

from mapapp.snapshots.models import Snapshot
from mapapp.snapshots.withdrawal import withdraw


class WithdrawalForm(forms.Form):
    reason = forms.CharField(
        widget=forms.Textarea(attrs={"rows": 3, "cols": 60}),
        max_length=1000,
        help_text="Shown to readers in place of the map, on the snapshot's page and in every "
        "article that embeds it.",
    )


@admin.register(Snapshot)
class SnapshotAdmin(admin.ModelAdmin):
    list_display = ("title", "date", "compare", "created_at", "created_by", "withdrawn_at", "page")
    list_filter = ("date", ("withdrawn_at", admin.EmptyFieldListFilter))
    search_fields = ("title", "caption", "id")
    readonly_fields = [f.name for f in Snapshot._meta.fields]
    actions = ["withdraw"]

    @admin.display(description="page")
    def page(self, snapshot):
        return format_html('<a href="{}">/s/{}</a>', snapshot.get_absolute_url(), snapshot.id)

    # Snapshots are made from the map or by create_snapshot, which freeze the data; a form could
    # only make a snapshot that does not match any published state.
    def has_add_permission(self, request):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_withdraw_permission(self, request):
        return request.user.has_perm("snapshots.withdraw_snapshot")

    @admin.action(description="Withdraw selected snapshots…", permissions=["withdraw"])
    def withdraw(self, request, queryset):
        """First call: ask for the reason. Second call (the form posted back): withdraw."""
        form = WithdrawalForm(request.POST if "withdraw_confirmed" in request.POST else None)
        if form.is_valid():
            count = withdraw(queryset, request.user, form.cleaned_data["reason"])
            self.message_user(
                request,
                f"Withdrew {count} snapshot(s); their pages and embeds now show the reason.",
                messages.SUCCESS,
            )
            return None
        context = {
            **self.admin_site.each_context(request),
            "title": "Withdraw snapshots",
            "opts": self.model._meta,
            "snapshots": queryset,
            "form": form,
            "action_checkbox_name": ACTION_CHECKBOX_NAME,
        }
        return TemplateResponse(request, "admin/snapshots/snapshot/withdraw.html", context)
