"""The SDF's north-east of Syria, 10 October 2015 to the end of 2019.

Between the dates the sources give for the SDF's advances, versions are also split at the days
IS lost ground nearby (Raqqa, al-Omar, Busayrah, Hajin, al-Susah, Baghouz), with the same
outline: the outline reaches toward the IS front and the builder cuts IS ground away, so the
splits keep the SDF's edge on the front.
"""

from sides_kurds_common import HOLES_NOTE, SDF_NOTE, SY, shape, timeline
from sides_kurds_syria import (
    DEZ_GOV_EAST_BANK,
    EAST_BANK,
    EUPHRATES_NORTH,
    HAWL_2015,
    MANBIJ,
    MANBIJ_2017,
    NORTH_2015,
    NORTH_2015_12,
    NORTH_2016,
    PEACE_SPRING,
    RAQQA_NORTH,
    TAL_ABYAD_2019,
    TISHRIN_WEST,
)

CUT = " Ground IS still held inside the outline on any day is not the SDF's."
NOTE = SDF_NOTE + HOLES_NOTE + CUT
BASE_2016 = [NORTH_2016, TISHRIN_WEST, MANBIJ]
RIVER_2017 = [NORTH_2016, TISHRIN_WEST, MANBIJ_2017, EUPHRATES_NORTH]
EAST_2017 = RIVER_2017 + [EAST_BANK]


def east(day, minus=None):
    """The SDF's whole east bank on `day`, without the government's bridgehead at Deir ez-Zor
    and, in October 2019, the ground lost to the Turkish-backed forces."""
    area = shape(EAST_2017, day)[0].difference(DEZ_GOV_EAST_BANK)
    return [area.difference(minus) if minus is not None else area]


DEZ = ["sk-rudaw-2017-09-10-jazira-storm"]
SDF_NORTH_EAST = timeline("sdf-north-east-syria", "SDF-held north-east Syria", "sdf", SY, [
    ("2015-10-10", "2015-11-13", shape([NORTH_2015], "2015-10-10"),
     ["sk-kurdwatch-2015-10-26-sdf-founded", "sk-reuters-2015-10-12-sdf-alliance"],
     "The YPG's strip from the Euphrates to the Tigris passes to the SDF on its founding."
     + NOTE),
    ("2015-11-13", "2015-12-26", shape([NORTH_2015, HAWL_2015], "2015-11-13"),
     ["sy-kdn-2015-11-13-hawl", "sy-xinhua-2015-11-14-hawl"],
     "With al-Hawl and the villages south-east of Hasakah (13 November 2015)." + NOTE),
    ("2015-12-26", "2016-02-19", shape([NORTH_2015_12, TISHRIN_WEST], "2015-12-26"),
     ["sk-rudaw-2015-12-27-tishrin", "sk-wp-tishrin-dam-offensive"],
     "With the south of the Kobani canton and the Tishrin dam (23-30 December 2015; the dam "
     "on 26 December)." + NOTE),
    ("2016-02-19", "2016-06-10", shape([NORTH_2016, TISHRIN_WEST], "2016-02-19"),
     ["core-reuters-2016-02-19-shaddadi"],
     "With the Khabur valley to Shaddadi (19 February 2016); the southern line is approximate "
     "(about 10 km)." + NOTE),
    ("2016-06-10", "2016-08-12", shape(BASE_2016, "2016-06-10"), ["wp-manbij-offensive-2016"],
     "The Manbij offensive crossed the Euphrates on 31 May 2016 and encircled the town by "
     "10 June; the countryside round it is drawn, the town (IS) is not." + NOTE),
    ("2016-08-12", "2016-08-23", shape(BASE_2016, "2016-08-12"),
     ["sy-sostre-2016-08-manbij", "wp-manbij-offensive-2016"],
     "With Manbij (12 August 2016), south of the Sajur river; Jarabulus and the border to the "
     "west went to the Turkish-backed forces from 24 August." + NOTE),
    ("2016-08-23", "2016-11-06", shape(BASE_2016, "2016-08-23"),
     ["sk-k24-2016-08-23-hasakah-ceasefire"],
     "After a week of fighting in Hasakah the government kept only the security square in the "
     "centre (ceasefire of 23 August 2016)." + NOTE),
    ("2016-11-06", "2017-03-06", shape(BASE_2016 + [RAQQA_NORTH], "2016-11-06"),
     ["core-wp-battle-of-raqqa-2017"],
     "The Raqqa campaign's first phases (from 6 November 2016) took the countryside north of "
     "Raqqa and west to the Tabqa dam; the line is approximate (about 10 km)." + NOTE),
    ("2017-03-06", "2017-05-10", shape(RIVER_2017, "2017-03-06"),
     ["core-wp-battle-of-tabqa", "core-wp-battle-of-raqqa-2017", "sk-sputnik-2017-03-06-manbij",
      "sk-reuters-2017-03-02-manbij-villages"],
     "East of Raqqa the SDF reached the Euphrates (early March 2017) and landed south of Lake "
     "Assad to take the Tabqa air base (26 March); drawn to the river. West of Manbij the "
     "villages facing the Turkish-backed forces were handed to the Syrian army (reported "
     "done on 6 March)." + NOTE),
    ("2017-05-10", "2017-06-06", shape(RIVER_2017, "2017-05-10"),
     ["sy-xinhua-2017-05-10-tabqa"], "With Tabqa town and dam (10 May 2017)." + NOTE),
    ("2017-06-06", "2017-09-09", shape(RIVER_2017, "2017-06-06"),
     ["core-wp-battle-of-raqqa-2017"],
     "The battle for Raqqa city (from 6 June 2017); the districts IS held are cut away."
     + NOTE),
    ("2017-09-09", "2017-09-18", east("2017-09-09"), DEZ,
     "Jazira Storm (from 9 September 2017) down the Khabur to the Deir ez-Zor industrial zone, "
     "drawn to the east bank of the Euphrates." + NOTE),
    ("2017-09-18", "2017-10-17", east("2017-09-18"), DEZ + ["sy-tass-2017-09-09-deir-ez-zor"],
     "The government crossed the Euphrates at Deir ez-Zor in mid-September 2017; its "
     "bridgehead on the east bank (Husseiniyah to Khasham) is left out." + NOTE),
    ("2017-10-17", "2017-10-22", east("2017-10-17"), ["sy-alaraby-2017-10-17-raqqa"],
     "With Raqqa (17 October 2017)." + NOTE),
    ("2017-10-22", "2017-11-12", east("2017-10-22"), ["sy-voa-2017-10-22-omar"],
     "With the al-Omar oil field (22 October 2017)." + NOTE),
    ("2017-11-12", "2018-07-01", east("2017-11-12"), ["core-wp-al-busayrah"],
     "With Busayrah and Markada (November 2017)." + NOTE),
    ("2018-07-01", "2018-12-14", east("2018-07-01"), ["sy-sohr-2018-07-enclave"],
     "With the desert enclave on the Hasakah-Deir ez-Zor border (about 1,700 km², July "
     "2018); date known to the month." + NOTE, {"valid_from_precision": "month"}),
    ("2018-12-14", "2019-01-18", east("2018-12-14"), ["sy-france24-2018-12-14-hajin"],
     "With Hajin (14 December 2018)." + NOTE),
    ("2019-01-18", "2019-02-09", east("2019-01-18"), ["sy-smart-2019-01-18-susah"],
     "With al-Susah (18 January 2019)." + NOTE),
    ("2019-02-09", "2019-03-23", east("2019-02-09"), ["sy-efe-2019-02-10-baghouz"],
     "The battle for Baghouz (from 9 February 2019); the last pocket is IS's." + NOTE),
    ("2019-03-23", "2019-10-13", east("2019-03-23"),
     ["sy-afp-2019-03-23-baghouz", "wp-battle-of-baghuz"],
     "With Baghouz (23 March 2019): the whole east bank of the Euphrates. Turkey's offensive "
     "began on 9 October 2019." + SDF_NOTE + HOLES_NOTE),
    ("2019-10-13", "2019-10-20", east("2019-10-13", TAL_ABYAD_2019),
     ["wp-2019-turkish-offensive"],
     "Tal Abyad and its countryside lost to the Turkish-backed forces (13 October 2019); line "
     "approximate (about 10 km)." + SDF_NOTE + HOLES_NOTE),
    ("2019-10-20", None, east("2019-10-20", PEACE_SPRING),
     ["sk-straitstimes-2019-10-20-ras-al-ain", "wp-2019-turkish-offensive"],
     "After the SDF left Ras al-Ayn (20 October 2019): the zone between Tal Abyad and Ras "
     "al-Ayn, about 30 km deep, is the Turkish-backed forces'; Syrian army posts deployed along "
     "the border elsewhere under the Russian-Turkish deal of 22 October, in ground the SDF "
     "still administered." + SDF_NOTE + HOLES_NOTE),
], precision_km=10)  # fmt: skip
