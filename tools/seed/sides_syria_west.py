"""The other sides of western, central and southern Syria, 2014-2019.

The Syrian opposition (the north-west until 2015/2017, east Aleppo, the Homs, Damascus, Qalamoun
and southern pockets, the 2017 desert), the Idlib groups (Jaysh al-Fatah from March 2015, HTS
from January 2017), the Turkish-backed forces (Euphrates Shield, Olive Branch, Peace Spring),
the coalition at al-Tanf and the open south-eastern desert that no side held. Government ground
is not drawn: it is what remains of Syria once every side's ground is taken away.

Where the north-west is split: from the fall of Idlib city (28 Mar 2015) the rebel ground inside
Idlib province, and from August 2015 the northern al-Ghab, is drawn as the Idlib groups' (the
Jaysh al-Fatah coalition ran it); the western Aleppo countryside, northern Hama and the Latakia
mountains stay with the wider opposition until Hayat Tahrir al-Sham formed (28 Jan 2017), from
when the whole north-west pocket is drawn as the Idlib groups'.
"""

import sides_syria_west_shapes as s
from shapely.geometry import Polygon
from shapely.ops import unary_union
from world_spec import circle, version

OPP = "syrian-opposition"
JUDGED = " Line drawn by judgement between the named places."


def v(territory, name, actor, span, sources, notes, parts, km=10, **extra):
    """One dated version; `span` is (valid_from, valid_to) with valid_to None for open."""
    return version(
        territory,
        name,
        actor=actor,
        status=extra.pop("status", "controlled"),
        valid_from=span[0],
        valid_to=span[1],
        countries=["SY"],
        sources=sources,
        notes=notes + JUDGED + f" About ±{km} km.",
        parts=parts if isinstance(parts, list) and not isinstance(parts[0], tuple) else [parts],
        precision_km=km,
        **extra,
    )


def poly(ring):
    return ring if hasattr(ring, "geom_type") else Polygon(ring)


def union(*rings):
    return unary_union([poly(r) for r in rings])


# The north-west mass at each stage, before it is split between the two rebel actors.
MASS_2016 = s.minus(s.MASS_2014, s.LATAKIA_LOST, s.SOUTH_ALEPPO_LOST)
MASS_2018 = s.minus(MASS_2016, s.EAST_IDLIB_2018)
GHAB_GOV_LATER = s.minus(s.GHAB_GOV, s.JISR, s.GHAB_2015)
M4_AFTER_IDLIB = s.minus(s.IDLIB_M4_GOV, circle(36.63, 35.93, 4))
M4_AFTER_JISR = s.minus(M4_AFTER_IDLIB, s.JISR)
IDLIB = poly(s.IDLIB_PROVINCE)

NW, NW_NAME = (
    "opposition-north-west",
    "Opposition-held north-west (Aleppo, Hama, Latakia countryside)",
)
NW_2014_NOTE = (
    "Rebel ground in Idlib, the western and southern Aleppo countryside, northern Hama and the "
    "Latakia mountains, the Nusra Front and Islamist factions included. Idlib city, Ariha, "
    "Mastumah and Jisr al-Shughur on the M4 road, the al-Ghab plain, the besieged Abu al-Duhur "
    "airbase and the Shia towns of al-Foua and Kafriya are cut out as government ground. Kessab "
    "(held by rebels from March to June 2014) is not drawn."
)
NW_SPLIT_NOTE = (
    " From the fall of Idlib city the rebel ground inside Idlib province is drawn as the Idlib "
    "groups' (Jaysh al-Fatah); this piece is the rest of the north-west."
)
OPPOSITION_NORTH_WEST = [
    v(
        NW,
        NW_NAME,
        OPP,
        ("2014-01-01", "2014-12-15"),
        ["sw-wp-2015-idlib-offensive"],
        NW_2014_NOTE + " The Wadi Deif and Hamidiyah bases by Maarat al-Numan are cut out too.",
        s.minus(
            s.MASS_2014, s.GHAB_GOV, s.IDLIB_M4_GOV, s.FOUA_KAFRIYA, s.ABU_DUHUR_BASE, s.WADI_DEIF
        ),
        km=10,
    ),
    v(
        NW,
        NW_NAME,
        OPP,
        ("2014-12-15", "2015-03-28"),
        ["sw-wp-2015-idlib-offensive"],
        NW_2014_NOTE + " The Wadi Deif and Hamidiyah bases fell to the Nusra Front on 14-15 Dec "
        "2014.",
        s.minus(s.MASS_2014, s.GHAB_GOV, s.IDLIB_M4_GOV, s.FOUA_KAFRIYA, s.ABU_DUHUR_BASE),
        km=10,
    ),
    v(
        NW,
        NW_NAME,
        OPP,
        ("2015-03-28", "2015-11-12"),
        ["sw-yahoo-2015-03-28-idlib", "sw-newarab-2016-01-13-salma"],
        "The western Aleppo countryside, northern Hama and the Latakia mountains (Jabal al-Akrad, "
        "Jabal al-Turkman)." + NW_SPLIT_NOTE,
        s.minus(s.MASS_2014, IDLIB, s.GHAB_GOV, s.GHAB_2015),
        km=10,
    ),
    v(
        NW,
        NW_NAME,
        OPP,
        ("2015-11-12", "2016-02-01"),
        ["sw-newarab-2016-01-13-salma", "sw-ians-2016-01-24-rabia"],
        "After the army's southern Aleppo advance (al-Hader, 12 Nov 2015): the western Aleppo "
        "countryside, northern Hama and the Latakia mountains. Salma (12 Jan 2016) and Rabia "
        "(24 Jan 2016) are taken out only at the next version." + NW_SPLIT_NOTE,
        s.minus(s.MASS_2014, IDLIB, s.GHAB_GOV, s.GHAB_2015, s.SOUTH_ALEPPO_LOST),
        km=10,
    ),
    v(
        NW,
        NW_NAME,
        OPP,
        ("2016-02-01", "2017-01-28"),
        ["sw-ians-2016-01-24-rabia", "sw-newarab-2016-07-17-castello"],
        "After the Latakia mountains fell (Salma, Rabia, January 2016) except the corner by "
        "Kabani: the western Aleppo countryside from Anadan and Hraytan to Atarib and the Aleppo "
        "city edge, and northern Hama. Ends when Hayat Tahrir al-Sham formed; from then the "
        "whole north-west pocket is drawn as the Idlib groups'." + NW_SPLIT_NOTE,
        s.minus(MASS_2016, IDLIB, s.GHAB_GOV, s.GHAB_2015),
        km=10,
    ),
]

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

START = "2014-01-01"


def pocket(slug, name, end, sources, notes, parts, km, status="controlled", **extra):
    """A pocket held from before the data begin until one end date."""
    return v(slug, name, OPP, (START, end), sources, notes, parts, km, status=status, **extra)


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
        "2017-04-19",
        ["sw-fortruss-2017-04-19-zabadani"],
        "Zabadani and Madaya by the Lebanese border, besieged from July 2015 and evacuated "
        "under the four-towns deal in April 2017. The 2015 shrinking of Zabadani to its "
        "centre is not drawn.",
        s.ZABADANI,
        3,
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

SO, SO_NAME = "opposition-south", "Opposition-held south (Deraa and Quneitra)"
SO_NOTE = (
    " The Southern Front and the Islamist factions beside it. Cut out as government ground: "
    "Deraa al-Mahatta and the M5 corridor north through Khirbet Ghazaleh, Izra and "
    "al-Sanamayn, and Baath city in Quneitra."
)
BASIN_NOTE = (
    " The Yarmouk basin in the south-west corner, held by the IS-aligned Khalid ibn al-Walid "
    "Army from May 2016, is left to the IS outline."
)
SOUTH_2015 = union(s.SOUTH_2014, s.SOUTH_EAST_2015)
OPPOSITION_SOUTH = [
    v(
        SO,
        SO_NAME,
        OPP,
        (START, "2015-03-25"),
        ["sw-jpost-2018-07-06-deraa"],
        "Western and eastern Deraa, the Lajat and most of Quneitra along the Golan line. The "
        "Sheikh Maskin fighting of late 2014 is not drawn." + SO_NOTE,
        s.minus(s.SOUTH_2014, s.M5_GOV, s.BAATH_CITY),
        8,
    ),
    v(
        SO,
        SO_NAME,
        OPP,
        ("2015-03-25", "2016-01-26"),
        ["sw-mee-2015-04-01-nasib", "sw-syriadirect-2015-04-02-nasib"],
        "With Busra al-Sham (taken about 25 Mar 2015) and the Jordanian border to the Nasib "
        "crossing (1 Apr 2015)." + SO_NOTE,
        s.minus(SOUTH_2015, s.M5_GOV, s.BAATH_CITY),
        8,
    ),
    v(
        SO,
        SO_NAME,
        OPP,
        ("2016-01-26", "2016-05-21"),
        ["sw-syriadirect-2015-04-02-nasib"],
        "After the army took Sheikh Maskin (26 Jan 2016). The Yarmouk basin in the south-west "
        "corner, held by the Yarmouk Martyrs Brigade, is still drawn here." + SO_NOTE,
        s.minus(SOUTH_2015, s.M5_GOV, s.BAATH_CITY, s.SHEIKH_MASKIN),
        8,
    ),
    v(
        SO,
        SO_NAME,
        OPP,
        ("2016-05-21", "2018-07-06"),
        ["sw-syriadirect-2015-04-02-nasib", "sw-jpost-2018-07-06-deraa"],
        "From the founding of the IS-aligned Khalid ibn al-Walid Army in the Yarmouk basin. The "
        "offensive of 19 Jun 2018 took the eastern countryside before the surrender deal of "
        "6 Jul 2018; drawn whole until the deal." + SO_NOTE + BASIN_NOTE,
        s.minus(SOUTH_2015, s.M5_GOV, s.BAATH_CITY, s.SHEIKH_MASKIN, s.YARMOUK_BASIN),
        8,
    ),
    v(
        SO,
        SO_NAME,
        OPP,
        ("2018-07-06", "2018-07-20"),
        ["sw-reuters-2018-07-15-quneitra"],
        "After the deal of 6 Jul 2018 and the loss of Nasib: western Deraa and Quneitra, with "
        "Deraa al-Balad until its rebels left in mid-July." + SO_NOTE + BASIN_NOTE,
        s.minus(s.SOUTH_WEST_JUL_2018, s.M5_GOV, s.BAATH_CITY, s.SHEIKH_MASKIN, s.YARMOUK_BASIN),
        6,
    ),
    v(
        SO,
        SO_NAME,
        OPP,
        ("2018-07-20", "2018-07-27"),
        ["sw-reuters-2018-07-15-quneitra"],
        "The strip along the Golan line left after the Quneitra deal of 19-20 Jul 2018; the army "
        "took the last villages by about 27 Jul 2018 (day not fixed).",
        s.minus(s.QUNEITRA_STRIP, s.BAATH_CITY),
        5,
        valid_to_precision="month",
    ),
]

BD, BD_NAME = "opposition-south-east-desert", "Opposition-held south-eastern desert"
BD_NOTE = (
    " Free Syrian Army factions (Usud al-Sharqiya, the Martyr Ahmad al-Abdo forces) in open "
    "desert held by patrols and outposts; the al-Tanf zone is drawn separately."
)
OPPOSITION_DESERT = [
    v(
        BD,
        BD_NAME,
        OPP,
        ("2017-01-01", "2017-06-01"),
        ["sw-mee-2017-09-badia"],
        "The desert the rebels took from IS between December 2016 and April 2017, from the East "
        "Qalamoun slopes south-east along the Jordanian border to the Tanf zone (drawn from "
        "January; day not fixed)." + BD_NOTE,
        s.minus(s.REBEL_BADIA_2017, s.TANF_ZONE),
        25,
        valid_from_precision="month",
        valid_to_precision="month",
    ),
    v(
        BD,
        BD_NAME,
        OPP,
        ("2017-06-01", "2017-09-01"),
        ["sw-mee-2017-09-badia"],
        "After the army's advance of May-June 2017 reached the Iraqi border north of the Tanf "
        "zone: the desert east of Sweida along the Jordanian border (day not fixed)." + BD_NOTE,
        s.minus(s.REBEL_BADIA_SUMMER_2017, s.TANF_ZONE),
        25,
        valid_from_precision="month",
        valid_to_precision="month",
    ),
    v(
        BD,
        BD_NAME,
        OPP,
        ("2017-09-01", "2017-10-11"),
        ["sw-syriadirect-2017-10-12-badia"],
        "The border strip left after the army retook the Jordanian border posts in early "
        "September 2017; the rebels withdrew into the Tanf zone or Jordan by 11 Oct 2017 (day "
        "not fixed for the start)." + BD_NOTE,
        s.minus(s.REBEL_BADIA_AUTUMN_2017, s.TANF_ZONE),
        20,
        valid_from_precision="month",
    ),
]

TANF, TANF_NAME = "al-tanf", "Al-Tanf garrison and deconfliction zone"
AL_TANF = [
    v(
        TANF,
        TANF_NAME,
        "al-tanf-coalition",
        ("2016-03-05", "2016-11-01"),
        ["sy-rferl-2016-03-05-tanf"],
        "The al-Tanf border crossing, taken from IS by rebels coming from Jordan on 4-5 Mar "
        "2016, and the US-led garrison on the Damascus-Baghdad highway west of it.",
        s.TANF_GARRISON,
        5,
    ),
    v(
        TANF,
        TANF_NAME,
        "al-tanf-coalition",
        ("2016-11-01", None),
        ["sw-lewis-tanf-dcz", "sw-crisisgroup-2019-02-tanf"],
        "The 55 km deconfliction zone round the garrison, agreed with Russia in 2016 (drawn "
        "from November 2016; day not fixed) and held by the coalition and Maghawir al-Thawra; "
        "it includes the Rukban camp.",
        s.TANF_ZONE,
        5,
        valid_from_precision="month",
    ),
]

UN, UN_NAME = "unheld-south-east-desert", "Open south-eastern desert (no one held it)"
UN_NOTE = (
    " Open desert south of the Damascus-Baghdad highway between Sweida, the East Qalamoun "
    "foothills and the Jordanian and Iraqi borders, crossed by patrols and smugglers but held "
    "by no side as territory; IS outposts in it are drawn as IS ground and take precedence."
)
UNHELD_DESERT = [
    v(
        UN,
        UN_NAME,
        "no-one",
        (START, "2016-03-05"),
        ["sw-tcf-2017-badia"],
        "Before the al-Tanf garrison." + UN_NOTE,
        s.SOUTH_EAST_BADIA,
        25,
        status="unheld",
    ),
    v(
        UN,
        UN_NAME,
        "no-one",
        ("2016-03-05", "2016-11-01"),
        ["sw-tcf-2017-badia"],
        "Around the new al-Tanf garrison." + UN_NOTE,
        s.minus(s.SOUTH_EAST_BADIA, s.TANF_GARRISON),
        25,
        status="unheld",
    ),
    v(
        UN,
        UN_NAME,
        "no-one",
        ("2016-11-01", "2017-01-01"),
        ["sw-tcf-2017-badia"],
        "Outside the Tanf deconfliction zone." + UN_NOTE,
        s.minus(s.SOUTH_EAST_BADIA, s.TANF_ZONE),
        25,
        status="unheld",
        valid_from_precision="month",
        valid_to_precision="month",
    ),
    v(
        UN,
        UN_NAME,
        "no-one",
        ("2017-01-01", "2017-06-01"),
        ["sw-tcf-2017-badia", "sw-mee-2017-09-badia"],
        "What the rebels' 2017 desert and the Tanf zone left open; the army's advance from May "
        "2017 ended the open desert (drawn to June; day not fixed), after which the ground is "
        "government ground." + UN_NOTE,
        s.minus(s.SOUTH_EAST_BADIA, s.TANF_ZONE, s.REBEL_BADIA_2017),
        25,
        status="unheld",
        valid_from_precision="month",
        valid_to_precision="month",
    ),
]

IG, IG_NAME, IGA = "idlib-groups-north-west", "Idlib groups' north-west", "idlib-groups"
IG_2015 = (
    " The rebel ground of Idlib province, run from the spring of 2015 by the Jaysh al-Fatah "
    "coalition (the Nusra Front, Ahrar al-Sham and their allies); the Aleppo and Hama "
    "countryside beside it is drawn as the wider opposition's until January 2017."
)
IG_HTS = (
    " The whole north-west pocket, dominated from its founding on 28 Jan 2017 by Hayat Tahrir "
    "al-Sham, with the factions beside it (from 2018 the National Liberation Front); "
    "the Kurdish Afrin canton and, from 2018, the Turkish-held Afrin stay outside."
)
IG_MASS_2015 = union(poly(s.MASS_2014).intersection(IDLIB), s.JISR)
IG_MASS_GHAB = union(IG_MASS_2015, s.GHAB_2015)
NW_HTS = union(MASS_2016, s.GHAB_2015, s.JISR)
NW_2018 = union(MASS_2018, s.GHAB_2015, s.JISR)
IDLIB_GROUPS = [
    v(
        IG,
        IG_NAME,
        IGA,
        ("2015-03-28", "2015-04-25"),
        ["sw-yahoo-2015-03-28-idlib", "sw-wp-2015-idlib-offensive"],
        "After Idlib city fell on 28 Mar 2015. Jisr al-Shughur, Ariha, Mastumah and the M4 road, "
        "al-Foua and Kafriya and Abu al-Duhur airbase are cut out." + IG_2015,
        s.minus(
            poly(s.MASS_2014).intersection(IDLIB),
            s.GHAB_GOV,
            M4_AFTER_IDLIB,
            s.FOUA_KAFRIYA,
            s.ABU_DUHUR_BASE,
        ),
        8,
    ),
    v(
        IG,
        IG_NAME,
        IGA,
        ("2015-04-25", "2015-05-28"),
        ["sw-csmonitor-2015-04-25-jisr"],
        "With Jisr al-Shughur (25 Apr 2015); Ariha, Mastumah and the M4 road still cut out."
        + IG_2015,
        s.minus(IG_MASS_2015, GHAB_GOV_LATER, M4_AFTER_JISR, s.FOUA_KAFRIYA, s.ABU_DUHUR_BASE),
        8,
    ),
    v(
        IG,
        IG_NAME,
        IGA,
        ("2015-05-28", "2015-08-01"),
        ["sw-syriahr-2015-05-28-ariha"],
        "With Ariha (28 May 2015), Mastumah and the M4 road: all of Idlib province but al-Foua, "
        "Kafriya and Abu al-Duhur airbase." + IG_2015,
        s.minus(IG_MASS_2015, GHAB_GOV_LATER, s.FOUA_KAFRIYA, s.ABU_DUHUR_BASE),
        8,
    ),
    v(
        IG,
        IG_NAME,
        IGA,
        ("2015-08-01", "2015-09-09"),
        ["sw-syriahr-2015-05-28-ariha"],
        "With the northern al-Ghab plain taken in July-August 2015 (drawn from August; day not "
        "fixed)." + IG_2015,
        s.minus(IG_MASS_GHAB, GHAB_GOV_LATER, s.FOUA_KAFRIYA, s.ABU_DUHUR_BASE),
        8,
        valid_from_precision="month",
    ),
    v(
        IG,
        IG_NAME,
        IGA,
        ("2015-09-09", "2017-01-28"),
        ["sw-iit-2015-09-abu-duhur"],
        "With Abu al-Duhur airbase (9 Sep 2015). The army's small gains in al-Ghab and on the "
        "south-eastern edge from October 2015 are not drawn step by step." + IG_2015,
        s.minus(IG_MASS_GHAB, GHAB_GOV_LATER, s.FOUA_KAFRIYA, s.SOUTH_ALEPPO_LOST),
        8,
    ),
    v(
        IG,
        IG_NAME,
        IGA,
        ("2017-01-28", "2018-01-20"),
        ["sw-wp-tahrir-al-sham"],
        "From the founding of Hayat Tahrir al-Sham: Idlib province, the western Aleppo "
        "countryside, northern Hama, northern al-Ghab and the Latakia corner by Kabani, around "
        "the besieged al-Foua and Kafriya. The army's advance from late December 2017 is taken "
        "out at the next version." + IG_HTS,
        s.minus(NW_HTS, GHAB_GOV_LATER, s.FOUA_KAFRIYA),
        8,
    ),
    v(
        IG,
        IG_NAME,
        IGA,
        ("2018-01-20", "2018-07-19"),
        ["sw-afp-2018-01-21-abu-duhur", "sw-iit-2018-01-20-abu-duhur"],
        "After the army took Abu al-Duhur airbase (20 Jan 2018) and everything east of the "
        "Hejaz railway by February." + IG_HTS,
        s.minus(NW_2018, GHAB_GOV_LATER, s.FOUA_KAFRIYA),
        8,
    ),
    v(
        IG,
        IG_NAME,
        IGA,
        ("2018-07-19", "2018-09-17"),
        ["sw-kashmiriyat-2018-07-20-foua"],
        "After al-Foua and Kafriya were evacuated (18-19 Jul 2018)." + IG_HTS,
        s.minus(NW_2018, GHAB_GOV_LATER),
        8,
    ),
    v(
        IG,
        IG_NAME,
        IGA,
        ("2018-09-17", "2019-05-09"),
        ["sw-dailysabah-2018-09-19-sochi", "sw-scplatform-sochi"],
        "The line frozen by the Sochi memorandum of 17 Sep 2018; its 15-20 km demilitarised "
        "zone lies inside this ground and is not drawn apart." + IG_HTS,
        s.minus(NW_2018, GHAB_GOV_LATER),
        8,
    ),
    v(
        IG,
        IG_NAME,
        IGA,
        ("2019-05-09", "2019-08-23"),
        ["sw-syriahr-2019-08-21-khan-sheikhun"],
        "After the army took Kafr Nabudah and Qalaat al-Madiq (8-9 May 2019)." + IG_HTS,
        s.minus(NW_2018, GHAB_GOV_LATER, s.NORTH_HAMA_MAY_2019),
        8,
    ),
    v(
        IG,
        IG_NAME,
        IGA,
        ("2019-08-23", None),
        ["sw-syriahr-2019-08-21-khan-sheikhun", "sw-reuters-2019-08-23-hama"],
        "After Khan Shaykhun (21 Aug 2019) and the northern Hama pocket (23 Aug 2019). The "
        "advance south of Maarat al-Numan from 19 Dec 2019 is not drawn." + IG_HTS,
        s.minus(NW_2018, GHAB_GOV_LATER, s.NORTH_HAMA_MAY_2019, s.NORTH_HAMA_AUG_2019),
        8,
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

FEATURES = (
    OPPOSITION_NORTH_WEST
    + OPPOSITION_EAST_ALEPPO
    + OPPOSITION_NORTH_ALEPPO
    + OPPOSITION_POCKETS
    + OPPOSITION_QALAMOUN
    + OPPOSITION_GHOUTA
    + OPPOSITION_SOUTH_DAMASCUS
    + OPPOSITION_SOUTH
    + OPPOSITION_DESERT
    + IDLIB_GROUPS
    + EUPHRATES_SHIELD
    + OLIVE_BRANCH
    + PEACE_SPRING
    + AL_TANF
    + UNHELD_DESERT
)
