"""Source URLs are http(s) only, in the database too (issue 11, item 2).

Rows that already hold another scheme (a `javascript:` link planted before this rule) would make
the constraint fail to apply. Their URL is emptied rather than the migration refused: such an
address was never a citation a reader could follow, and the source keeps its title and publisher.
The migration prints how many it emptied, so an operator notices.
"""

import django.core.validators
from django.db import migrations, models

HTTP_URL_PATTERN = r"^https?://"


def empty_unsafe_urls(apps, schema_editor):
    Source = apps.get_model("mapapp", "Source")
    unsafe = Source.objects.exclude(url="").exclude(url__iregex=HTTP_URL_PATTERN)
    count = unsafe.update(url="")
    if count:
        print(f"\n  0004: emptied {count} source URL(s) that were not http(s) addresses")


class Migration(migrations.Migration):
    dependencies = [
        ("mapapp", "0005_issue11_data_version_upsert"),
    ]

    operations = [
        migrations.AlterField(
            model_name="source",
            name="url",
            field=models.URLField(
                blank=True,
                max_length=1000,
                validators=[
                    django.core.validators.URLValidator(
                        message="Enter an http:// or https:// address (other schemes, such as "
                        "javascript:, are refused).",
                        schemes=["http", "https"],
                    )
                ],
            ),
        ),
        migrations.RunPython(empty_unsafe_urls, migrations.RunPython.noop),
        migrations.AddConstraint(
            model_name="source",
            constraint=models.CheckConstraint(
                condition=models.Q(("url", ""), ("url__iregex", HTTP_URL_PATTERN), _connector="OR"),
                name="source_url_http_only",
                violation_error_message="A source URL must be an http:// or https:// address.",
            ),
        ),
    ]
