"""The data-version trigger upserts its row instead of updating it.

`manage.py flush` empties mapapp_dataversion along with every other table; an UPDATE of the
missing row then changed nothing, so after a flush no write ever changed an ETag or a cached
body again. INSERT … ON CONFLICT creates the row again on the first write after a flush.
"""

from django.db import migrations

UPSERT = """
CREATE OR REPLACE FUNCTION mapapp_bump_data_version() RETURNS trigger AS $$
BEGIN
    INSERT INTO mapapp_dataversion (id, version) VALUES (1, 1)
    ON CONFLICT (id) DO UPDATE SET version = mapapp_dataversion.version + 1;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;
"""

UPDATE_ONLY = """
CREATE OR REPLACE FUNCTION mapapp_bump_data_version() RETURNS trigger AS $$
BEGIN
    UPDATE mapapp_dataversion SET version = version + 1 WHERE id = 1;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;
"""


class Migration(migrations.Migration):
    dependencies = [("mapapp", "0004_issue9_editor_notes")]
    operations = [
        migrations.RunSQL(UPSERT, UPDATE_ONLY),
    ]
