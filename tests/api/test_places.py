"""GET /api/v1/places, /api/v1/places/<id>/history and /api/v1/changes."""

import re

import pytest

from mapapp.gazetteer import places

pytestmark = pytest.mark.django_db


def first(client, q):
    response = client.get("/api/v1/places", {"q": q})
    assert response.status_code == 200, response.content
    places = response.json()["places"]
    return places[0]["name"] if places else None


def test_spellings_and_transliterations_find_the_place(client):
    expected = {
        "Kobane": "Kobani", "Kobani": "Kobani", "Ayn al-Arab": "Kobani", "Mossul": "Mosul",
        "Deir Ezzor": "Deir ez-Zor", "Dayr az-Zawr": "Deir ez-Zor", "Ar-Raqqa": "Raqqa",
        "Surt": "Sirte", "Tall Afar": "Tal Afar", "Albu Kamal": "Abu Kamal", "Hajeen": "Hajin",
        "Baghuz": "Baghouz", "Susah": "Susah", "al-Shafa": "al-Shafa",
        "al-Marashida": "al-Marashida", "al-Baghuz": "Baghouz",
    }  # fmt: skip
    assert {q: first(client, q) for q in expected} == expected


def test_syrian_and_iraqi_places_read_as_the_press_writes_them(client):
    # GeoNames' machine transliteration "AlZwya" (Sharqat's east bank) reached the summary of
    # 10 July 2017; the sources say al-Zawiya. The old spelling still finds it.
    assert first(client, "AlZwya") == "al-Zawiya" and first(client, "Zawiya") == "al-Zawiya"
    run_together = [
        p["name"] for p in places() if p["country"] in ("SY", "IQ")
        and re.match(r"^[A-Z][a-z]*[A-Z]", p["name"])
    ]  # fmt: skip
    assert run_together == []


def test_a_place_has_the_contracted_fields(client):
    place = client.get("/api/v1/places?q=Mosul&limit=1").json()["places"][0]
    assert set(place) == {"id", "name", "names", "country", "lat", "lon", "kind", "population"}
    assert place["country"] == "IQ" and "Mossul" in place["names"]


def test_no_match_says_so_with_the_nearest_spellings(client):
    body = client.get("/api/v1/places?q=Mosulx").json()
    assert body["places"] == [] and body["message"] == "no place called 'Mosulx'"
    assert "Mosul" in body["nearest"]


@pytest.mark.parametrize(
    ("query", "word"),
    [("q=", "q is required"), ("q=%20", "q is required"), ("", "q is required"),
     ("q=Mosul&limit=0", "limit"), ("q=Mosul&limit=x", "limit"), ("q=Mosul&foo=1", "unknown")],
)  # fmt: skip
def test_bad_search_answers_400(client, query, word):
    response = client.get(f"/api/v1/places?{query}")
    assert response.status_code == 400
    assert word in response.json()["error"]


def test_an_unknown_place_is_a_404(client):
    response = client.get("/api/v1/places/nowhere/history")
    assert response.status_code == 404 and "no place" in response.json()["error"]


def test_changes_need_a_real_date(client):
    for query in ("", "date=2017-10-32", "date=yesterday", "date=2017-10-17&actor=sdf"):
        assert client.get(f"/api/v1/changes?{query}").status_code == 400, query


def test_mosul_history_merges_versions_and_cites_sources(client, seeded):
    body = client.get("/api/v1/places/99072/history").json()
    before, first_interval = body["intervals"][:2]
    assert before["actor"] == "iraqi-government" and before["valid_to"] == "2014-06-10"
    assert first_interval["actor"] == "islamic-state"
    assert first_interval["valid_from"] == "2014-06-10"
    assert first_interval["valid_to"] == "2017-07-10"
    assert first_interval["sources"]
    assert "Islamic State (controlled) 10 June 2014 to 10 July 2017" in body["text"]


def test_changes_are_told_by_place(client, seeded):
    body = client.get("/api/v1/changes?date=2017-10-17").json()
    assert body["epoch"] == "2017-10-17" and body["previous_epoch"] == "2017-10-16"
    raqqa = [p for p in body["places"] if p["name"] == "Raqqa"][0]
    assert raqqa["from"]["actor"] == "islamic-state" and raqqa["to"]["actor"] == "sdf"
    assert "Raqqa: Islamic State → Syrian Democratic Forces" in body["lines"]
    assert any(v["territory"] == "SDF-held north-east Syria" for v in body["began"])
    assert [e["title"] for e in body["events"]] == ["Raqqa taken by the SDF"]
