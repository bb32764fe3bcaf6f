"""After the fall: IS ground and insurgent presence in Syria and Iraq outside the core's story.

The Yarmouk Basin pocket was held and governed (controlled) until mid-2018; the rest is
insurgent presence, never territory, as the chronology and the article insist.
"""

from world_spec import version

YARMOUK = "is-yarmouk-basin"
SWEIDA = "is-sweida-desert"
SWEIDA_NAME = "Syrian desert east of Sweida (insurgent presence)"

FEATURES = [
    version(
        YARMOUK,
        "Yarmouk Basin pocket (Khalid ibn al-Walid Army)",
        status="controlled",
        valid_from="2016-05-21",
        valid_to="2018-07-31",
        countries=["SY"],
        sources=["wp-khalid-ibn-al-walid-army", "alshahid-yarmouk-basin", "spiegel-2019-03-30"],
        notes="The strip south-east of the Golan Heights (Jamlah, al-Shajara, Tasil, Sahm "
        "al-Jawlan) held by the IS-affiliated Khalid ibn al-Walid Army from its founding merger "
        "on 21 May 2016 (its forerunners held most of it from 2014-2015). The Syrian army took "
        "al-Shajara on 30 July and the last ground on 31 July 2018. The eastern edge against "
        "the rebels is drawn by judgement.",
        editor_notes="The project's compiled chronology says 30 July to 1 August 2018 for the "
        "end; 31 July follows the Khalid ibn al-Walid Army article.",
        parts=[
            [
                (35.80, 32.66),
                (35.82, 32.80),
                (35.87, 32.87),
                (35.95, 32.88),
                (36.02, 32.82),
                (36.03, 32.74),
                (35.98, 32.69),
                (35.93, 32.66),
            ]
        ],
    ),
    version(
        SWEIDA,
        SWEIDA_NAME,
        status="presence",
        valid_from="2018-06-01",
        valid_to="2018-11-17",
        valid_from_precision="month",
        countries=["SY"],
        sources=["smart-2018-07-25-sweida", "afp-toi-2018-07-26-sweida", "spiegel-2019-03-30"],
        notes="IS cells in the volcanic field (Tulul al-Safa) and the desert east of Sweida, "
        "from where the raid of 25 July 2018 came; the government attacked IS positions there "
        "in June 2018 (day not known). The western edge keeps off the Druze villages raided on "
        "25 July. Ends when the Syrian army took Tulul al-Safa on 17 November 2018.",
        parts=[
            [
                (36.85, 32.75),
                (36.80, 33.05),
                (37.05, 33.45),
                (37.45, 33.35),
                (37.60, 33.00),
                (37.30, 32.70),
            ]
        ],
    ),
    version(
        SWEIDA,
        SWEIDA_NAME,
        status="presence",
        valid_from="2018-11-17",
        countries=["SY"],
        sources=["spiegel-2019-03-30"],
        notes="After Tulul al-Safa IS withdrew further east into the Badia; the article "
        "(30 March 2019) says hundreds of IS fighters still operate there undisturbed. Kept "
        "west of the al-Tanf zone. No end: still present when the article appeared.",
        parts=[
            [
                (37.35, 32.85),
                (37.25, 33.15),
                (37.55, 33.55),
                (38.15, 33.55),
                (38.20, 33.05),
                (37.70, 32.75),
            ]
        ],
    ),
    version(
        "is-hawija-presence",
        "Hawija district (insurgent presence)",
        status="presence",
        valid_from="2017-10-05",
        countries=["IQ"],
        sources=["defensepost-2017-10-05-hawija", "spiegel-2019-03-30"],
        notes="After Iraqi forces retook Hawija on 5 October 2017, IS fighters stayed in the "
        "river thickets of the district (the article: 'never truly beaten'), helped by the "
        "no man's land between Baghdad's and the Kurds' lines. The article places Hawija "
        "'west of Mosul'; it lies south-west of Kirkuk, between the Tigris and the Lesser Zab, "
        "and is drawn there. No end: still present when the article appeared.",
        parts=[
            [
                (43.35, 35.55),
                (43.75, 35.62),
                (44.05, 35.45),
                (44.05, 35.20),
                (43.70, 35.05),
                (43.40, 35.20),
            ]
        ],
    ),
]
