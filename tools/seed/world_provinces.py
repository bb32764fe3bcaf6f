"""The provinces (wilayat) abroad named in the DER SPIEGEL article, drawn by hand.

Rings are (lon, lat) and deliberately overshoot into the sea and across borders: world_build.py
clips them to the countries listed, so only the landward edges are drawn here.
"""

from world_spec import circle, version

SIRTE = "is-libya-sirte"
SIRTE_NAME = "Wilayat Tarabulus: Sirte, Libya"
SIRTE_SOURCES = ["wp-battle-of-sirte-2015", "wp-battle-of-sirte-2016", "spiegel-2019-03-30"]

DERNA = "is-libya-derna"
DERNA_NAME = "Wilayat Barqa: Derna, Libya"

KHORASAN = "is-khorasan-nangarhar"
KHORASAN_NAME = "Khorasan Province: Nangarhar, Afghanistan"

WEST_AFRICA = "is-west-africa-lake-chad"
WEST_AFRICA_NAME = "West Africa Province: Lake Chad shore and islands"
# The islands of the southern pool (Nigerian, Chadian and Cameroonian waters) and the shore
# of Abadam and Kukawa (Nigeria) and Bosso (Niger), over the dried northern lakebed. Baga
# (13.86 E, 13.12 N) stays outside: the army and the Multinational Joint Task Force held it
# until 26 December 2018.
LAKE_CHAD = [
    (13.30, 13.75), (13.70, 13.65), (14.10, 13.55), (14.45, 13.45), (14.70, 13.25),
    (14.65, 12.95), (14.35, 12.80), (14.00, 12.95), (13.95, 13.20), (13.70, 13.35),
    (13.45, 13.45), (13.30, 13.55),
]  # fmt: skip
LAKE_CHAD_COUNTRIES = ["NG", "NE", "TD", "CM"]

SIRTE_VERSIONS = [
    version(
        SIRTE,
        SIRTE_NAME,
        status="contested",
        valid_from="2015-02-01",
        valid_to="2015-05-31",
        valid_from_precision="month",
        countries=["LY"],
        sources=[
            "wp-battle-of-sirte-2015",
            "ab-worldbulletin-2015-05-30-sirte-airport",
            "ab-maltatoday-2015-05-sirte-airport",
        ],
        notes="IS fighters were in Sirte from February 2015 (day not fixed) and fought the "
        "Libya Dawn militias tasked with holding the city for months; by late May IS held "
        "'much of Sirte', hence contested. The city and its edge only, drawn by judgement.",
        parts=[[(16.45, 31.4), (16.45, 31.13), (16.72, 31.13), (16.72, 31.4)]],
    ),
    version(
        SIRTE,
        SIRTE_NAME,
        status="controlled",
        valid_from="2015-05-31",
        valid_to="2016-05-31",
        valid_to_precision="month",
        countries=["LY"],
        sources=SIRTE_SOURCES + ["ab-worldbulletin-2015-05-30-sirte-airport"],
        notes="The coastal strip IS governed from Sirte after the 2015 battle (the Ghardabiya "
        "air base south of the city fell when the Tripoli government's forces pulled out on "
        "28 May), from west of "
        "Buerat al-Hsun to Nofaliya, about 30-40 km deep. The inland edge is drawn by judgement "
        "(desert, no front line reported). Ends when the Misrata-led Bunyan al-Marsous offensive "
        "(from 12 May 2016) and the Petroleum Facilities Guard in the east had pushed IS back "
        "to Sirte's outskirts at the end of May 2016.",
        parts=[
            [
                (15.75, 32.0),
                (15.75, 31.15),
                (16.2, 30.95),
                (16.6, 30.9),
                (17.2, 30.65),
                (17.95, 30.45),
                (17.95, 31.6),
            ]
        ],
    ),
    version(
        SIRTE,
        SIRTE_NAME,
        status="controlled",
        valid_from="2016-05-31",
        valid_to="2016-06-09",
        valid_from_precision="month",
        countries=["LY"],
        sources=SIRTE_SOURCES + ["lsm-2016-06-20"],
        notes="Sirte and its immediate surroundings after the GNA forces reached the power "
        "station and Ghardabiya air base; GNA fighters entered the city on 8-9 June 2016.",
        parts=[[(16.30, 31.6), (16.30, 31.05), (16.6, 30.95), (17.0, 30.85), (17.0, 31.6)]],
    ),
    version(
        SIRTE,
        SIRTE_NAME,
        status="besieged",
        valid_from="2016-06-09",
        valid_to="2016-07-02",
        countries=["LY"],
        sources=SIRTE_SOURCES + ["lsm-2016-06-20", "ab-libyaobserver-2016-06-13-sirte"],
        notes="The city itself, encircled by land (Bunyan al-Marsous said on 13 June it had "
        "'besieged' IS 'in 5 km area in Sirte city') and blockaded by the navy at sea, hence "
        "besieged; the front moved back and forth around the port (lost by the GNA on "
        "14 June), so the edge is approximate.",
        parts=[[(16.45, 31.4), (16.45, 31.15), (16.58, 31.11), (16.72, 31.14), (16.72, 31.4)]],
    ),
    version(
        SIRTE,
        SIRTE_NAME,
        status="besieged",
        valid_from="2016-07-02",
        valid_to="2016-08-11",
        countries=["LY"],
        sources=SIRTE_SOURCES + ["libyaschannel-2016-07-02", "ab-reuters-2016-08-10-sirte"],
        notes="The centre around the Ouagadougou conference centre and Ibn Sina hospital after "
        "the GNA took residential district 700 on 2 July 2016; still encircled, hence "
        "besieged. The edge is approximate.",
        parts=[[(16.52, 31.4), (16.52, 31.18), (16.64, 31.18), (16.64, 31.4)]],
    ),
    version(
        SIRTE,
        SIRTE_NAME,
        status="besieged",
        valid_from="2016-08-11",
        valid_to="2016-12-06",
        countries=["LY"],
        sources=SIRTE_SOURCES + ["lsm-2016-08-15", "ab-lsm-2016-09-27-sirte"],
        notes="Residential districts 1, 2 and 3 by the sea, the last IS ground in Sirte after "
        "the Ouagadougou centre, Ibn Sina hospital and the university fell on 11 August 2016 "
        "(Reuters reported the university and the Ouagadougou complex taken on Wednesday "
        "10 August; the Libya Security Monitor gives 11 August). Encircled by land and sea, "
        "hence besieged; by late September IS was confined to 'a small enclave of two to "
        "three square kilometres' of the coastal districts in the east of the city, and it "
        "held out until GNA-aligned forces declared Sirte retaken on 6 December 2016. Drawn "
        "as one block because the daily lines are not published.",
        parts=[[(16.55, 31.4), (16.55, 31.195), (16.62, 31.195), (16.62, 31.4)]],
    ),
]

AFTER_SIRTE_VERSIONS = [
    version(
        "is-libya-desert-camps",
        "Desert camps south-west of Sirte, Libya",
        status="presence",
        valid_from="2016-12-06",
        valid_to="2017-01-19",
        countries=["LY"],
        sources=["newarab-2017-01-19-b2", "thehill-2017-01-19-b2", "spiegel-2019-03-30"],
        notes="Fighters who fled Sirte regrouped in desert camps about 45 km south-west of the "
        "city, struck by US B-2 bombers on the night of 18-19 January 2017 (more than 80 "
        "killed). Drawn as a modest area round the reported distance and bearing; the camps' "
        "positions were not published. Nothing is drawn after the strikes: the article says "
        "little is known of the cells left along the coast and in the south.",
        parts=[circle(16.25, 30.93, 20)],
    ),
]

DERNA_VERSIONS = [
    version(
        DERNA,
        DERNA_NAME,
        status="contested",
        valid_from="2014-11-13",
        valid_to="2015-06-11",
        valid_to_precision="month",
        countries=["LY"],
        sources=[
            "jamestown-2016-04-29-derna",
            "ab-lsm-2014-11-23-derna",
            "ab-reuters-2014-11-13-baghdadi",
            "ab-lwj-2014-11-baghdadi",
        ],
        notes="Derna's Islamic Youth Shura Council pledged to Baghdadi in October 2014 (a "
        "ceremony at the end of the month); drawn from 13 November 2014, when Baghdadi's "
        "audio message accepted the pledges from Libya and announced new provinces ('Wilayat "
        "Barqa'). IS patrolled the streets but never took the city from its Islamist rivals, "
        "hence contested, not controlled.",
        parts=[[(22.58, 32.85), (22.58, 32.72), (22.70, 32.71), (22.72, 32.85)]],
    ),
    version(
        DERNA,
        DERNA_NAME,
        status="presence",
        valid_from="2015-06-11",
        valid_to="2016-04-20",
        valid_from_precision="month",
        countries=["LY"],
        sources=[
            "jamestown-2016-04-29-derna",
            "lsm-2015-08-03-derna",
            "mee-2016-04-20-derna",
            "africanews-2016-04-22-derna",
        ],
        notes="After the Derna Mujahideen Shura Council turned on IS in June 2015 (its leader "
        "Salim Derby was killed on 11 June), IS held on only in the farms of al-Fatayih on the "
        "eastern outskirts, until it was driven out on 20 April 2016.",
        parts=[[(22.68, 32.85), (22.68, 32.70), (22.80, 32.68), (22.82, 32.85)]],
    ),
]

SINAI = "is-sinai"
SINAI_NAME = "Wilayat Sinai: Sheikh Zuweid and Rafah, Egypt"

SINAI_VERSIONS = [
    version(
        SINAI,
        SINAI_NAME,
        status="presence",
        valid_from="2014-11-13",
        valid_to="2018-02-09",
        countries=["EG"],
        sources=[
            "ab-reuters-2014-11-13-baghdadi",
            "ab-lwj-2014-11-baghdadi",
            "timep-2015-07-02-sheikh-zuweid",
            "lwj-2015-07-01-sinai",
            "spiegel-2019-03-30",
        ],
        notes="From 13 November 2014, when Baghdadi's audio message accepted the pledge of "
        "Ansar Bayt al-Maqdis (made on 10 November). Insurgent presence, not territory: the "
        "narrow stretch of North Sinai between "
        "el-Arish (left out: attacked, never held) and Rafah on the Gaza border, where Wilayat "
        "Sinai operated. It briefly seized parts of Sheikh Zuweid on 1 July 2015 and was driven "
        "out the same day.",
        parts=[
            [
                (33.90, 31.6),
                (33.90, 31.10),
                (34.05, 31.02),
                (34.22, 31.05),
                (34.35, 31.25),
                (34.35, 31.6),
            ]
        ],
    ),
    version(
        SINAI,
        SINAI_NAME,
        status="presence",
        valid_from="2018-02-09",
        countries=["EG"],
        sources=["defensepost-2018-02-09-sinai", "eis-2018-08-22-sinai", "spiegel-2019-03-30"],
        notes="After the army's Comprehensive Operation Sinai 2018 (from 9 February 2018): the "
        "villages south of Sheikh Zuweid and Rafah, which the army tried to isolate in July "
        "2018; the coastal towns are left out. The article: the army 'kept it in check' "
        "without breaking it. The southern edge is drawn by judgement. No end: still present "
        "when the article appeared.",
        parts=[[(33.98, 31.15), (34.15, 31.18), (34.35, 31.20), (34.30, 31.03), (34.05, 30.98)]],
    ),
]

KHORASAN_VERSIONS = [
    version(
        KHORASAN,
        KHORASAN_NAME,
        status="presence",
        valid_from="2015-06-01",
        valid_to="2016-03-01",
        valid_from_precision="month",
        valid_to_precision="month",
        countries=["AF"],
        sources=["aan-2017-mamand", "stanford-iskp", "spiegel-2019-03-30"],
        notes="Peak, summer 2015: the dominant insurgent group in eight of Nangarhar's 22 "
        "districts along the Spin Ghar range (Achin, Kot, Nazyan, Bati Kot, Deh Bala, "
        "Khogyani, Pachir wa Agam, Chaparhar), but never a district centre, hence presence. "
        "USIP counted partial control of seven districts. District edges drawn by judgement.",
        parts=[
            [
                (69.95, 34.30),
                (70.30, 34.33),
                (70.55, 34.30),
                (70.85, 34.28),
                (71.05, 34.15),
                (71.05, 33.8),
                (69.95, 33.8),
            ]
        ],
    ),
    version(
        KHORASAN,
        KHORASAN_NAME,
        status="presence",
        valid_from="2016-03-01",
        valid_to="2017-07-01",
        valid_from_precision="month",
        valid_to_precision="month",
        countries=["AF"],
        sources=["aan-2017-mamand", "spiegel-2019-03-30"],
        notes="After the Afghan and US offensives of early 2016: four districts (Achin, Nazyan, "
        "Kot, Deh Bala), as AAN reported by July 2016.",
        parts=[[(70.35, 34.15), (70.60, 34.20), (70.95, 34.18), (71.0, 33.8), (70.35, 33.8)]],
    ),
    version(
        KHORASAN,
        KHORASAN_NAME,
        status="presence",
        valid_from="2017-07-01",
        valid_to="2019-11-19",
        valid_from_precision="month",
        countries=["AF"],
        sources=["nyt-2017-12-iskp", "aan-2020-nangrahar", "spiegel-2019-03-30"],
        notes="After the Mamand valley battles (April-June 2017): the high valleys of Achin, "
        "Deh Bala and Khogyani, 'three districts from 11' by US count. Ends with the Afghan "
        "clearance operation that finished on 19 November 2019.",
        parts=[[(70.20, 34.07), (70.50, 34.08), (70.80, 34.07), (70.85, 33.8), (70.20, 33.8)]],
    ),
]

WEST_AFRICA_VERSIONS = [
    version(
        WEST_AFRICA,
        WEST_AFRICA_NAME,
        status="presence",
        valid_from="2016-08-02",
        valid_to="2018-12-26",
        countries=LAKE_CHAD_COUNTRIES,
        sources=[
            "humangle-lake-chad-islands",
            "spiegel-2019-03-30",
            "ab-afp-2016-08-02-barnawi",
            "ab-bbc-2016-08-barnawi",
            "ab-ap-2016-08-03-barnawi",
        ],
        notes="From IS's weekly al-Naba naming Abu Musab al-Barnawi 'governor' of West Africa "
        "Province (AFP: published on Tuesday 2 August 2016; AP reported the interview as "
        "published on Wednesday 3 August): the faction's bases on the Lake Chad islands "
        "(tumbuns) and the northern Borno shore; Shekau's followers, who split away, are no "
        "longer counted. Presence, though the article says it taxes markets and rules 'like "
        "a state': no source draws a governed boundary.",
        parts=[LAKE_CHAD],
    ),
    version(
        WEST_AFRICA,
        WEST_AFRICA_NAME,
        status="contested",
        valid_from="2018-12-26",
        valid_to="2019-01-10",
        countries=LAKE_CHAD_COUNTRIES,
        sources=[
            "sun-2018-12-27-baga",
            "ab-vanguard-2018-12-29-baga",
            "wp-chad-basin-campaign",
            "ab-defensepost-2019-01-10-baga",
        ],
        notes="West Africa Province overran Baga on the night of Wednesday 26 December 2018 "
        "and the Multinational Joint Task Force and naval bases around it by the 27th; "
        "residents said it raised its flag, while the army said the militants had 'contested' "
        "the town but 'lost the contest', hence contested. Nigerian troops re-entered Baga on "
        "the evening of Wednesday 9 January 2019; it is drawn as lost from the 10th.",
        parts=[
            LAKE_CHAD,
            circle(13.86, 13.12, 15),
            [(13.70, 13.0), (13.95, 12.95), (14.0, 13.25), (13.7, 13.3)],
        ],
    ),
    version(
        WEST_AFRICA,
        WEST_AFRICA_NAME,
        status="presence",
        valid_from="2019-01-10",
        countries=LAKE_CHAD_COUNTRIES,
        sources=[
            "wp-chad-basin-campaign",
            "independent-ng-2019-06-23",
            "spiegel-2019-03-30",
            "ab-pulse-2019-01-rann",
        ],
        notes="Back to the islands and the shore after the army retook Baga; still there when "
        "the article appeared, so the version has no end. The raid that overran Rann on "
        "14 January 2019 is not drawn: no report of how long the town was held was found.",
        parts=[LAKE_CHAD],
    ),
]

FEATURES = (
    SIRTE_VERSIONS
    + AFTER_SIRTE_VERSIONS
    + DERNA_VERSIONS
    + SINAI_VERSIONS
    + KHORASAN_VERSIONS
    + WEST_AFRICA_VERSIONS
)
