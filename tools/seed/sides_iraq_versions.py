"""Iraq's sides other than IS and the government: the Kurdistan Region, the Popular
Mobilisation where sources name it as the holder, and the open Anbar desert no one held."""

from shapely.geometry import Polygon
from sides_kurds_common import IQ, timeline
from sides_kurds_iraq_shapes import (
    AMERLI,
    BAAJ_BORDER,
    BASHIQA_2016,
    DIYALA,
    KIRKUK,
    KRG_2003,
    MAKHMOUR,
    MOSUL_DAM,
    NINEVEH_PLAINS,
    QAIM_BORDER,
    RABIA,
    SINJAR_MOUNTAIN,
    SINJAR_TOWN_SOUTH,
    TUZ_KHURMATU,
    WEST_MOSUL_BELT,
    ZUMAR,
    anbar_desert,
)

# Sinjar town and its plain, widened about 2.5 km to meet the belt and the Baaj desert.
SINJAR_PLAIN = Polygon(SINJAR_TOWN_SOUTH).buffer(0.025)
KRG_NOTE = (
    " Peshmerga-held ground; the line with the rest of Iraq is the assessed front, not the legal "
    "line, and reaches toward the IS front (IS-held ground is cut away day by day)."
)
JUNE = ["sk-rudaw-2014-06-17-peshmerga-disputed", "iq-reuters-2014-06-12-kirkuk"]
CORE = [KRG_2003, KIRKUK, DIYALA]
KRG = timeline("kurdistan-region-iraq", "Kurdistan Region of Iraq (Peshmerga-held)",
               "kurdistan-region", IQ, [
    ("2014-01-01", "2014-06-12", [KRG_2003], ["sk-dailystar-2017-10-19-june-2014-lines"],
     "The three provinces inside the 2003 line. Peshmerga already shared some disputed "
     "districts with the army before June 2014; they are drawn from 12 June." + KRG_NOTE),
    ("2014-06-12", "2014-08-02",
     CORE + [SINJAR_MOUNTAIN, SINJAR_TOWN_SOUTH, RABIA, ZUMAR, MOSUL_DAM, NINEVEH_PLAINS,
             MAKHMOUR], JUNE,
     "When the army left the disputed territories (from 12 June 2014) the Peshmerga took "
     "Kirkuk, Sinjar, Rabia, Zumar, the Mosul dam, the Nineveh Plains, Makhmour, Khanaqin and "
     "part of Jalawla." + KRG_NOTE),
    ("2014-08-02", "2014-08-03",
     CORE + [SINJAR_MOUNTAIN, SINJAR_TOWN_SOUTH, RABIA, MOSUL_DAM, NINEVEH_PLAINS, MAKHMOUR],
     ["iq-scmp-2014-08-04-sinjar"], "Zumar lost to IS (2 August 2014)." + KRG_NOTE),
    ("2014-08-03", "2014-08-07", CORE + [MOSUL_DAM, NINEVEH_PLAINS, MAKHMOUR],
     ["iq-aljazeera-2014-08-05-sinjar", "wp-sinjar-massacre"],
     "Sinjar and Rabia lost to IS (3 August 2014)." + KRG_NOTE),
    ("2014-08-07", "2014-08-10", CORE,
     ["iq-rferl-2014-08-07-qaraqosh", "sk-wp-battle-for-mosul-dam"],
     "The Nineveh Plains, Makhmour, Gwer and the Mosul dam lost to IS (6-7 August 2014)."
     + KRG_NOTE),
    ("2014-08-10", "2014-08-18", CORE + [MAKHMOUR], ["iq-rudaw-2014-08-10-gwer"],
     "Gwer and Makhmour retaken (10 August 2014); Jalawla lost to IS on 11 August." + KRG_NOTE),
    ("2014-08-18", "2014-09-30", CORE + [MAKHMOUR, MOSUL_DAM],
     ["sk-bloomberg-2014-08-18-mosul-dam", "sk-wp-battle-for-mosul-dam"],
     "The Mosul dam retaken with Iraqi special forces and US air strikes (16-18 August 2014)."
     + KRG_NOTE),
    ("2014-09-30", "2014-10-25", CORE + [MAKHMOUR, MOSUL_DAM, RABIA],
     ["iq-haaretz-2014-09-30-rabia"], "Rabia retaken (30 September 2014)." + KRG_NOTE),
    ("2014-10-25", "2014-12-19", CORE + [MAKHMOUR, MOSUL_DAM, RABIA, ZUMAR],
     ["iq-newsweek-2014-10-25-zumar"],
     "Zumar retaken (25 October 2014); Jalawla back with the Peshmerga from 23 November."
     + KRG_NOTE),
    ("2014-12-19", "2015-11-13", CORE + [MAKHMOUR, MOSUL_DAM, RABIA, ZUMAR, SINJAR_MOUNTAIN],
     ["wp-november-2015-sinjar-offensive"],
     "The corridor to Mount Sinjar opened in December 2014 (day approximate, 17-21 "
     "December); Sinjar town stayed with IS." + KRG_NOTE),
    ("2015-11-13", "2016-10-17",
     CORE + [MAKHMOUR, MOSUL_DAM, RABIA, ZUMAR, SINJAR_MOUNTAIN, SINJAR_TOWN_SOUTH],
     ["iq-aljazeera-2015-11-13-sinjar", "wp-november-2015-sinjar-offensive"],
     "Sinjar town retaken (13 November 2015)." + KRG_NOTE),
    ("2016-10-17", "2017-10-16",
     CORE + [MAKHMOUR, MOSUL_DAM, RABIA, ZUMAR, SINJAR_MOUNTAIN, SINJAR_TOWN_SOUTH,
             BASHIQA_2016],
     ["iq-aranews-2016-11-07-bashiqa", "iq-worldbulletin-2016-11-10-bashiqa"],
     "The Mosul offensive (from 17 October 2016): the Peshmerga took the villages north-east "
     "of Mosul and Bashiqa (7 November); Bartella, Qaraqosh and Tel Kaif went to the army."
     + KRG_NOTE),
    ("2017-10-16", "2017-10-17",
     [KRG_2003, DIYALA, MAKHMOUR, MOSUL_DAM, RABIA, ZUMAR, SINJAR_MOUNTAIN, SINJAR_TOWN_SOUTH,
      BASHIQA_2016], ["iq-hurriyet-2017-10-16-kirkuk", "wp-iraqi-kurdish-conflict-2017"],
     "Kirkuk taken by federal forces on 16 October 2017." + KRG_NOTE),
    ("2017-10-17", None, [KRG_2003],
     ["sk-anews-2017-10-17-diyala", "rferl-2017-10-18-kurdish-areas",
      "sk-dailystar-2017-10-19-june-2014-lines"],
     "On 17-18 October 2017 the Peshmerga left Sinjar, Makhmour, Bashiqa, the Mosul dam, "
     "Khanaqin and Jalawla, back to about the 2003 line; drawn from 17 October for all."
     + KRG_NOTE),
], precision_km=10)  # fmt: skip

PMF_NOTE = " Held by Popular Mobilisation units, which sources name rather than the army."
PMF = timeline("pmf-amerli", "Amerli, Sulaiman Bek and Tuz Khurmatu (Popular Mobilisation)",
               "popular-mobilisation", IQ, [
    ("2014-09-01", "2017-10-16", [AMERLI],
     ["iq-cbs-2014-08-31-amirli", "iq-afp-2014-09-01-sulaiman-bek", "sk-presstv-2016-04-28-tuz"],
     "Amerli, whose siege Shiite militias and the army broke on 31 August 2014, and Sulaiman "
     "Bek, retaken on 1 September; Tuz Khurmatu, shared with the Peshmerga and later policed, "
     "is left to the government. Line approximate (about 5 km)." + PMF_NOTE),
    ("2017-10-16", None, [AMERLI, TUZ_KHURMATU],
     ["sk-kurdiu-2017-12-28-tuz", "sk-rudaw-2018-08-23-tuz", "wp-iraqi-kurdish-conflict-2017"],
     "With Tuz Khurmatu, which the Peshmerga left on 16 October 2017; the Turkmen units of the "
     "Popular Mobilisation held it beside the army and police; special police later took "
     "over some of their posts." + PMF_NOTE),
], precision_km=5) + timeline("pmf-west-nineveh", "West of Mosul (Popular Mobilisation)",
                              "popular-mobilisation", IQ, [
    ("2016-11-23", "2017-06-01", [WEST_MOSUL_BELT],
     ["sk-reuters-2016-11-23-pmf-encircle", "sk-lwj-2016-11-pmf-tal-afar"],
     "The belt the PMF cut west of Mosul from the Qayyarah airfield past the Tal Afar airport "
     "to the Peshmerga at Sinjar (23 November 2016)." + PMF_NOTE),
    ("2017-06-01", "2017-10-17", [WEST_MOSUL_BELT, BAAJ_BORDER], ["sk-lwj-2016-11-pmf-tal-afar"],
     "Qairawan, Baaj and the desert to the Syrian border, taken in late May and early June "
     "2017; day not fixed. Tal Afar town (31 August) went to the army." + PMF_NOTE,
     {"valid_from_precision": "month"}),
    ("2017-10-17", None, [WEST_MOSUL_BELT, BAAJ_BORDER, SINJAR_PLAIN],
     ["sk-dailysabah-2017-10-17-sinjar"],
     "With Sinjar town and the plain south of the mountain, taken over by a Yazidi unit of the "
     "Popular Mobilisation when the Peshmerga left (17 October 2017)." + PMF_NOTE),
], precision_km=15) + timeline("pmf-qaim-border", "Syrian border north of al-Qaim (Popular "
                               "Mobilisation)", "popular-mobilisation", IQ, [
    ("2017-12-22", None, [QAIM_BORDER],
     ["sk-aljazeera-2017-12-23-pmf-border", "sk-defensepost-2017-11-04-qaim",
      "sk-almasdar-2019-12-kh-border"],
     "PMF brigades took over border-guard positions north of al-Qaim on 22 December 2017 and "
     "kept bases there; the army called the deployment temporary. Strip about 8 km wide, drawn "
     "by judgement." + PMF_NOTE),
], precision_km=10)  # fmt: skip

DESERT_NOTE = (
    "The open desert south and west of the Euphrates valley to the Jordanian and Saudi "
    "borders, which reporters and officials describe as a no man's land that neither "
    "Baghdad nor IS held as territory (IS ground in it is cut away day by day). Rutba, "
    "Nukhayb, Akashat, Ain al-Asad and the border crossings are left to whoever held them. "
    "The Karbala, Najaf and Muthanna deserts, quiet and policed, stay government ground. "
    "Edge about 15 km from the river towns, drawn by judgement."
)
DESERT = ["sk-aljazeera-2018-10-31-anbar-desert", "sk-memo-2017-04-24-anbar-desert",
          "sk-niqash-2017-12-13-anbar-road"]  # fmt: skip
SPLIT = (
    " Same outline as the other versions of this desert; split where IS lost its ground in "
    "Anbar (Rutba, 19 May 2016; al-Qaim and Rawa, November 2017) so that the ground IS held is "
    "cut only while it held it."
)
NO_ONE = timeline("no-one-anbar-desert", "Open Anbar desert", "no-one", IQ, [
    ("2014-01-01", "2016-05-19", [anbar_desert()], DESERT, DESERT_NOTE + SPLIT),
    ("2016-05-19", "2017-11-17", [anbar_desert()], DESERT + ["core-thenational-2016-05-19-rutba"],
     DESERT_NOTE + SPLIT),
    ("2017-11-17", None, [anbar_desert()], DESERT + ["iq-ap-2017-11-17-rawa"],
     DESERT_NOTE + SPLIT),
], status="unheld", precision_km=20)  # fmt: skip

FEATURES = KRG + PMF + NO_ONE
