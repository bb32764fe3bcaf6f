"""The south (Deraa, Quneitra), the south-eastern desert, al-Tanf and the unheld Badia."""

import sides_syria_west_shapes as s
from sides_syria_west_base import (
    OPP,
    START,
    union,
    v,
)

SO, SO_NAME = "opposition-south", "Opposition-held south (Deraa and Quneitra)"
SO_NOTE = (
    " The Southern Front and the Islamist factions beside it. Cut out as government ground: "
    "Deraa al-Mahatta and the M5 corridor north through Khirbet Ghazaleh, Izra and "
    "al-Sanamayn, and Baath city with Khan Arnabah in Quneitra."
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
        (START, "2014-08-27"),
        ["sw-jpost-2018-07-06-deraa", "sw-dw-2014-08-27-quneitra"],
        "Western and eastern Deraa, the Lajat and southern Quneitra; Nawa, Sheikh Maskin, Tal "
        "al-Harra and central Quneitra with its crossing are still the army's." + SO_NOTE,
        s.minus(
            s.SOUTH_2014, s.M5_GOV, s.BAATH_CITY, s.NAWA_2014, s.SHEIKH_MASKIN, s.QUNEITRA_2014
        ),
        8,
    ),
    v(
        SO,
        SO_NAME,
        OPP,
        ("2014-08-27", "2014-11-09"),
        ["sw-dw-2014-08-27-quneitra"],
        "With the Quneitra crossing (27 Aug 2014) and most of Quneitra; Tal al-Harra (5 Oct "
        "2014) is taken out only at the next version." + SO_NOTE,
        s.minus(s.SOUTH_2014, s.M5_GOV, s.BAATH_CITY, s.NAWA_2014, s.SHEIKH_MASKIN),
        8,
    ),
    v(
        SO,
        SO_NAME,
        OPP,
        ("2014-11-09", "2015-03-25"),
        ["sw-almonitor-2014-11-nawa"],
        "With Nawa (9 Nov 2014) and Sheikh Maskin, whose siege the rebels broke on 6 Nov 2014; "
        "the army's February 2015 gains north of it are not drawn." + SO_NOTE,
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
