"""A small story for the journalist's map tests, built in code (no seed needed).

Change dates: 2014-06-01 (known to the month), 2016-01-01, 2017-10-17, 2019-03-23.
"""

from datetime import date

from tests.factories import (
    box,
    make_actor,
    make_event,
    make_polygon,
    make_source,
    make_territory,
)

CHANGE_DATES = ["2014-06-01", "2016-01-01", "2017-10-17", "2019-03-23"]


def build_story():
    islamic_state = make_actor("islamic-state", name="Islamic State", color="#1a1a1a")
    sdf = make_actor("sdf", name="Syrian Democratic Forces", color="#f2c200")
    core = make_territory("is-core", name="IS core, Syria–Iraq")
    mosul = make_source(
        title="Fall of Mosul", publisher="Reuters", url="https://example.org/fall-of-mosul"
    )
    first = make_polygon(
        core,
        islamic_state,
        date(2014, 6, 1),
        date(2016, 1, 1),
        geometry=box(38.0, 33.5, 43.5, 36.5),
        sources=[mosul],
        valid_from_precision="month",
    )
    second = make_polygon(
        core,
        islamic_state,
        date(2016, 1, 1),
        date(2017, 10, 17),
        geometry=box(39.0, 34.0, 41.0, 35.5),
        sources=[mosul],
    )
    siege = make_source(
        title="Last pocket besieged",
        publisher="AFP",
        url="https://example.org/baghouz",
        quote="The last IS pocket is a few hundred metres of the village of Baghouz.",
    )
    pocket = make_polygon(
        make_territory("baghouz", name="Baghouz pocket"),
        islamic_state,
        date(2017, 10, 17),
        date(2019, 3, 23),
        geometry=box(40.90, 34.42, 41.00, 34.50),
        sources=[siege],
        status="besieged",
    )
    sdf_area = make_polygon(
        make_territory("sdf-ne", name="SDF north-east"),
        sdf,
        date(2016, 1, 1),
        None,
        geometry=box(39.0, 35.6, 42.0, 37.0),
        status="contested",
        confidence="confirmed",
    )
    make_event("Baghouz captured", date(2019, 3, 23), lon=40.95, lat=34.46)
    return {"first": first, "second": second, "pocket": pocket, "sdf": sdf_area}
