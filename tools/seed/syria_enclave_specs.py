"""The dated outlines syria_enclaves.py publishes, one `version` per holder and stretch of time.

Rings are (lon, lat), drawn by judgement from the places the cited reports name; each note says
how exact the line is.
"""

from syria_shapes import DEIR_EZ_ZOR_ENCLAVE, KOBANI_TOWN, KUWEIRES_AIRBASE, TABQA_AIRBASE
from world_spec import version

GOV = "syrian-government"

# Yarmouk camp, al-Hajar al-Aswad south of it and the edge of al-Tadamon to the east (±500 m).
SOUTH_DAMASCUS = [(36.2925, 33.4760), (36.3010, 33.4790), (36.3080, 33.4770), (36.3125, 33.4720),
                  (36.3110, 33.4620), (36.3085, 33.4500), (36.3045, 33.4405), (36.2970, 33.4400),
                  (36.2925, 33.4480), (36.2900, 33.4590), (36.2905, 33.4690)]  # fmt: skip
# The barren heights (jurd) east of Ras Baalbek and al-Qaa and the Syrian slopes facing them,
# kept 3 km off both towns and north of the Arsal heights the Nusra Front held (±3 km).
QALAMOUN = [(36.460, 34.230), (36.480, 34.300), (36.520, 34.370), (36.580, 34.380),
            (36.640, 34.320), (36.660, 34.220), (36.600, 34.150), (36.530, 34.160)]  # fmt: skip
# What was left after the first days of the Lebanese and Syrian offensives (±3 km).
QALAMOUN_LAST = [(36.530, 34.240), (36.550, 34.330), (36.620, 34.330), (36.650, 34.240),
                 (36.610, 34.170), (36.550, 34.180)]  # fmt: skip
# The al-Tanf crossing and the Damascus–Baghdad highway west of it (±5 km).
AL_TANF = [(38.30, 33.67), (38.62, 33.55), (38.80, 33.47), (38.79, 33.40), (38.60, 33.44),
           (38.28, 33.58)]  # fmt: skip
# Villages east of Salamiyah left to IS after Uqayribat fell (Akash, Rasm Abd) (±5 km).
SALAMIYAH_EAST = [(37.22, 35.05), (37.30, 35.17), (37.48, 35.16), (37.55, 35.05), (37.40, 34.98)]
# North-east Hama, south Aleppo and south-east Idlib: "between south-east Khanasser, west Sinjar
# and northern Sa'an", about 1,100 km² (±5 km).
NE_HAMA = [(36.99, 35.55), (37.12, 35.66), (37.32, 35.70), (37.45, 35.64), (37.43, 35.47),
           (37.30, 35.37), (37.12, 35.37), (37.00, 35.44)]  # fmt: skip
# The villages IS took from the rebels in south-east Idlib when it broke out (Umm Khalakhil,
# al-Lweibdeh, al-Musharifah) (±3 km).
SE_IDLIB = [(36.93, 35.56), (36.98, 35.62), (37.06, 35.62), (37.07, 35.55), (37.00, 35.52)]


def is_version(territory, name, ring, **fields):
    return version(territory, name, parts=[ring], countries=fields.pop("countries", ["SY"]),
                   **fields)  # fmt: skip


FEATURES = [
    is_version(
        "is-south-damascus",
        "South Damascus pocket (Yarmouk camp, al-Hajar al-Aswad)",
        SOUTH_DAMASCUS,
        status="besieged",
        valid_from="2015-04-01",
        valid_to="2018-05-21",
        sources=[
            "sy-haaretz-2015-04-01-yarmouk",
            "sy-afp-2018-05-20-yarmouk",
            "sy-afp-2018-05-21-yarmouk",
        ],
        notes="IS stormed the Yarmouk camp from al-Hajar al-Aswad on 1 Apr 2015 and held the "
        "camp and the districts round it, under a government siege, until its fighters were "
        "bussed out on 20–21 May 2018. Besieged throughout. The outline follows the camp and "
        "al-Hajar al-Aswad to about ±500 m; the parts of al-Tadamon and al-Qadam IS added later "
        "are not dated and only the edge of al-Tadamon is drawn.",
    ),  # fmt: skip
    is_version(
        "is-qalamoun",
        "Qalamoun mountains pocket (Ras Baalbek and al-Qaa outskirts)",
        QALAMOUN,
        status="controlled",
        valid_from="2014-08-01",
        valid_to="2017-08-19",
        valid_from_precision="month",
        countries=["LB", "SY"],
        sources=["sy-alshahid-2017-08-baalbek", "sy-naharnet-2017-08-19-qalamoun"],
        notes="IS held the barren heights on both sides of the border east of Ras Baalbek and "
        "al-Qaa from the summer of 2014 (the Arsal fighting of August 2014; day not fixed) until "
        "the Lebanese army's 'Dawn of the Outskirts' and the Syrian–Hezbollah offensive began "
        "on 19 Aug 2017. Line by judgement, ±3 km; kept off the Lebanese towns.",
    ),  # fmt: skip
    is_version(
        "is-qalamoun",
        "Qalamoun mountains pocket (Ras Baalbek and al-Qaa outskirts)",
        QALAMOUN_LAST,
        status="controlled",
        valid_from="2017-08-19",
        valid_to="2017-08-28",
        countries=["LB", "SY"],
        sources=["sy-lcps-2017-08-qalamoun", "sy-wp-qalamoun-offensive-2017"],
        notes="The part left after the first days of both offensives; IS agreed to withdraw to "
        "Abu Kamal and the offensive ended on 28 Aug 2017. Line by judgement, ±3 km.",
    ),  # fmt: skip
    is_version(
        "is-al-tanf",
        "Al-Tanf crossing and the Damascus–Baghdad highway",
        AL_TANF,
        status="controlled",
        valid_from="2015-05-21",
        valid_to="2016-03-05",
        sources=["sy-xinhua-2015-05-22-tanf", "sy-rferl-2016-03-05-tanf"],
        notes="IS took the Syrian side of the al-Tanf crossing on 21 May 2015; rebels coming "
        "from Jordan took it late on 4 Mar 2016 (IS disputed it for some days). The highway "
        "strip is drawn by judgement, ±5 km.",
    ),  # fmt: skip
    is_version(
        "is-hama-pocket",
        "Pocket east of Salamiyah (after Uqayribat)",
        SALAMIYAH_EAST,
        status="besieged",
        valid_from="2017-09-01",
        valid_to="2017-10-01",
        valid_to_precision="month",
        sources=["sy-mee-2017-09-02-uqayribat", "sy-southfront-2017-10-02"],
        notes="The villages east of Salamiyah still held by IS after the army took Uqayribat on "
        "1 Sep 2017, encircled; the army was still taking them in early Oct 2017 (day of the "
        "last not fixed). ±5 km.",
    ),  # fmt: skip
    is_version(
        "is-hama-pocket",
        "North-east Hama pocket",
        NE_HAMA,
        status="controlled",
        valid_from="2017-10-01",
        valid_to="2018-02-09",
        valid_from_precision="month",
        sources=[
            "sy-syriadirect-2018-02-13-idlib",
            "sy-muraselon-2018-02-hama",
            "sy-sohr-2018-02-09-hama",
        ],
        notes="IS held villages in north-east Hama, south Aleppo and south-east Idlib from "
        "late 2017 (day not fixed), encircled by the army in January 2018; the army took the "
        "whole pocket, about 1,100 km², by 9 Feb 2018. ±5 km.",
    ),  # fmt: skip
    is_version(
        "is-hama-pocket",
        "South-east Idlib villages",
        SE_IDLIB,
        status="controlled",
        valid_from="2018-02-09",
        valid_to="2018-02-13",
        sources=["sy-sohr-2018-02-09-hama", "sy-syriadirect-2018-02-13-idlib"],
        notes="IS fighters let out of the Hama pocket took Umm Khalakhil and al-Lweibdeh from "
        "the rebels on 9 Feb 2018 and surrendered there on 13 Feb 2018. ±3 km.",
    ),  # fmt: skip
    version(
        "sy-deir-ez-zor-enclave",
        "Deir ez-Zor government enclave",
        actor=GOV,
        status="besieged",
        valid_from="2014-07-14",
        valid_to="2017-09-05",
        parts=[DEIR_EZ_ZOR_ENCLAVE],
        countries=["SY"],
        sources=[
            "sy-tass-2017-09-09-deir-ez-zor",
            "sy-afp-2014-07-03-deir-ez-zor",
            "sy-wp-deir-ez-zor-offensive-2014",
        ],
        notes="The government-held western districts (al-Jura, al-Qusur, Harabish) and the "
        "airport, besieged by IS from the day it took the city's rebel-held half (14 Jul 2014) "
        "until the army broke through on 5 Sep 2017. From Jan 2017 IS also cut the airport off "
        "from the districts (until 9 Sep 2017); drawn as one enclave. Outline ±1 km.",
    ),  # fmt: skip
    version(
        "sy-kuweires-airbase",
        "Kuweires airbase (besieged)",
        actor=GOV,
        status="besieged",
        valid_from="2014-01-14",
        valid_to="2015-11-10",
        parts=[KUWEIRES_AIRBASE],
        countries=["SY"],
        sources=["sy-armradio-2015-11-11-kuweires", "sy-sohr-2015-11-10-kuweires"],
        notes="Besieged since 2013, by IS from the start of the data; the army broke the "
        "siege on 10 Nov 2015. Base perimeter ±500 m.",
    ),  # fmt: skip
    version(
        "sy-tabqa-airbase",
        "Tabqa airbase (besieged)",
        actor=GOV,
        status="besieged",
        valid_from="2014-01-14",
        valid_to="2014-08-24",
        parts=[TABQA_AIRBASE],
        countries=["SY"],
        sources=["sy-lwj-2014-08-24-tabqa", "sy-reuters-2014-08-24-tabqa"],
        notes="The army's last foothold in Raqqa province, surrounded by IS ground from "
        "Jan 2014; overrun on 24 Aug 2014. Base perimeter ±500 m.",
    ),  # fmt: skip
    version(
        "sy-kobani-siege",
        "Kobani during the siege",
        actor="ypg",
        status="contested",
        valid_from="2014-10-06",
        valid_to="2015-01-26",
        parts=[KOBANI_TOWN],
        countries=["SY"],
        sources=["sy-reuters-2014-10-06-kobani", "wp-siege-of-kobani"],
        notes="IS fighters entered the eastern side of the town on 6 Oct 2014 and held up to "
        "half of it in October–November; the YPG drove them out by 26 Jan 2015. The town is "
        "shown contested, not split, because the line moved street by street. Outline ±300 m.",
    ),  # fmt: skip
]
