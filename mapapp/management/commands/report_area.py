from django.core.management.base import BaseCommand

from mapapp.area_series import is_area_km2, published_series, tolerance_text, within


class Command(BaseCommand):
    help = "Print the table 'IS area: computed vs published' (Markdown) from the loaded data."

    def handle(self, *args, **options):
        out = self.stdout
        out.write("| date | published km² | source | computed km² | difference | tolerance | ok |")
        out.write("|---|---:|---|---:|---:|---|---|")
        for entry in published_series():
            computed = is_area_km2(entry["day"])
            published = entry["km2"]
            diff = f"{(computed - published) / published:+.1%}" if published >= 100 else "—"
            label = entry["label"] + (f" ({entry['date_note']})" if entry.get("date_note") else "")
            shown = f"{computed:,.0f}" if computed >= 100 else f"{computed:.2f}"
            out.write(
                f"| {entry['date']} | {published:,g} | {label} | {shown} | {diff} "
                f"| {tolerance_text(entry)} | {'yes' if within(entry, computed) else 'NO'} |"
            )
