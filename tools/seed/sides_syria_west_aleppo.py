"""Aleppo city and its northern countryside, and the Turkish-backed ground (2016-2019)."""

import sides_syria_west_shapes as s
from sides_syria_west_base import (
    OPP,
    union,
    v,
)
from world_spec import circle

EA, EA_NAME = "opposition-east-aleppo", "Opposition-held east Aleppo"
OPPOSITION_EAST_ALEPPO = [
    v(
        EA,
        EA_NAME,
        OPP,
        ("2014-01-01", "2016-07-17"),
        ["sw-gulfnews-2016-12-22-aleppo"],
        "The eastern half of Aleppo city, held by rebels since 2012, with the Castello road and "
        "the Mallah farms joining it to the countryside. Sheikh Maqsoud (Kurdish) and the Citadel "
        "stay outside.",
        [s.EAST_ALEPPO, s.CASTELLO],
        km=2,
    ),
    v(
        EA,
        EA_NAME,
        OPP,
        ("2016-07-17", "2016-11-28"),
        ["sw-newarab-2016-07-17-castello"],
        "Besieged once the army cut the Castello road on 17 Jul 2016. The short-lived breach at "
        "Ramouseh (August-September 2016) is not drawn.",
        s.EAST_ALEPPO,
        km=2,
        status="besieged",
    ),
    v(
        EA,
        EA_NAME,
        OPP,
        ("2016-11-28", "2016-12-13"),
        ["sw-gulfnews-2016-12-22-aleppo"],
        "After Hanano and the northern districts fell (26-28 Nov 2016): the old city and the "
        "south-eastern districts, besieged.",
        s.EAST_ALEPPO_DEC_2016,
        km=2,
        status="besieged",
    ),
    v(
        EA,
        EA_NAME,
        OPP,
        ("2016-12-13", "2016-12-22"),
        ["sw-rferl-2016-12-22-aleppo", "sw-trt-2016-12-22-aleppo"],
        "The last enclave (al-Mashhad, al-Ansari, al-Sukkari) during the evacuation, which ended "
        "on 22 Dec 2016 with the last convoy.",
        s.EAST_ALEPPO_LAST,
        km=1,
        status="besieged",
    ),
]

AZ, AZ_NAME = "opposition-north-aleppo", "Opposition-held northern Aleppo countryside"
OPPOSITION_NORTH_ALEPPO = [
    v(
        AZ,
        AZ_NAME,
        OPP,
        ("2014-01-01", "2016-02-03"),
        ["sw-naharnet-2016-02-03-nubl"],
        "The countryside from Mayer and Hayan to Tal Rifaat, Azaz and the Turkish border, "
        "between the Kurdish Afrin canton and the IS front east of Marea. The besieged "
        "government towns of Nubl and Zahraa are cut out.",
        s.minus(s.AZAZ_2014, s.NUBL_ZAHRAA),
        km=6,
    ),
    v(
        AZ,
        AZ_NAME,
        OPP,
        ("2016-02-03", "2016-02-15"),
        ["sw-naharnet-2016-02-03-nubl"],
        "After the army reached Nubl and Zahraa (3 Feb 2016) and cut the road to Aleppo: the "
        "pocket north of Mayer with Tal Rifaat, Menagh, Marea and Azaz.",
        s.AZAZ_FEB_2016,
        km=6,
    ),
    v(
        AZ,
        AZ_NAME,
        OPP,
        ("2016-02-15", "2016-09-04"),
        ["sw-reuters-2016-09-04-azaz-jarablus"],
        "After the YPG took Menagh airbase and Tal Rifaat (10-15 Feb 2016): the Azaz-Marea "
        "pocket. From 4 Sep 2016 it is drawn with the Turkish-backed Euphrates Shield ground.",
        s.AZAZ_MAREA,
        km=5,
    ),
]

TB = "turkish-backed"
ES, ES_NAME = "turkish-backed-euphrates-shield", "Euphrates Shield (Turkish-backed)"
ES_NOTE = " Turkey's army and the Free Syrian Army factions it backs."
EUPHRATES_SHIELD = [
    v(
        ES,
        ES_NAME,
        TB,
        ("2016-08-24", "2016-09-04"),
        ["sw-newarab-2016-08-24-jarabulus", "sy-reuters-2016-08-24-jarablus"],
        "Jarabulus and its villages, taken on 24 Aug 2016 on the first day of the operation."
        + ES_NOTE,
        s.JARABULUS_2016,
        4,
    ),
    v(
        ES,
        ES_NAME,
        TB,
        ("2016-09-04", "2016-10-16"),
        ["sw-reuters-2016-09-04-azaz-jarablus"],
        "The border strip from Azaz to Jarabulus, secured on 4 Sep 2016, with the Azaz-Marea "
        "pocket." + ES_NOTE,
        s.BORDER_STRIP_2016,
        6,
    ),
    v(
        ES,
        ES_NAME,
        TB,
        ("2016-10-16", "2017-02-23"),
        ["sy-ap-2016-10-16-dabiq"],
        "With Dabiq (16 Oct 2016) and the ground south to the outskirts of al-Bab." + ES_NOTE,
        s.SHIELD_AUTUMN_2016,
        6,
    ),
    v(
        ES,
        ES_NAME,
        TB,
        ("2017-02-23", None),
        ["sy-syriadirect-2017-02-23-al-bab"],
        "With al-Bab (23 Feb 2017) and Qabasin; Tadef to the south went to the army. Kept to the "
        "west of the SDF-held Manbij line." + ES_NOTE,
        s.SHIELD_2017,
        5,
    ),
]

AF, AF_NAME = "turkish-backed-afrin", "Afrin (Turkish-backed, Olive Branch)"
SHIELD_ALL = union(s.SHIELD_2017)


def afrin_outside(radius_km):
    """The Afrin district beyond a radius round the town: the rings the advance closed."""
    return s.minus(s.AFRIN, SHIELD_ALL, circle(*s.AFRIN_TOWN, radius_km, sides=32))


AF_NOTE = (
    " Operation Olive Branch, begun on 20 Jan 2018 from the Turkish border; the advance is "
    "drawn as rings closing on Afrin town, not village by village."
)
OLIVE_BRANCH = [
    v(
        AF,
        AF_NAME,
        TB,
        ("2018-01-20", "2018-02-15"),
        ["sw-ahval-2018-03-afrin"],
        "The border villages taken in the first weeks." + AF_NOTE,
        afrin_outside(27),
        8,
    ),
    v(
        AF,
        AF_NAME,
        TB,
        ("2018-02-15", "2018-03-08"),
        ["sw-ahval-2018-03-afrin"],
        "The outer district, mid-February to early March 2018 (day not fixed)." + AF_NOTE,
        afrin_outside(18),
        8,
        valid_from_precision="month",
    ),
    v(
        AF,
        AF_NAME,
        TB,
        ("2018-03-08", "2018-03-18"),
        ["sw-ahval-2018-03-afrin"],
        "After Jinderes and Rajo (early March 2018): all but the town and its edge." + AF_NOTE,
        afrin_outside(8),
        6,
    ),
    v(
        AF,
        AF_NAME,
        TB,
        ("2018-03-18", None),
        ["sw-efe-2018-03-18-afrin", "sw-ahval-2018-03-afrin"],
        "The whole Afrin district from the fall of the town on 18 Mar 2018." + AF_NOTE,
        s.minus(s.AFRIN, SHIELD_ALL),
        5,
    ),
]

PS, PS_NAME = "turkish-backed-peace-spring", "Peace Spring (Turkish-backed)"
PS_NOTE = " Turkey's army and the Syrian National Army, from the offensive of 9 Oct 2019."
PEACE_SPRING = [
    v(
        PS,
        PS_NAME,
        TB,
        ("2019-10-13", "2019-10-20"),
        ["wp-2019-turkish-offensive"],
        "Tal Abyad and its sector, taken by 13 Oct 2019; Ras al-Ayn was still fought over."
        + PS_NOTE,
        s.TAL_ABYAD_SECTOR,
        8,
    ),
    v(
        PS,
        PS_NAME,
        TB,
        ("2019-10-20", None),
        ["sw-straitstimes-2019-10-20-ras-al-ain", "wp-2019-turkish-offensive"],
        "Tal Abyad to Ras al-Ayn, about 30 km deep to the M4 road, after the SDF left Ras "
        "al-Ayn on 20 Oct 2019." + PS_NOTE,
        s.PEACE_SPRING,
        8,
    ),
]
