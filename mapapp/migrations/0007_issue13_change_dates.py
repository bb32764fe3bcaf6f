"""Change dates in their own table, kept by triggers on every write (docs/scale.md).

The epoch of a day (every control and diff request) and the timeline scanned every published
version; at a million versions that cost half a second. Here each day on which some published
version starts or ends is a row of mapapp_changedate with the number of versions starting and
ending on it, so both are primary-key lookups.

Statement-level triggers with transition tables: one bulk INSERT … SELECT of a million versions
adds its deltas in one grouped upsert instead of a million row triggers. Only published versions
count ("published" is the state column's value 'published', as in PublicQuerySet.published()).
A day whose counts both fall to zero is deleted. TRUNCATE of the versions empties the table.
"""

from django.db import migrations, models

# One row per (day, starts, ends) delta a statement brings, from its transition tables.
DELTAS = {
    "new_rows": "SELECT valid_from, 1, 0 FROM new_rows WHERE state = 'published' "
    "UNION ALL SELECT valid_to, 0, 1 FROM new_rows "
    "WHERE state = 'published' AND valid_to IS NOT NULL",
    "old_rows": "SELECT valid_from, -1, 0 FROM old_rows WHERE state = 'published' "
    "UNION ALL SELECT valid_to, 0, -1 FROM old_rows "
    "WHERE state = 'published' AND valid_to IS NOT NULL",
}


def apply(source):
    # ORDER BY day: concurrent writers lock the same days in the same order (no deadlock).
    # Two statements: a data-modifying CTE's DELETE could not see the upsert's new counts.
    return f"""
        INSERT INTO mapapp_changedate AS c (day, starts, ends)
        SELECT d.day, sum(d.starts)::int, sum(d.ends)::int
        FROM ({source}) AS d(day, starts, ends)
        GROUP BY d.day HAVING sum(d.starts) <> 0 OR sum(d.ends) <> 0 ORDER BY d.day
        ON CONFLICT (day) DO UPDATE
        SET starts = c.starts + EXCLUDED.starts, ends = c.ends + EXCLUDED.ends;
        -- At most one row per day of the archive (a few thousand): a scan costs nothing.
        DELETE FROM mapapp_changedate WHERE starts = 0 AND ends = 0;
    """


CREATE = f"""
CREATE OR REPLACE FUNCTION mapapp_count_change_dates() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        {apply(DELTAS["new_rows"])}
    ELSIF TG_OP = 'DELETE' THEN
        {apply(DELTAS["old_rows"])}
    ELSIF TG_OP = 'UPDATE' THEN
        {apply(DELTAS["new_rows"] + " UNION ALL " + DELTAS["old_rows"])}
    ELSE
        DELETE FROM mapapp_changedate;
    END IF;
    RETURN NULL;
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER mapapp_datedpolygon_change_dates_insert AFTER INSERT ON mapapp_datedpolygon
    REFERENCING NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION mapapp_count_change_dates();
CREATE TRIGGER mapapp_datedpolygon_change_dates_update AFTER UPDATE ON mapapp_datedpolygon
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION mapapp_count_change_dates();
CREATE TRIGGER mapapp_datedpolygon_change_dates_delete AFTER DELETE ON mapapp_datedpolygon
    REFERENCING OLD TABLE AS old_rows
    FOR EACH STATEMENT EXECUTE FUNCTION mapapp_count_change_dates();
CREATE TRIGGER mapapp_datedpolygon_change_dates_truncate AFTER TRUNCATE ON mapapp_datedpolygon
    FOR EACH STATEMENT EXECUTE FUNCTION mapapp_count_change_dates();
"""

BACKFILL = f"""
DELETE FROM mapapp_changedate;
INSERT INTO mapapp_changedate (day, starts, ends)
SELECT day, sum(starts), sum(ends) FROM (
    {DELTAS["new_rows"].replace("new_rows", "mapapp_datedpolygon")}
) AS d(day, starts, ends) GROUP BY day;
"""

DROP = "".join(
    f"DROP TRIGGER IF EXISTS mapapp_datedpolygon_change_dates_{op} ON mapapp_datedpolygon;\n"
    for op in ("insert", "update", "delete", "truncate")
) + ("DROP FUNCTION IF EXISTS mapapp_count_change_dates();")


class Migration(migrations.Migration):
    dependencies = [("mapapp", "0006_issue11_source_url_http_only")]

    operations = [
        migrations.CreateModel(
            name="ChangeDate",
            fields=[
                ("day", models.DateField(primary_key=True, serialize=False)),
                ("starts", models.IntegerField(default=0)),
                ("ends", models.IntegerField(default=0)),
            ],
            options={"ordering": ["day"]},
        ),
        migrations.RunSQL(CREATE + BACKFILL, DROP),
    ]
