"""Syrian towns whose own dates differ from the offensive that took the ground round them.

Found by the place-by-place audit (fixtures/audit/syria.csv): each town here has its own piece
(or its own cut once lost), so it changes hands on its own day, not with the next big operation.
"""

from core_geo import block, disc, valley
from core_pieces import END, Cut, D, Held
from core_waypoints import P

QARYATAYN_ROAD = [P["sy-qaryatayn"], (37.55, 34.36), (37.90, 34.47), P["palmyra"]]

TOWNS = [
    # Ain Issa lay in the Balikh valley IS kept until the SDF's Raqqa campaign; the YPG took the
    # town and the Brigade 93 base in June 2015 and held it (IS re-entered for a day or two on
    # 6 Jul 2015: not drawn, its end is not dated). The town was the front from then on, so the
    # cut runs across the valley just south of it: a disc alone left IS's valley wrapped round
    # the town on three sides, inside ground the YPG held up to the border.
    Cut(
        "Ain Issa after the YPG took it",
        disc(P["sy-ain-issa"], 4).union(
            block([(38.55, 36.345), (39.30, 36.345), (39.30, 36.80), (38.55, 36.80)])
        ),
        D("2015-06-23"),
        END,
        ["sy-irishtimes-2015-06-23-ain-issa", "sy-antiwar-2016-01-03-ain-issa"],
        "The front just south of the town (±5 km): Ain Issa was contested, not encircled.",
    ),
    # Tadef, 2 km south of al-Bab: IS left al-Bab on 23 Feb 2017 but kept Tadef three more days.
    Held(
        "Tadef",
        disc(P["sy-tadef"], 1.2),
        D("2014-01-14"),
        D("2017-02-26"),
        ["sy-sohr-2017-02-24-qabasin", "sy-sohr-2017-03-tadef"],
        "IS withdrew from Tadef without a fight and the Syrian army entered on 26 Feb 2017. "
        "Town outline ±1 km.",
        start_prec="month",
    ),
    # Deir Hafer held out three weeks after the plain round it: besieged from about 22 Mar 2017,
    # taken on 29 Mar.
    Held(
        "Deir Hafer",
        disc(P["sy-deir-hafer"], 3),
        D("2014-01-14"),
        D("2017-03-29"),
        ["sy-xinhua-2017-03-30-deir-hafer"],
        "Taken by the Syrian army on Wednesday 29 Mar 2017. Town edge ±1 km.",
        start_prec="month",
    ),
    # Mayadin stayed with the Nusra Front until 3 Jul 2014, after Abu Kamal (1 Jul) had fallen.
    Cut(
        "Mayadin before IS took it",
        disc(P["mayadin"], 4),
        D("2014-01-01"),
        D("2014-07-03"),
        ["sy-reuters-2014-07-03-mayadin"],
    ),
    Cut(
        "Al-Omar oil fields after the SDF took them",
        disc(P["al-omar"], 5),
        D("2017-10-22"),
        END,
        ["sy-voa-2017-10-22-omar"],
    ),
    # Al-Qaryatayn: taken in IS's push west of Palmyra, retaken a week after Palmyra; and again
    # for three weeks in October 2017.
    Held(
        "Al-Qaryatayn (first IS period)",
        disc(P["sy-qaryatayn"], 5),
        D("2015-08-06"),
        D("2016-04-03"),
        ["sy-syriahr-2015-palmyra-qaryatayn", "sy-ap-2016-04-03-qaryatayn"],
        "Taken by IS on 6 Aug 2015; retaken by the Syrian army on 3 Apr 2016. Town edge ±2 km.",
    ),
    Held(
        "Palmyra–al-Qaryatayn road",
        valley(QARYATAYN_ROAD, 10),
        D("2015-08-06"),
        D("2016-03-27"),
        ["sy-syriahr-2015-palmyra-qaryatayn", "sy-reuters-2016-03-27-palmyra"],
        "The desert road IS held between Palmyra and al-Qaryatayn from the town's fall; cut when "
        "the army retook Palmyra. Width by judgement.",
    ),
    Held(
        "Al-Qaryatayn (second IS period)",
        disc(P["sy-qaryatayn"], 3.5),
        D("2017-10-01"),
        D("2017-10-21"),
        ["sy-straitstimes-2017-10-22-qaryatayn", "sy-newsfront-2017-10-21-qaryatayn"],
        "IS seized the town on 1 Oct 2017; the Syrian army retook it on 21 Oct 2017. Town edge "
        "±2 km; the desert round it was not IS-held.",
    ),
    # The last IS villages on the Euphrates' west bank between Mayadin and Abu Kamal, among them
    # Subaykhan (Sabikhan), held after Abu Kamal fell.
    Held(
        "West-bank villages round Subaykhan",
        block(
            [
                (40.54, 34.93),
                (40.60, 34.93),
                (40.616, 34.86),
                (40.622, 34.843),
                (40.58, 34.845),
                (40.55, 34.87),
            ]
        ),  # fmt: skip
        D("2017-11-19"),
        D("2017-11-23"),
        ["sy-iit-2017-11-23-sabikhan"],
        "Taken by the Syrian army by 23 Nov 2017 (day not fixed). Drawn by judgement, ±3 km.",
        end_prec="month",
    ),
]
