"""The YPG's ground (to 9 October 2015) and the SDF's in the north-west (Afrin, Tal Rifaat,
Sheikh Maqsoud), which was cut off from the north-east."""

from sides_kurds_common import HOLES_NOTE, SDF_NOTE, SY, YPG_NOTE, shape, timeline
from sides_kurds_syria import (
    ABDULAZIZ,
    AFRIN_CANTON,
    AFRIN_FEB_2018,
    AFRIN_MAR_2018,
    JAZIRA_2014,
    JAZIRA_2015,
    KOBANI_BESIEGED,
    KOBANI_CANTON,
    NORTH_2015,
    SHEIKH_MAQSOUD,
    TAL_RIFAAT,
)

JAZ = ["sk-nationalia-2014-01-29-afrin-canton", "sk-rudaw-2015-01-21-hasakah"]
YPG_NORTH_EAST = timeline("ypg-north-east-syria", "YPG-held north-east Syria", "ypg", SY, [
    ("2014-01-01", "2015-02-27", shape([JAZIRA_2014], "2014-01-01"), JAZ,
     "The Jazira canton from Ras al-Ayn to the Tigris, north of Tal Brak and Tal Hamis; the "
     "north and east of Hasakah city (the government held about half)." + YPG_NOTE + HOLES_NOTE),
    ("2015-02-27", "2015-05-20", shape([JAZIRA_2015], "2015-02-27"),
     JAZ + ["core-wp-eastern-hasakah-offensive-2015"],
     "After the eastern Hasakah offensive took Tal Brak and Tal Hamis (February 2015); the "
     "southern line east of Hasakah is approximate (about 10 km)." + YPG_NOTE + HOLES_NOTE),
    ("2015-05-20", "2015-06-16", shape([JAZIRA_2015, ABDULAZIZ], "2015-05-20"),
     ["sk-kurdwatch-2015-05-22-abdulaziz", "sk-aranews-2015-05-20-abdulaziz"],
     "With Mount Abdulaziz (20 May 2015) and the countryside west of Hasakah, taken in the "
     "offensive of May 2015; line approximate (about 10 km)." + YPG_NOTE + HOLES_NOTE),
    ("2015-06-16", "2015-08-01", shape([NORTH_2015], "2015-06-16"),
     ["kurdwatch-2015-06-21-tal-abyad", "sk-kurdwatch-2015-07-23-hasakah"],
     "After Tal Abyad (16 June 2015) one strip from the Euphrates at Kobani to the Tigris, "
     "with Ain Issa, Mount Abdulaziz and, from 19 July, the ring round Hasakah." + YPG_NOTE
     + HOLES_NOTE),
    ("2015-08-01", "2015-10-10", shape([NORTH_2015], "2015-08-01"),
     ["sk-afp-2015-08-hasakah-70-percent", "sk-kurdwatch-2015-07-23-hasakah"],
     "The YPG held about 70 % of Hasakah city after IS's attack on its south was beaten back; "
     "the government kept the centre (about a fifth). Date known to the month." + YPG_NOTE
     + HOLES_NOTE, {"valid_from_precision": "month"}),
], precision_km=10)  # fmt: skip

KOB = ["sk-nationalia-2014-01-27-kobani-canton", "core-wp-siege-of-kobani"]
YPG_KOBANI = timeline("ypg-kobani", "Kobani canton (YPG)", "ypg", SY, [
    ("2014-01-01", "2014-09-13", [KOBANI_CANTON], KOB,
     "The Kobani canton east of the Euphrates, before IS's offensive of 13 September 2014 "
     "took nearly all its villages." + YPG_NOTE),
    ("2014-09-13", "2014-10-06", [KOBANI_BESIEGED], KOB + ["sy-reuters-2014-10-06-kobani"],
     "Kobani town besieged as the countryside fell; from 6 October 2014, when IS fighters "
     "entered its eastern side, the town is shown contested in its own territory (a gap in "
     "this one) until the YPG drove them out on 26 January 2015.", {"status": "besieged"}),
    ("2015-01-26", "2015-06-16", [KOBANI_CANTON], KOB + ["sy-afp-2015-01-26-kobani"],
     "Kobani town from 26 January 2015, after the gap in which it is shown contested, and the "
     "canton's villages as the YPG and its FSA allies retook them in February-April; the "
     "villages IS still held on a day are cut away. Joined to the Jazira at Tal Abyad on "
     "16 June 2015." + YPG_NOTE),
], precision_km=5)  # fmt: skip

AFR = ["sk-nationalia-2014-01-29-afrin-canton"]
YPG_WEST = timeline("ypg-afrin", "Afrin canton (YPG)", "ypg", SY, [
    ("2014-01-01", "2015-10-10", [AFRIN_CANTON], AFR,
     "The Afrin district, declared a self-governing canton in January 2014." + YPG_NOTE),
], precision_km=5) + timeline("ypg-sheikh-maqsoud", "Sheikh Maqsoud, Aleppo (YPG)", "ypg", SY, [
    ("2014-01-01", "2015-10-10", [SHEIKH_MAQSOUD], ["sk-wp-sheikh-maqsood"],
     "The Kurdish district of Sheikh Maqsoud in northern Aleppo, held by the YPG since 2012."
     + YPG_NOTE),
], precision_km=1)  # fmt: skip

SDF_AFRIN = timeline("sdf-afrin", "Afrin and Tal Rifaat (SDF)", "sdf", SY, [
    ("2015-10-10", "2016-02-15", [AFRIN_CANTON], AFR + ["sk-reuters-2015-10-12-sdf-alliance"],
     "The Afrin canton." + SDF_NOTE),
    ("2016-02-15", "2018-01-20", [AFRIN_CANTON, TAL_RIFAAT],
     ["sk-alaraby-2016-02-11-menagh", "sk-voa-2016-02-12-menagh"],
     "With Menagh air base (10-11 February 2016) and Tal Rifaat (15 February), taken from the "
     "rebels; Azaz and the government's Nubl and Zahraa stay outside." + SDF_NOTE),
    ("2018-01-20", "2018-02-15", [AFRIN_CANTON, TAL_RIFAAT], ["sk-metro-2018-03-18-afrin"],
     "Turkey's Olive Branch offensive began on 20 January 2018; the first weeks took only "
     "border villages." + SDF_NOTE),
    ("2018-02-15", "2018-03-08", [AFRIN_FEB_2018, TAL_RIFAAT], ["sk-metro-2018-03-18-afrin"],
     "The border belt lost to the Turkish-backed advance; line drawn by judgement (about "
     "5 km), day not fixed." + SDF_NOTE, {"valid_from_precision": "month"}),
    ("2018-03-08", "2018-03-18", [AFRIN_MAR_2018, TAL_RIFAAT], ["sk-metro-2018-03-18-afrin"],
     "After Jindires fell (8 March 2018) only the centre round Afrin town was left; line drawn "
     "by judgement (about 5 km)." + SDF_NOTE),
    ("2018-03-18", None, [TAL_RIFAAT],
     ["sk-vaticannews-2018-03-18-afrin", "sk-metro-2018-03-18-afrin"],
     "Afrin town fell to the Turkish-backed forces on 18 March 2018; the Tal Rifaat pocket "
     "stayed with the YPG, with Syrian army and Russian posts beside it." + SDF_NOTE),
], precision_km=5) + timeline("sdf-sheikh-maqsoud", "Sheikh Maqsoud, Aleppo (SDF)", "sdf", SY, [
    ("2015-10-10", None, [SHEIKH_MAQSOUD],
     ["sk-wp-sheikh-maqsood", "sk-reuters-2017-sheikh-maqsoud"],
     "The Kurdish district of Sheikh Maqsoud, surrounded by the government's Aleppo after "
     "December 2016 but never retaken." + SDF_NOTE),
], precision_km=1)  # fmt: skip
