"""The other side: the SDF-held north-east of Syria and the Kurdistan Region of Iraq.

Each version draws what its holder had on its FIRST day and keeps it until the next key date of
the story; ground won in between appears only at the next version. That under-draws the winner
on purpose: it can never paint ground IS still held. world_build.py also subtracts every IS-core
polygon marked controlled on any day of the interval. Rings overshoot into Turkey and Iraq or
Iran; clipping to the country trims them to the border.
"""

from world_spec import circle, version

SDF = "sdf-north-east-syria"
SDF_NAME = "SDF-held north-east Syria"
KRG = "kurdistan-region-iraq"
KRG_NAME = "Kurdistan Region of Iraq (Peshmerga-held)"

# The Jazira canton along the Turkish border, from Ras al-Ayn to the Tigris, north of Hasakah.
JAZIRA_2014 = [
    (40.00, 37.30), (42.60, 37.50), (42.40, 36.75), (41.95, 36.70), (41.30, 36.80),
    (40.85, 36.75), (40.55, 36.75), (40.10, 36.78),
]  # fmt: skip
# After Tal Abyad (15-16 June 2015): one strip from Kobani to the Tigris.
NORTH_2015 = [
    (37.95, 37.10), (42.60, 37.50), (42.40, 36.60), (41.95, 36.50), (41.30, 36.62),
    (40.85, 36.60), (40.60, 36.62), (40.00, 36.62), (39.40, 36.55), (38.95, 36.47),
    (38.60, 36.55), (38.10, 36.58), (37.95, 36.70),
]  # fmt: skip
# After al-Hawl (Nov 2015), Tishrin dam (Dec 2015), Shaddadi (Feb 2016) and Manbij (Aug 2016).
NORTH_2016 = [
    (38.05, 37.10), (42.60, 37.50), (42.20, 36.30), (41.60, 36.25), (41.20, 36.10),
    (40.90, 35.95), (40.55, 36.00), (40.20, 36.20), (39.60, 36.35), (39.00, 36.33),
    (38.60, 36.35), (38.20, 36.38), (38.05, 36.60),
]  # fmt: skip
MANBIJ_2016 = [(37.75, 36.63), (38.15, 36.68), (38.25, 36.45), (38.05, 36.35), (37.80, 36.40)]
# After Raqqa (17 Oct 2017): everything north and east of the Euphrates down to about 35.5 N,
# with Tabqa and Raqqa; the Euphrates is followed a little on its north-eastern bank, just
# south of Raqqa's centre.
NORTH_2017 = [
    (37.72, 36.62), (38.00, 36.66), (38.05, 37.10), (42.70, 37.50), (42.70, 35.55),
    (40.60, 35.55), (40.35, 35.42), (40.20, 35.40), (40.07, 35.49), (39.80, 35.66),
    (39.45, 35.84), (39.15, 35.925), (39.00, 35.935), (38.70, 35.90), (38.50, 35.80),
    (38.20, 35.95), (38.10, 36.10), (38.05, 36.30), (37.80, 36.40),
]  # fmt: skip
# After Baghouz (23 Mar 2019): add the east bank of the Middle Euphrates down to the border.
# The edge is the river itself, so Busayrah, al-Omar, Hajin, al-Susah and Baghouz (east bank)
# fall inside and Deir ez-Zor, Mayadin and Abu Kamal (west bank) outside.
EUPHRATES_2019 = [
    (40.35, 35.60), (40.20, 35.36), (40.30, 35.22), (40.41, 35.13), (40.46, 35.03),
    (40.60, 34.92), (40.72, 34.80), (40.81, 34.70), (40.88, 34.58), (40.92, 34.49),
    (40.935, 34.44), (40.96, 34.38), (41.40, 34.30), (41.60, 35.60),
]  # fmt: skip

# The Kurdistan Region inside the 2003 'Green Line' (Dohuk, Erbil, Sulaymaniyah, Garmiyan).
KRG_2003 = [
    (42.36, 37.11), (42.30, 37.45), (44.90, 37.60), (46.30, 35.10), (45.95, 34.80),
    (45.70, 34.55), (45.25, 34.45), (45.05, 34.75), (44.85, 35.15), (44.70, 35.40),
    (44.55, 35.65), (44.30, 35.85), (44.05, 35.95), (43.85, 36.05), (43.60, 36.30),
    (43.35, 36.55), (43.10, 36.70), (42.85, 36.80), (42.60, 36.85), (42.45, 36.95),
]  # fmt: skip
# Kirkuk city and its north and east, taken by the Peshmerga on 12 June 2014; kept well east of
# the Hawija pocket that IS held until October 2017.
KIRKUK_2014 = [
    (44.30, 35.90), (44.15, 35.60), (44.20, 35.30), (44.45, 35.10), (44.80, 35.05),
    (44.95, 35.20),
]  # fmt: skip
SINJAR_2015 = [(41.55, 36.55), (42.20, 36.60), (42.20, 36.33), (41.85, 36.31), (41.55, 36.36)]
MAKHMOUR_2014 = [(43.45, 35.95), (43.70, 35.98), (43.80, 35.80), (43.55, 35.70)]

SDF_NOTE = (
    " Before the SDF was founded (10 October 2015) the ground was held by the YPG/YPJ, its core; "
    "the SDF actor stands for both. Hasakah and Qamishli city centres, shared with the Syrian "
    "government, are not separated out."
)

SDF_VERSIONS = [
    version(
        SDF,
        SDF_NAME,
        actor="sdf",
        status="controlled",
        valid_from="2014-08-01",
        valid_to="2015-06-16",
        valid_from_precision="month",
        countries=["SY"],
        sources=["wp-siege-of-kobani"],
        notes="The Jazira canton and Kobani town, which IS besieged from September 2014 but "
        "never took; the countryside around Kobani, retaken from February 2015, is left out "
        "until the next version." + SDF_NOTE,
        parts=[JAZIRA_2014, circle(38.35, 36.88, 4)],
    ),
    version(
        SDF,
        SDF_NAME,
        actor="sdf",
        status="controlled",
        valid_from="2015-06-16",
        valid_to="2016-08-12",
        countries=["SY"],
        sources=["kurdwatch-2015-06-21-tal-abyad", "sohr-2015-06-tal-abyad"],
        notes="After Tal Abyad fell on 15-16 June 2015: one strip along the Turkish border "
        "from the Euphrates at Kobani to the Tigris. Al-Hawl (13 November 2015) and Shaddadi "
        "(February 2016) appear only at the next version." + SDF_NOTE,
        parts=[NORTH_2015],
    ),
    version(
        SDF,
        SDF_NAME,
        actor="sdf",
        status="controlled",
        valid_from="2016-08-12",
        valid_to="2017-10-17",
        countries=["SY"],
        sources=["wp-manbij-offensive-2016"],
        notes="After Manbij (12 August 2016): the Manbij pocket west of the Euphrates, the "
        "Tishrin dam, al-Hawl and the Khabur valley to Shaddadi. Tabqa (May 2017) and the "
        "Raqqa campaign appear only at the next version." + SDF_NOTE,
        parts=[NORTH_2016, MANBIJ_2016],
    ),
    version(
        SDF,
        SDF_NAME,
        actor="sdf",
        status="controlled",
        valid_from="2017-10-17",
        valid_to="2019-03-23",
        countries=["SY"],
        sources=["wp-battle-of-raqqa-2017"],
        notes="After Raqqa (17 October 2017): north and east of the Euphrates with Tabqa and "
        "Raqqa, down to about 35.5 N east of the Khabur. The Middle Euphrates east bank "
        "(al-Omar, Busayrah, Hajin, Baghouz), taken between October 2017 and March 2019, is "
        "left to the IS core files and appears only at the next version. Afrin (north-west, "
        "lost to Turkey in March 2018) is not drawn." + SDF_NOTE,
        parts=[NORTH_2017],
    ),
    version(
        SDF,
        SDF_NAME,
        actor="sdf",
        status="controlled",
        valid_from="2019-03-23",
        valid_to="2019-10-09",
        countries=["SY"],
        sources=["spiegel-2019-03-30", "wp-battle-of-baghuz", "wp-2019-turkish-offensive"],
        notes="After Baghouz (23 March 2019): the whole east bank of the Euphrates to the "
        "Iraqi border. Ends when Turkey's offensive of 9 October 2019 changed the north."
        + SDF_NOTE,
        parts=[NORTH_2017, EUPHRATES_2019],
    ),
]

KRG_NOTE = (
    " The boundary with the rest of Iraq is the assessed front, not the legal line, and is "
    "drawn away from the IS front where sources disagree."
)

KRG_VERSIONS = [
    version(
        KRG,
        KRG_NAME,
        actor="kurdistan-region",
        status="controlled",
        valid_from="2014-06-12",
        valid_to="2015-11-13",
        countries=["IQ"],
        sources=["wp-fall-of-mosul", "wp-sinjar-massacre", "wp-iraqi-kurdish-conflict-2017"],
        notes="The Kurdistan Region with Kirkuk, which the Peshmerga took when the Iraqi army "
        "left it on 12 June 2014. Sinjar and the Nineveh Plains, held until IS took them on "
        "3-7 August 2014, and Makhmour (lost and retaken in August 2014) are left out." + KRG_NOTE,
        parts=[KRG_2003, KIRKUK_2014],
    ),
    version(
        KRG,
        KRG_NAME,
        actor="kurdistan-region",
        status="controlled",
        valid_from="2015-11-13",
        valid_to="2017-10-16",
        countries=["IQ"],
        sources=["wp-november-2015-sinjar-offensive", "wp-iraqi-kurdish-conflict-2017"],
        notes="After Sinjar was retaken on 13 November 2015: the Sinjar mountain and town and "
        "Makhmour join. The Nineveh Plains villages taken during the Mosul offensive "
        "(from October 2016) are not drawn." + KRG_NOTE,
        parts=[KRG_2003, KIRKUK_2014, SINJAR_2015, MAKHMOUR_2014],
    ),
    version(
        KRG,
        KRG_NAME,
        actor="kurdistan-region",
        status="controlled",
        valid_from="2017-10-16",
        countries=["IQ"],
        sources=["wp-iraqi-kurdish-conflict-2017", "rferl-2017-10-18-kurdish-areas"],
        notes="After the Kirkuk crisis of 16 October 2017 the Peshmerga withdrew to about the "
        "2003 line: Kirkuk (16 October), Sinjar and Makhmour (17 October) and the Mosul dam "
        "went to Baghdad. Drawn from 16 October for all of them." + KRG_NOTE,
        parts=[KRG_2003],
    ),
]

FEATURES = SDF_VERSIONS + KRG_VERSIONS
