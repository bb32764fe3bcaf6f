"""Raise the data version on every write to a table the public reads, whoever writes.

Statement-level triggers cost one UPDATE per statement, not per row, and catch the admin, the
importer and hand-written SQL alike, so no cached answer can outlive the data it was built from.
"""

from django.db import migrations

TABLES = (
    "mapapp_actor",
    "mapapp_territory",
    "mapapp_source",
    "mapapp_datedpolygon",
    "mapapp_datedpolygon_sources",
    "mapapp_event",
    "mapapp_event_sources",
)

CREATE = """
INSERT INTO mapapp_dataversion (id, version) VALUES (1, 0) ON CONFLICT (id) DO NOTHING;
CREATE OR REPLACE FUNCTION mapapp_bump_data_version() RETURNS trigger AS $$
BEGIN
    UPDATE mapapp_dataversion SET version = version + 1 WHERE id = 1;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;
""" + "".join(
    f"CREATE TRIGGER {table}_bumps_version AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE "
    f"ON {table} FOR EACH STATEMENT EXECUTE FUNCTION mapapp_bump_data_version();\n"
    for table in TABLES
)

DROP = (
    "".join(f"DROP TRIGGER IF EXISTS {table}_bumps_version ON {table};\n" for table in TABLES)
    + "DROP FUNCTION IF EXISTS mapapp_bump_data_version();"
)


class Migration(migrations.Migration):
    dependencies = [("mapapp", "0001_control_model")]
    operations = [
        migrations.RunSQL(CREATE, DROP),
    ]
