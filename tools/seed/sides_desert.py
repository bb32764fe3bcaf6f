"""Open desert inside Islamic State's sphere that no side held as territory, 2014–2017.

The IS core is drawn as the corridors IS held (river valleys, roads, towns), as the published
area estimates count them. Desert bounded on every side by those corridors is derived as no
one's (mapapp/ground/derive.py); the two deserts here open onto government ground, so they are
drawn: the Syrian Badia between Palmyra, the Euphrates and the Iraqi border, and Iraq's Jazira
between the Tigris and the Euphrates. Each outline overshoots into the IS corridors (cut day by
day) and stops short of the towns the governments held; its west edge follows the government's
hold on Palmyra and Sukhnah, and it shrinks as the army crossed the desert in 2017.
"""

from world_spec import version

BADIA = "no-one-syrian-badia"
BADIA_NAME = "Syrian Badia between Palmyra and the Euphrates (open desert)"
JAZIRA = "no-one-iraqi-jazira"
JAZIRA_NAME = "Iraqi Jazira desert between the Tigris and the Euphrates (open desert)"

# The Euphrates' south bank from Tabqa to Abu Kamal (overshooting into the IS valley, which cuts
# it), then the Iraqi border (clipped away) and the Jordanian corner.
RIVER = [(39.0, 35.98), (39.7, 35.78), (40.1, 35.38), (40.5, 34.98), (40.95, 34.42),
         (41.4, 34.25), (39.2, 33.1)]  # fmt: skip


def badia(west, north_west=(38.2, 35.95)):
    """The Badia east of `west` (lon), with the steppe south of Tabqa and Raqqa when
    `north_west` is given (None once the army had crossed it in June 2017)."""
    start = [north_west] if north_west else [(38.95, 35.9)]
    corner = [(west, 33.75), (west, 35.2), (north_west[0], 35.2)] if north_west else [
        (west, 33.75), (west, 35.6)]  # fmt: skip
    return start + RIVER + corner


PALMYRA_NOTE = (
    "Open desert no side held as territory: Islamic State held the valley of the Euphrates and "
    "the roads, the army the towns west of the line ({west}). Drawn by judgement to about "
    "25 km; the government's ground ends at its last towns, IS's at its corridors."
)
BADIA_VERSIONS = [
    # (from, to, west edge, steppe south of Raqqa kept, what moved the line, sources)
    ("2014-01-01", "2015-05-20", 38.95, True, "Sukhnah and Palmyra with the army",
     ["sy-afp-2014-07-03-deir-ez-zor", "sw-tcf-2017-badia"]),
    ("2015-05-20", "2016-03-27", 37.75, True, "Palmyra taken by IS; the T4 airbase with the army",
     ["sy-reuters-2015-05-20-palmyra", "sy-syriahr-2015-palmyra-qaryatayn"]),
    ("2016-03-27", "2016-12-11", 38.45, True, "Palmyra retaken by the army",
     ["sy-reuters-2016-03-27-palmyra", "sy-ap-2016-04-03-qaryatayn"]),
    ("2016-12-11", "2017-03-02", 37.8, True, "Palmyra taken again by IS",
     ["sy-sohr-2016-12-11-palmyra", "sy-worldtribune-2016-12-12-palmyra"]),
    ("2017-03-02", "2017-06-20", 38.45, True, "Palmyra retaken by the army",
     ["sy-ap-2017-03-02-palmyra", "sw-tcf-2017-badia"]),
    ("2017-06-20", "2017-08-05", 38.6, False,
     "the army on the Euphrates south of Raqqa (June 2017, day not fixed)",
     ["sy-ap-2017-03-02-palmyra", "sw-mee-2017-09-badia"]),
    ("2017-08-05", "2017-09-05", 39.2, False, "Sukhnah taken by the army",
     ["sy-newarab-2017-08-06-sukhnah", "sw-mee-2017-09-badia"]),
]  # fmt: skip
# After Deir ez-Zor's siege was broken (5 Sep 2017) and Mayadin fell (14 Oct), what was left
# of the desert was the strip toward Abu Kamal, taken on 19 November 2017.
LAST_BADIA = [
    ("2017-09-05", "2017-10-14",
     [(39.8, 35.25), (40.1, 35.38), (40.5, 34.98), (40.95, 34.42), (41.4, 34.25), (40.3, 34.0),
      (39.8, 34.3)],
     ["sy-tass-2017-09-09-deir-ez-zor", "sy-reuters-2017-10-14-mayadin"]),
    ("2017-10-14", "2017-11-19",
     [(40.4, 34.95), (40.5, 34.98), (40.95, 34.42), (41.4, 34.25), (40.5, 34.05), (40.2, 34.6)],
     ["sy-reuters-2017-10-14-mayadin", "sy-rferl-2017-11-19-abu-kamal"]),
]  # fmt: skip

# The Jazira: west of the Tigris towns (Qayyarah, Sharqat, Baiji, Tikrit, Samarra), north of the
# Euphrates towns (Fallujah, Ramadi, Hit, Haditha, Rawa, al-Qaim), south of Sinjar and Mosul.
JAZIRA_RING = [
    (40.9, 36.6), (41.9, 36.55), (42.2, 36.35), (42.6, 36.25), (43.0, 36.15), (43.15, 35.85),
    (43.3, 35.45), (43.4, 34.95), (43.55, 34.5), (43.6, 34.2), (43.55, 33.75), (43.1, 33.7),
    (42.85, 33.8), (42.45, 34.15), (42.1, 34.45), (41.9, 34.55), (41.45, 34.5), (40.9, 34.5),
]  # fmt: skip
JAZIRA_NOTE = (
    "Open desert no side held as territory: the dry valleys and steppe between the Tigris and "
    "the Euphrates, where Islamic State held the river towns and roads around it and had its "
    "refuge, until the army and the Popular Mobilisation cleared it in November and December "
    "2017. Drawn by judgement to about 20 km, short of the towns the government held."
)


def badia_versions():
    found = []
    for start, end, west, steppe, moved, sources in BADIA_VERSIONS:
        found.append(version(
            BADIA, BADIA_NAME, actor="no-one", status="unheld", valid_from=start, valid_to=end,
            valid_from_precision="month" if "day not fixed" in moved else "day",
            countries=["SY"], sources=sources, precision_km=25,
            notes=PALMYRA_NOTE.format(west=moved),
            parts=[badia(west, (38.2, 35.95) if steppe else None)],
        ))  # fmt: skip
    for start, end, ring, sources in LAST_BADIA:
        found.append(version(
            BADIA, BADIA_NAME, actor="no-one", status="unheld", valid_from=start, valid_to=end,
            countries=["SY"], sources=sources, precision_km=25,
            notes=PALMYRA_NOTE.format(west="Deir ez-Zor and Mayadin with the army"),
            parts=[ring],
        ))  # fmt: skip
    return found


FEATURES = badia_versions() + [
    version(
        JAZIRA, JAZIRA_NAME, actor="no-one", status="unheld", valid_from="2014-01-01",
        valid_to="2017-12-09", countries=["IQ"], precision_km=20,
        sources=["sd-newarab-2017-11-23-jazira-desert", "sd-straitstimes-2017-12-09-end-of-war",
                 "sd-worldtribune-2017-12-10-jazira"],
        notes=JAZIRA_NOTE, parts=[JAZIRA_RING],
    ),
]  # fmt: skip
