"""The besieged and enclosed pockets of Homs, Damascus and the Qalamoun."""

import sides_syria_west_shapes as s
from sides_syria_west_base import (
    OPP,
    START,
    pocket,
    v,
)

OPPOSITION_POCKETS = [
    pocket(
        "opposition-homs-old-city",
        "Opposition-held Old City of Homs",
        "2014-05-09",
        ["sw-bbc-2014-05-07-homs", "sw-naharnet-2014-05-07-homs"],
        "The besieged Old City and the districts beside it, evacuated to the northern Homs "
        "countryside on 7-8 May 2014.",
        s.HOMS_OLD_CITY,
        1,
        status="besieged",
    ),
    pocket(
        "opposition-al-waer",
        "Opposition-held al-Waer (Homs)",
        "2017-05-21",
        ["sw-dailystar-2017-05-21-waer"],
        "The last rebel district of Homs, besieged; its evacuation, begun in March 2017, "
        "ended on 20-21 May 2017.",
        s.AL_WAER,
        1,
        status="besieged",
    ),
    pocket(
        "opposition-rastan-pocket",
        "Opposition-held northern Homs countryside",
        "2018-05-16",
        ["sw-alshahid-2018-05-rastan", "sw-xinhua-2018-05-16-rastan"],
        "Rastan, Talbiseh, the Houla plain and the southern Hama villages beside them, held "
        "since 2012 and evacuated in May 2018 (last batch 15-16 May).",
        s.RASTAN_POCKET,
        5,
    ),
    pocket(
        "opposition-darayya",
        "Opposition-held Darayya",
        "2016-08-27",
        ["sw-newarab-2016-08-28-daraya"],
        "The besieged suburb west of Damascus, shrinking under the 2016 assault (not drawn "
        "step by step); the army entered it on 27 Aug 2016.",
        s.DARAYYA,
        2,
        status="besieged",
    ),
    pocket(
        "opposition-moadamiyeh",
        "Opposition-held Moadamiyet al-Sham",
        "2016-10-19",
        ["sw-reuters-2016-10-19-moadamiya"],
        "The besieged town beside Darayya, under a local truce from 2014; its rebels left for "
        "Idlib on 19 Oct 2016.",
        s.MOADAMIYEH,
        2,
        status="besieged",
    ),
    pocket(
        "opposition-qudsaya",
        "Opposition-held Qudsaya and al-Hameh",
        "2016-10-01",
        ["sw-reuters-2016-10-19-moadamiya"],
        "The two suburbs north-west of Damascus, evacuated in October 2016 (day not fixed; "
        "drawn to the start of the month).",
        s.QUDSAYA,
        2,
        valid_to_precision="month",
    ),
    pocket(
        "opposition-western-ghouta",
        "Opposition-held western Ghouta (Khan al-Shih)",
        "2016-12-01",
        ["sw-newsweekme-2016-11-28-khan-al-shih"],
        "Khan al-Shih, Zakiyah, Deir Khabiyah and Kanakir south-west of Damascus, besieged; "
        "Khan al-Shih was evacuated from 28 Nov 2016 and the rest in December (day not "
        "fixed).",
        s.WESTERN_GHOUTA,
        4,
        status="besieged",
        valid_to_precision="month",
    ),
    pocket(
        "opposition-wadi-barada",
        "Opposition-held Wadi Barada",
        "2017-01-29",
        ["sw-southfront-2017-01-29-wadi-barada"],
        "The Barada valley with the Ain al-Fijeh spring, taken by the army in January 2017; "
        "all its villages were declared retaken on 29 Jan 2017.",
        s.WADI_BARADA,
        3,
    ),
    pocket(
        "opposition-zabadani",
        "Opposition-held Zabadani and Madaya",
        "2015-07-01",
        ["sw-fortruss-2017-04-19-zabadani"],
        "Zabadani, Madaya and Buqayn by the Lebanese border, until the army and Hezbollah "
        "offensive of early July 2015 (day not fixed).",
        s.ZABADANI,
        3,
        valid_to_precision="month",
    ),
    pocket(
        "opposition-east-qalamoun",
        "Opposition-held East Qalamoun",
        "2018-04-24",
        ["sw-syriadirect-2018-04-23-qalamoun", "sw-alshahid-2018-04-qalamoun"],
        "The East Qalamoun range with Dumayr town, al-Ruhaybah, Jayrud and al-Nasiriyah, held "
        "since 2012 (the Dumayr airbase stays with the army); Dumayr was evacuated from 19 "
        "Apr 2018 and the last round left al-Ruhaybah on 23 Apr 2018.",
        s.EAST_QALAMOUN,
        8,
    ),
    pocket(
        "opposition-beit-jinn",
        "Opposition-held Beit Jinn (Mount Hermon)",
        "2017-12-30",
        ["sw-jpost-2017-12-26-beit-jinn", "sw-timesofisrael-2017-12-30-beit-jinn"],
        "Beit Jinn, its farms and Mughr al-Mir in the Hermon foothills, surrounded on three "
        "sides, the last rebel enclave south-west of Damascus; its fighters left on 30 Dec 2017.",
        s.BEIT_JINN,
        3,
    ),
    v(
        "opposition-zabadani",
        "Opposition-held Zabadani and Madaya",
        OPP,
        ("2015-07-01", "2017-04-19"),
        ["sw-syriahr-2017-03-madaya", "sw-fortruss-2017-04-19-zabadani"],
        "Zabadani's centre, Madaya and Buqayn, besieged from the offensive of early July 2015 "
        "(day not fixed) until the four-towns deal emptied them in April 2017.",
        s.ZABADANI_2015,
        2,
        status="besieged",
        valid_from_precision="month",
    ),
]

QA, QA_NAME = "opposition-qalamoun", "Opposition-held western Qalamoun"
OPPOSITION_QALAMOUN = [
    v(
        QA,
        QA_NAME,
        OPP,
        (START, "2014-03-16"),
        ["sw-reuters-2014-03-16-yabroud"],
        "Yabroud and the villages round it, the rebels' last stronghold by the Lebanese border, "
        "taken by the army and Hezbollah on 16 Mar 2014.",
        s.QALAMOUN_YABROUD,
        6,
    ),
    v(
        QA,
        QA_NAME,
        OPP,
        ("2014-03-16", "2014-04-26"),
        ["sw-wp-battle-of-qalamoun"],
        "Rankous, Flita and Ras al-Maara after Yabroud fell, taken by 26 Apr 2014. The barren "
        "heights by Arsal, where the Nusra Front and IS stayed until 2017, are not drawn.",
        s.QALAMOUN_RANKOUS,
        6,
    ),
    v(
        QA,
        QA_NAME,
        OPP,
        ("2014-04-26", "2017-07-27"),
        ["sw-indianexpress-2017-07-21-arsal", "sw-alalam-2017-07-30-arsal"],
        "The barren heights west of Flita and Ras al-Maara, on the Syrian side of Juroud Arsal, "
        "held by the Nusra Front (from 2017 Hay'at Tahrir al-Sham) and Saraya Ahl al-Sham until "
        "the Hezbollah and army offensive of 21-27 Jul 2017. The Lebanese side is not drawn.",
        s.QALAMOUN_HEIGHTS,
        8,
    ),
]

GH, GH_NAME = "opposition-eastern-ghouta", "Opposition-held Eastern Ghouta"
GH_NOTE = " Besieged by the army since 2013."
OPPOSITION_GHOUTA = [
    v(
        GH,
        GH_NAME,
        OPP,
        (START, "2016-06-01"),
        ["sw-alaraby-2018-04-12-ghouta"],
        "Douma, Harasta, Jobar, Qaboun, Barzeh and the Marj farmland." + GH_NOTE,
        s.GHOUTA_2014,
        3,
        status="besieged",
        valid_to_precision="month",
    ),
    v(
        GH,
        GH_NAME,
        OPP,
        ("2016-06-01", "2017-05-14"),
        ["sw-alaraby-2018-04-12-ghouta"],
        "After the army took the southern Marj during 2016 (drawn from June; day not fixed)."
        + GH_NOTE,
        s.GHOUTA_2016,
        3,
        status="besieged",
        valid_from_precision="month",
    ),
    v(
        GH,
        GH_NAME,
        OPP,
        ("2017-05-14", "2018-03-01"),
        ["sw-alaraby-2018-04-12-ghouta"],
        "After Qaboun fell (14 May 2017) and Barzeh was evacuated." + GH_NOTE,
        s.GHOUTA_2017,
        3,
        status="besieged",
    ),
    v(
        GH,
        GH_NAME,
        OPP,
        ("2018-03-01", "2018-03-11"),
        ["sw-trt-2018-03-23-ghouta"],
        "After the first days of the assault begun on 18 Feb 2018: the eastern farmland lost."
        + GH_NOTE,
        s.GHOUTA_MAR_2018,
        3,
        status="besieged",
    ),
    v(
        GH,
        GH_NAME,
        OPP,
        ("2018-03-11", "2018-03-23"),
        ["sw-xinhua-2018-03-11-ghouta", "sw-trt-2018-03-23-ghouta"],
        "Split into three pockets on 11 Mar 2018: Douma (Jaysh al-Islam), Harasta (Ahrar "
        "al-Sham) and the south (Faylaq al-Rahman).",
        [s.DOUMA, s.HARASTA, s.GHOUTA_SOUTH],
        2,
        status="besieged",
    ),
    v(
        GH,
        GH_NAME,
        OPP,
        ("2018-03-23", "2018-04-01"),
        ["sw-trt-2018-03-23-ghouta"],
        "Harasta evacuated on 22-23 Mar 2018; Douma and the southern pocket, whose evacuation "
        "ran until the end of March.",
        [s.DOUMA, s.GHOUTA_SOUTH],
        2,
        status="besieged",
    ),
    v(
        GH,
        GH_NAME,
        OPP,
        ("2018-04-01", "2018-04-12"),
        ["sw-alaraby-2018-04-12-ghouta"],
        "Douma alone, until the government flag was raised there on 12 Apr 2018.",
        s.DOUMA,
        2,
        status="besieged",
    ),
]

SD, SD_NAME = "opposition-south-damascus", "Opposition-held southern Damascus"
OPPOSITION_SOUTH_DAMASCUS = [
    v(
        SD,
        SD_NAME,
        OPP,
        (START, "2015-04-01"),
        ["sw-ahram-2018-05-10-yalda"],
        "The Yarmouk camp, al-Hajar al-Aswad, al-Qadam, Yalda, Babbila and Beit Sahem, besieged.",
        s.SOUTH_DAMASCUS_2014,
        1,
        status="besieged",
    ),
    v(
        SD,
        SD_NAME,
        OPP,
        ("2015-04-01", "2018-05-10"),
        ["sw-ahram-2018-05-10-yalda"],
        "Yalda, Babbila and Beit Sahem beside the Yarmouk camp, which IS took on 1 Apr 2015; "
        "evacuated from 3 May and empty of rebels on 10 May 2018.",
        s.YALDA_BABBILA,
        1,
        status="besieged",
    ),
]
