"""Iraqi towns on their own dates, and the enclaves IS held away from the river corridors.

The corridor pieces in core_iraq end with the offensive that cleared most of their ground; a
town retaken earlier is cut out from its own day (`Cut`), a town held longer keeps its own piece
(`Held`). Every date here is a row of fixtures/audit/iraq.csv, where the sources are quoted.
The government and Kurdish enclaves IS surrounded are cut out here and drawn for their holder by
iraq_enclaves.py from the same shapes (ENCLAVES), so the two files cannot drift apart.
"""

from core_geo import block, disc, valley
from core_pieces import END, Cut, D, Held
from core_waypoints import EUPHRATES_IRAQ, P

# Ground IS never took inside its own territory; iraq_enclaves.py draws it for the holder.
HADITHA_ENCLAVE = valley([(42.33, 34.22), P["haditha"], P["baghdadi"], (42.62, 33.80)], 16)
RAMADI_CENTRE = disc(P["ramadi"], 3)
AMIRLI = disc(P["iq-amirli"], 3)
BAIJI_REFINERY = disc(P["iq-baiji-refinery"], 3)
# The Nineveh plains east of Mosul, which the Peshmerga held until the night of 6-7 Aug 2014.
NINEVEH_PLAINS_PESHMERGA = block(
    [(43.08, 36.56), (43.30, 36.60), (43.55, 36.45), (43.50, 36.20), (43.33, 36.20),
     (43.30, 36.31), (43.23, 36.40), (43.10, 36.45)]
)  # fmt: skip
# The Tigris past Sharqat as the basemap draws it (Natural Earth 1:50m), so the line between the
# two banks sits on the river the reader sees.
TIGRIS_AT_SHARQAT = [(43.35, 35.866), (43.30, 35.815), (43.30, 35.765), (43.317, 35.714),
                     (43.30, 35.68), (43.267, 35.663), (43.251, 35.578), (43.267, 35.477),
                     (43.35, 35.324), (43.467, 35.163)]  # fmt: skip
# West of the river from Qayyarah's south to Baiji's north: the Sharqat district, retaken Sep 2016.
SHARQAT_WEST_BANK = block(TIGRIS_AT_SHARQAT + [(43.00, 35.163), (43.00, 35.866)])
# East of the river opposite Sharqat, down to the Zab villages north of Baiji.
SHARQAT_EAST_BANK = block(
    TIGRIS_AT_SHARQAT[2:][::-1] + [(43.45, 35.62), (43.52, 35.40), (43.52, 35.18)]
)

# Anah and the river down to Haditha, with the south-bank villages (al-Rayhana), retaken
# 19-21 Sep 2017; Rawa, 13 km upstream across the river, stays out of it.
ANAH_TO_HADITHA = valley([P["anah"], (42.06, 34.38), (42.23, 34.31), (42.33, 34.22)], 20).union(
    block([(41.93, 34.40), (42.05, 34.42), (42.25, 34.35), (42.40, 34.25), (42.40, 34.00),
           (41.90, 34.20)])
)  # fmt: skip

IRAQ_TOWNS = [
    # --- Anbar ------------------------------------------------------------------------------
    Held(
        "Kubaysa",
        disc(P["iq-kubaysa"], 5),
        D("2014-10-04"),
        D("2016-03-15"),
        ["iq-reuters-2014-10-04-kubaisa", "iq-alalam-2016-03-26-kubaysah"],
        "Stormed 4 Oct 2014, two days after Hit; retaken in March 2016 (month only).",
        end_prec="month",
    ),
    Cut(
        "Hit after its recapture",
        disc(P["hit"], 6),
        D("2016-04-14"),
        END,
        ["iq-afp-2016-04-14-hit"],
    ),
    Cut(
        "Anah and the valley to Haditha after their recapture",
        ANAH_TO_HADITHA,
        D("2017-09-21"),
        END,
        ["iq-xinhua-2017-09-21-anah", "iq-diyaruna-2017-09-22-anah"],
    ),
    Cut(
        "Karmah (Garma) after its recapture",
        disc(P["iq-karmah"], 6),
        D("2016-05-26"),
        END,
        ["iq-antiwar-2016-05-26-karma", "iq-dod-2016-05-27-karmah"],
    ),
    Cut(
        "Saqlawiyah after its recapture",
        disc(P["iq-saqlawiyah"], 4),
        D("2016-06-05"),
        END,
        ["iq-isw-2016-06-09-fallujah"],
    ),
    Held(
        "Jurf al-Sakhar",
        disc(P["iq-jurf-al-sakhar"], 7),
        D("2014-07-25"),
        D("2014-10-25"),
        ["iq-ap-2014-10-26-jurf", "iq-reuters-2014-10-25-jurf"],
        "IS-held Sunni belt south of Baghdad, fallen in late July 2014 (month only); "
        "retaken 25 Oct 2014. Drawn as a 7 km disc round the town (approximate).",
        start_prec="month",
    ),
    # --- Salahuddin, Kirkuk and Diyala ------------------------------------------------------
    Cut(
        "Baiji refinery (government-held, besieged or contested)",
        BAIJI_REFINERY,
        D("2014-06-11"),
        END,
        ["iq-rferl-2014-11-14-baiji", "iq-newarab-2015-10-16-baiji"],
    ),
    Cut(
        "Baiji town between its recapture and its loss (Nov-Dec 2014)",
        disc(P["baiji"], 6),
        D("2014-11-14"),
        D("2014-12-21"),
        ["iq-ahram-2014-11-14-baiji", "iq-wp-battle-of-baiji-2014"],
    ),
    Cut(
        "Al-Alam after its recapture",
        disc(P["iq-al-alam"], 4),
        D("2015-03-10"),
        END,
        ["iq-ap-2015-03-10-alam"],
    ),
    Cut(
        "Al-Dour after its recapture",
        disc(P["iq-al-dour"], 4),
        D("2015-03-08"),
        END,
        ["iq-ap-2015-03-10-alam", "iq-reuters-2015-03-09-alam"],
    ),
    Held(
        "Sulaiman Bek and the villages round Amirli",
        block(
            [
                (44.30, 35.05),
                (44.52, 35.02),
                (44.57, 34.92),
                (44.64, 34.76),
                (44.56, 34.66),
                (44.42, 34.70),
                (44.30, 34.85),
            ]
        ),  # fmt: skip
        D("2014-06-11"),
        D("2014-09-01"),
        ["iq-afp-2014-09-01-sulaiman-bek", "iq-dailystar-2014-08-07-amerli"],
        "All the villages round Amirli were IS-held; Sulaiman Bek retaken 1 Sep 2014. The belt "
        "is drawn by judgement; the start is known to the month.",
        start_prec="month",
    ),
    Cut(
        "Amirli (besieged, never fell)",
        AMIRLI,
        D("2014-06-11"),
        D("2014-09-01"),
        ["iq-dailystar-2014-08-07-amerli", "iq-cbs-2014-08-31-amirli"],
    ),
    Held(
        "Jalawla and Saadiya",
        block([(45.02, 34.12), (45.22, 34.14), (45.23, 34.33), (45.05, 34.36)]),
        D("2014-08-11"),
        D("2014-11-23"),
        ["iq-dawn-2014-11-24-jalawla", "iq-kuna-2014-11-23-diyala"],
        "Seized in August 2014 (month only); retaken 23 Nov 2014. Drawn by judgement.",
        start_prec="month",
    ),
    Held(
        "Diyala: villages north of Muqdadiya",
        block([(44.80, 34.06), (45.00, 34.08), (45.02, 34.22), (44.86, 34.30), (44.72, 34.20)]),
        D("2014-06-11"),
        D("2015-01-26"),
        ["iq-japantimes-2015-01-27-diyala"],
        "The last populated IS ground in Diyala, cleared 23-26 Jan 2015; the villages are "
        "drawn by judgement and the start is known to the month.",
        start_prec="month",
    ),
    # --- Nineveh and the Tigris -------------------------------------------------------------
    Cut(
        "Nineveh plains held by the Peshmerga until 7 Aug 2014",
        NINEVEH_PLAINS_PESHMERGA,
        D("2014-06-10"),
        D("2014-08-07"),
        ["iq-rferl-2014-08-07-qaraqosh"],
    ),
    Held(
        "Tel Kaif and Tel Keppe",
        disc(P["iq-tel-kaif"], 6),
        D("2014-08-07"),
        D("2017-01-19"),
        ["iq-rferl-2014-08-07-qaraqosh", "iq-xinhua-2017-01-19-telkief"],
        "Taken the night of 6-7 Aug 2014; under siege from Oct 2016, stormed 19 Jan 2017.",
    ),
    Cut(
        "Bartella after its recapture",
        disc(P["iq-bartella"], 3),
        D("2016-10-20"),
        END,
        ["iq-wion-2016-10-20-bartella"],
    ),
    Held(
        "Bashiqa",
        disc(P["iq-bashiqa"], 4),
        D("2014-08-07"),
        D("2016-11-07"),
        ["iq-aranews-2016-11-07-bashiqa", "iq-worldbulletin-2016-11-10-bashiqa"],
        "Encircled by the Peshmerga from late Oct 2016; its centre taken 7 Nov 2016.",
    ),
    Held(
        "Hammam al-Alil",
        disc(P["iq-hammam-al-alil"], 6),
        D("2014-06-10"),
        D("2016-11-05"),
        ["iq-alalam-2016-11-06-hammam", "iq-anp-2016-11-05-hammam"],
        "The last town on the Tigris south of Mosul, retaken 5 Nov 2016.",
    ),
    Cut(
        "Qayyarah West airfield after its recapture",
        disc(P["iq-qayyarah-west"], 5),
        D("2016-07-09"),
        END,
        ["iq-iraqdirectory-2016-08-29-qayyara"],
    ),
    Cut(
        "Qayyarah after its recapture",
        disc(P["qayyarah"], 7),
        D("2016-08-25"),
        END,
        ["iq-app-2016-08-25-qayyarah", "iq-alalam-2016-08-26-qayara"],
    ),
    Cut(
        "Sharqat and its west bank after their recapture",
        SHARQAT_WEST_BANK,
        D("2016-09-22"),
        END,
        ["iq-xinhua-2016-09-22-shirqat", "iq-ap-2016-09-23-shirqat"],
    ),
    Held(
        "Sharqat east bank and the Zab villages",
        SHARQAT_EAST_BANK,
        D("2014-06-10"),
        D("2017-09-25"),
        ["iq-diyaruna-2017-09-25-shirqat"],
        "Across the Tigris from Sharqat; cleared in the first phase of the Hawija offensive "
        "(from 21 Sep 2017), the east side declared free on 25 Sep 2017. Drawn by judgement.",
        start_prec="month",
    ),
    Held(
        "Zumar",
        disc(P["iq-zumar"], 8),
        D("2014-08-02"),
        D("2014-10-25"),
        ["iq-aljazeera-2014-08-05-sinjar", "iq-newsweek-2014-10-25-zumar"],
        "Overrun on 2 Aug 2014, the day before Sinjar; a Peshmerga entry in September did not "
        "hold; retaken 25 Oct 2014.",
    ),
    Held(
        "Rabia",
        disc(P["iq-rabia"], 6),
        D("2014-08-03"),
        D("2014-09-30"),
        ["iq-haaretz-2014-09-30-rabia"],
        "Held by IS in summer 2014 (its fall is dated to the month only); retaken 30 Sep 2014.",
        start_prec="month",
    ),
    Held(
        "Makhmur and Gwer",
        block([(43.40, 36.10), (43.58, 36.06), (43.68, 35.80), (43.55, 35.72), (43.42, 35.90)]),
        D("2014-08-07"),
        D("2014-08-10"),
        ["iq-aljazeera-2014-08-13-makhmour", "iq-rudaw-2014-08-10-gwer"],
        "Taken 7 Aug 2014 and retaken by the Peshmerga on 10 Aug 2014. Drawn by judgement.",
    ),
]

# The Euphrates corridor between Haditha and Hit; split off from core_iraq so the Hit stretch
# can fall on 14 Apr 2016 and the road to Haditha open on 2 May 2016.
HIT_VALLEY = [
    Held(
        "Euphrates valley Haditha-Baghdadi-Hit",
        valley(EUPHRATES_IRAQ[8:13], 24),
        D("2014-10-02"),
        D("2016-05-02"),
        ["iq-reuters-2014-10-02-hit", "iq-newarab-2016-05-02-haditha"],
        "Hit overrun 2 Oct 2014; the road Hit-Baghdadi-Haditha reopened 2 May 2016.",
    ),
    Held(
        "Euphrates valley Hit-Ramadi",
        valley(EUPHRATES_IRAQ[12:14], 24),
        D("2014-10-02"),
        D("2016-04-14"),
        ["iq-reuters-2014-10-02-hit", "iq-afp-2016-04-14-hit"],
        "Hit overrun 2 Oct 2014, retaken 14 Apr 2016.",
    ),
]
