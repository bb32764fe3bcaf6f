"""The north-west: the opposition until 2015/2017 and the Idlib groups (Jaysh al-Fatah, HTS)."""

import sides_syria_west_shapes as s
from sides_syria_west_base import (
    GHAB_GOV_LATER,
    IDLIB,
    M4_AFTER_IDLIB,
    M4_AFTER_JISR,
    MASS_2016,
    MASS_2018,
    OPP,
    poly,
    union,
    v,
)

NW, NW_NAME = (
    "opposition-north-west",
    "Opposition-held north-west (Aleppo, Hama, Latakia countryside)",
)
NW_2014_NOTE = (
    "Rebel ground in Idlib, the western and southern Aleppo countryside, northern Hama and the "
    "Latakia mountains, the Nusra Front and Islamist factions included. Idlib city, Ariha, "
    "Mastumah and Jisr al-Shughur on the M4 road, the al-Ghab plain, the besieged Abu al-Duhur "
    "airbase and the Shia towns of al-Foua and Kafriya are cut out as government ground. Kessab "
    "(held by rebels from March to June 2014) is drawn as its own area."
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
        ("2016-02-01", "2016-08-29"),
        ["sw-ians-2016-01-24-rabia", "sw-newarab-2016-07-17-castello"],
        "After the Latakia mountains fell (Salma, Rabia, January 2016) except the corner by "
        "Kabani: the western Aleppo countryside from Anadan and Hraytan to Atarib and the Aleppo "
        "city edge, and northern Hama." + NW_SPLIT_NOTE,
        s.minus(MASS_2016, IDLIB, s.GHAB_GOV, s.GHAB_2015),
        km=10,
    ),
    v(
        NW,
        NW_NAME,
        OPP,
        ("2016-08-29", "2017-01-28"),
        ["sw-reuters-2016-08-30-halfaya", "sw-wp-tahrir-al-sham"],
        "With the northern Hama towns taken from 29 Aug 2016 (Halfaya, Taybat al-Imam, Suran); "
        "the army's retaking of Maardes and Kawkab in October 2016 is not drawn. Ends when "
        "Hayat Tahrir al-Sham formed; from then the whole north-west pocket is drawn as the "
        "Idlib groups'." + NW_SPLIT_NOTE,
        s.minus(union(MASS_2016, s.NORTH_HAMA_2016), IDLIB, s.GHAB_GOV, s.GHAB_2015),
        km=10,
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
        ("2017-01-28", "2017-04-28"),
        ["sw-wp-tahrir-al-sham", "sw-wp-hama-offensive-2017"],
        "From the founding of Hayat Tahrir al-Sham: Idlib province, the western Aleppo "
        "countryside, northern Hama with Halfaya and Taybat al-Imam, northern al-Ghab and the "
        "Latakia corner by Kabani, around the besieged al-Foua and Kafriya. The rebels' Hama "
        "offensive of 21 Mar 2017 and its reversal are not drawn step by step." + IG_HTS,
        s.minus(union(NW_HTS, s.NORTH_HAMA_2016), GHAB_GOV_LATER, s.FOUA_KAFRIYA),
        8,
    ),
    v(
        IG,
        IG_NAME,
        IGA,
        ("2017-04-28", "2018-01-20"),
        ["sw-wp-hama-offensive-2017"],
        "After the army retook Halfaya and Taybat al-Imam (by 28 Apr 2017). The army's advance "
        "from late December 2017 is taken out at the next version." + IG_HTS,
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
        ("2018-09-17", "2019-01-10"),
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
        ("2019-01-10", "2019-05-09"),
        ["sw-newarab-2019-01-10-hts", "sw-scplatform-sochi"],
        "After Hayat Tahrir al-Sham defeated the National Liberation Front and Nour al-Din "
        "al-Zenki (1-10 Jan 2019) and took the administration of the whole pocket; the line "
        "is still the Sochi line." + IG_HTS,
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

KE, KE_NAME = "opposition-kessab", "Opposition-held Kessab (Latakia)"
OPPOSITION_KESSAB = [
    v(
        KE,
        KE_NAME,
        OPP,
        ("2014-03-23", "2014-06-15"),
        ["sw-standard-2014-06-15-kessab", "sw-reuters-2014-06-15-kessab"],
        "Kessab, its border crossing and the Samra coast, taken in the rebel offensive begun on "
        "21 Mar 2014 (the town about 23 Mar) and retaken by the army on 15 Jun 2014.",
        s.minus(s.KESSAB, s.MASS_2014),
        4,
    ),
]
