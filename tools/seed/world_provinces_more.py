"""Provinces abroad where IS held towns for weeks or months: Marawi, Qandala, Bama and Gwoza.

A province abroad is drawn from the day IS announced that it accepted the local pledge (here
Adnani's audio of 12 March 2015 for West Africa), not from the local pledge: ground a group held
before IS took it in is that group's, not IS's. Boko Haram held Bama and Gwoza from August and
September 2014 under its own "caliphate"; they are drawn only from 12 March 2015.
"""

from world_spec import circle, version

MARAWI = "is-east-asia-marawi"
MARAWI_NAME = "East Asia Province: Marawi, Philippines"
# The militants' ground lay east of the Agus River, which leaves Lake Lanao through the city,
# down to the lake shore ("the southern part of Marawi"). The country outline does not cut the
# lake out, so the southern edges are set near the shore by hand, not by clipping.
MARAWI_CENTRE = [(124.280, 8.018), (124.310, 8.018), (124.310, 7.990), (124.280, 7.990)]
MARAWI_POCKET = [(124.287, 8.001), (124.297, 8.001), (124.297, 7.992), (124.287, 7.992)]
MARAWI_LAST_BUILDINGS = [(124.2915, 7.9950), (124.2930, 7.9950), (124.2930, 7.9935),
                         (124.2915, 7.9935)]  # fmt: skip
MARAWI_NOTE = (
    " The lines inside the city are drawn by judgement from the reported areas and the river "
    "crossings; they are approximate to about 500 m."
)

MARAWI_VERSIONS = [
    version(
        MARAWI,
        MARAWI_NAME,
        status="contested",
        valid_from="2017-05-23",
        valid_to="2017-06-22",
        countries=["PH"],
        sources=[
            "ab-wp-siege-of-marawi",
            "ab-manilatimes-2017-10-18-marawi-timeline",
            "ab-mindanews-2017-10-23-marawi",
        ],
        notes="IS-aligned Maute and Abu Sayyaf fighters seized parts of Marawi on 23 May 2017 "
        "(city hall, a hospital, the jail, the main street) while the army held its camp and "
        "the roads in: the city centre east of the Agus River was split between the sides, "
        "hence contested." + MARAWI_NOTE,
        parts=[MARAWI_CENTRE],
    ),
    version(
        MARAWI,
        MARAWI_NAME,
        status="besieged",
        valid_from="2017-06-22",
        valid_to="2017-10-17",
        countries=["PH"],
        sources=["ab-inquirer-2017-06-marawi-cornered", "ab-straitstimes-2017-marawi-10ha"],
        notes="By the fifth week the militants' area was 'reduced to 1 square kilometer', with "
        "troops coming from the east and north and blocking the three bridges over the river "
        "to the west: encircled, hence besieged. It shrank to about 10 hectares in the south "
        "of the city by September; drawn as the one square kilometre throughout because the "
        "lines in between were not published." + MARAWI_NOTE,
        parts=[MARAWI_POCKET],
    ),
    version(
        MARAWI,
        MARAWI_NAME,
        status="besieged",
        valid_from="2017-10-17",
        valid_to="2017-10-23",
        countries=["PH"],
        sources=[
            "ab-ap-2017-10-17-marawi",
            "ab-abscbn-2017-10-17-marawi",
            "ab-abscbn-2017-10-23-marawi",
            "ab-mindanews-2017-10-23-marawi",
        ],
        notes="President Duterte declared Marawi 'liberated' on 17 October 2017, the day after "
        "Isnilon Hapilon and Omar Maute were killed, while fighting went on in 'about two "
        "hectares'; the last fighters held two buildings, one a mosque, until Defense "
        "Secretary Lorenzana announced the end of combat operations on 23 October." + MARAWI_NOTE,
        parts=[MARAWI_LAST_BUILDINGS],
    ),
]

QANDALA_VERSIONS = [
    version(
        "is-somalia-qandala",
        "Somalia Province: Qandala, Puntland",
        status="controlled",
        confidence="confirmed",
        valid_from="2016-10-26",
        valid_to="2016-12-07",
        countries=["SO"],
        sources=[
            "ab-reuters-2016-10-26-qandala",
            "ab-dw-2016-10-26-qandala",
            "ab-wp-qandala-campaign",
            "ab-afp-2016-12-07-qandala",
            "ab-goobjoog-2016-12-qandala",
        ],
        notes="The port town of Qandala, which Abdulqadir Mumin's IS faction took after a short "
        "fight on Wednesday 26 October 2016, raising its flag over the police station; "
        "Puntland forces retook it on Wednesday 7 December 2016. The town and its edge "
        "(about 4 km round the centre) only: the fighters moved in the hills around it.",
        parts=[circle(49.8728, 11.4720, 4)],
    ),
]

BORNO = "is-west-africa-borno-towns"
BORNO_NAME = "West Africa Province: Bama and Gwoza, Nigeria"
BAMA, GWOZA = circle(13.6895, 11.5213, 5), circle(13.6960, 11.0831, 5)
BORNO_NOTE = (
    " Boko Haram took Gwoza in August and Bama in September 2014 and ruled them as its own "
    "'caliphate'; they count as IS ground only from 12 March 2015, when IS spokesman Adnani "
    "announced that Baghdadi had accepted Shekau's pledge. The towns and their edges (5 km "
    "round each centre) are drawn; the Sambisa forest between them is not, for want of a "
    "reported line."
)

BORNO_VERSIONS = [
    version(
        BORNO,
        BORNO_NAME,
        status="controlled",
        confidence="confirmed",
        valid_from="2015-03-12",
        valid_to="2015-03-16",
        countries=["NG"],
        sources=[
            "ab-reuters-2015-03-12-adnani",
            "ab-globaldispatch-2015-03-boko-haram",
            "ab-reuters-2015-03-16-bama",
            "ab-ibtimes-2015-03-bama",
        ],
        notes="Bama and Gwoza, two of the last towns Boko Haram held when its pledge was "
        "accepted; the Nigerian army announced on Monday 16 March 2015 that it had retaken "
        "Bama." + BORNO_NOTE,
        parts=[BAMA, GWOZA],
    ),
    version(
        BORNO,
        BORNO_NAME,
        status="controlled",
        confidence="confirmed",
        valid_from="2015-03-16",
        valid_to="2015-03-27",
        countries=["NG"],
        sources=[
            "ab-reuters-2015-03-16-bama",
            "ab-reuters-2015-03-27-gwoza",
            "ab-pulse-2015-03-27-gwoza",
        ],
        notes="Gwoza alone, the seat of Boko Haram's self-styled caliphate, until the army "
        "said on Friday 27 March 2015 that troops had taken it that morning." + BORNO_NOTE,
        parts=[GWOZA],
    ),
]

FEATURES = MARAWI_VERSIONS + QANDALA_VERSIONS + BORNO_VERSIONS
