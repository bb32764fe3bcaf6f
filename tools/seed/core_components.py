"""The pieces of ground the IS core is drawn from, each with the days it was held.

A version of the core on day D is the union of every `Held` piece whose interval contains D,
minus every `Cut` (ground IS never took, or lost) whose interval contains D, clipped to Syria and
Iraq. Dates are half-open like the API's: `start` is the first day held, `end` the first day not.
`prec` says how exactly a date is known ("day" or "month"); `src` are keys of
fixtures/sources/core.json. Widths are in kilometres. The valleys are drawn wider than the
river: IS held the irrigated strip and the villages and roads along it, and IHS counts that kind
of "territorial dominance" (see CHRONOLOGY.md); open desert is left out except along the roads
IS used, so the sums stay near the IHS series.
"""

from dataclasses import dataclass, field
from datetime import date

from core_geo import block, disc, valley
from core_waypoints import (
    BALIKH,
    EUPHRATES_IRAQ,
    EUPHRATES_SYRIA,
    EUPHRATES_SYRIA_UPPER,
    KHABUR,
    ROAD_PALMYRA_DEIR,
    ROAD_PALMYRA_T4,
    ROAD_QAIM_RUTBA,
    ROAD_SINJAR_MOSUL,
    TIGRIS,
    ZAB_TO_HAWIJA,
    P,
)

D = date.fromisoformat
END = D("2019-03-23")  # territorial defeat at Baghouz: IS holds no ground from this day


@dataclass
class Held:
    name: str
    shape: object
    start: date
    end: date
    src: list
    note: str = ""
    start_prec: str = "day"
    end_prec: str = "day"
    cut: bool = False
    tags: list = field(default_factory=list)


def Cut(*args, **kwargs):
    return Held(*args, cut=True, **kwargs)


def seg(line, a, b):
    """Waypoints a..b (indices, inclusive) of a river line."""
    return line[a : b + 1]


SYRIA = [
    # --- Raqqa and the upper Euphrates -----------------------------------------------------
    Held("Raqqa city", disc(P["raqqa"], 7), D("2014-01-14"), D("2017-10-17"),
         ["core-ap-2016-06-26", "core-wp-battle-of-raqqa-2017"],
         "Full IS control from 14 Jan 2014; taken by the SDF on 17 Oct 2017."),
    Held("Euphrates valley Tabqa–Raqqa–Maadan", valley(seg(EUPHRATES_SYRIA, 0, 4), 22),
         D("2014-01-14"), D("2017-06-06"), ["core-ap-2016-06-26", "core-wp-battle-of-raqqa-2017"],
         "Raqqa's countryside; encircled when the SDF's assault on Raqqa began on 6 Jun 2017.",
         end_prec="month"),
    Held("Tabqa city and dam", disc(P["tabqa"], 8), D("2014-01-14"), D("2017-05-10"),
         ["core-wp-battle-of-tabqa", "core-aljazeera-tabqa-2014"],
         "Tabqa town from early 2014 (airbase Aug 2014); city and dam taken by the SDF 10 May 2017.",
         start_prec="month"),
    Held("Lake Assad south shore to Maskanah", valley([P["maskanah"], (38.3, 35.85), P["tabqa"]], 22),
         D("2014-01-14"), D("2017-06-03"), ["core-wp-battle-of-tabqa"],
         "Syrian army retook Maskanah on 3 Jun 2017.", start_prec="month"),
    Held("Euphrates valley Maadan–Deir ez-Zor", valley(seg(EUPHRATES_SYRIA, 4, 8), 22),
         D("2014-01-14"), D("2017-09-05"), ["core-wp-deir-ez-zor-offensive-2017"],
         "Syrian army down the south bank and SDF in the Jazira, Aug–Sep 2017.",
         start_prec="month", end_prec="month"),
    Held("Balikh valley north: Ain Issa–Tal Abyad", valley(BALIKH[:2], 46),
         D("2014-01-14"), D("2015-06-15"), ["core-wp-tal-abyad-offensive-2015"],
         "Tal Abyad taken by the YPG and allies on 15 Jun 2015 (Ain Issa 23 Jun).",
         start_prec="month"),
    Held("Balikh valley south: Ain Issa–Raqqa", valley(BALIKH[1:], 26), D("2014-01-14"),
         D("2016-12-01"), ["core-wp-battle-of-raqqa-2017"],
         "North Raqqa countryside; SDF 'Wrath of the Euphrates' from Nov 2016.",
         start_prec="month", end_prec="month"),
    Held("Raqqa–Tabqa steppe north of the lake", block([(38.45, 36.05), (38.9, 36.25),
         (39.2, 36.2), (39.1, 35.98), (38.6, 35.9)]), D("2014-01-14"), D("2017-03-01"),
         ["core-wp-battle-of-tabqa"], "SDF reached the lake's north shore in Feb 2017.",
         start_prec="month", end_prec="month"),
    # --- Aleppo countryside ----------------------------------------------------------------
    Held("Manbij and the Tishrin dam", block([(37.75, 36.62), (38.0, 36.7), (38.28, 36.6),
         (38.25, 36.3), (37.9, 36.35)]), D("2014-01-14"), D("2016-08-12"),
         ["core-wp-manbij-offensive-2016"], "Taken by the SDF on 12 Aug 2016.",
         start_prec="month"),
    Held("Jarablus border strip", block([(37.75, 36.62), (37.85, 36.78), (38.02, 36.84),
         (38.05, 36.7), (38.0, 36.7)]), D("2014-01-14"), D("2016-08-24"),
         ["core-wp-euphrates-shield"], "Jarablus taken by Turkish-backed rebels 24 Aug 2016.",
         start_prec="month"),
    Held("Dabiq and the Azaz–al-Bab plain", block([(37.15, 36.5), (37.25, 36.62), (37.55, 36.66),
         (37.75, 36.62), (37.6, 36.45), (37.3, 36.45)]), D("2014-08-13"), D("2016-10-16"),
         ["core-rferl-dabiq"], "Dabiq taken by IS 13 Aug 2014; by Turkish-backed rebels 16 Oct 2016."),
    Held("Al-Bab", block([(37.3, 36.45), (37.6, 36.45), (37.9, 36.35), (37.85, 36.25),
         (37.45, 36.25)]), D("2014-01-14"), D("2017-02-23"), ["core-syriadirect-2017-02-23"],
         "Taken by Turkish-backed forces 23 Feb 2017.", start_prec="month"),
    Held("Deir Hafer–Maskanah plain", block([(37.45, 36.25), (37.85, 36.25), (38.1, 36.05),
         (38.05, 35.95), (37.6, 36.05)]), D("2014-01-14"), D("2017-03-08"),
         ["core-wp-east-aleppo-offensive-2017"], "Syrian army took Deir Hafer 8 Mar 2017.",
         start_prec="month"),
    Held("Kobani countryside", block([(38.1, 36.75), (38.2, 36.85), (38.6, 36.88), (38.7, 36.7),
         (38.4, 36.62), (38.25, 36.6)]), D("2014-09-13"), D("2015-01-27"),
         ["core-wp-siege-of-kobani"], "The siege; the town itself is cut out (never fully taken)."),
    Held("Kobani canton villages", block([(38.0, 36.75), (38.1, 36.86), (38.7, 36.9),
         (38.85, 36.7), (38.6, 36.55), (38.25, 36.55)]), D("2014-09-13"), D("2015-04-01"),
         ["core-wp-siege-of-kobani"], "Villages round Kobani, retaken by the YPG Feb–Mar 2015.",
         end_prec="month"),
    Cut("Kobani town (never fully taken)", disc(P["kobani"], 3), D("2014-01-01"), END,
        ["core-wp-siege-of-kobani"]),
    # --- Khabur and the Syrian Jazira -------------------------------------------------------
    Held("Khabur valley south of al-Hasakah", valley(KHABUR[1:], 24), D("2014-01-14"),
         D("2016-02-19"), ["core-reuters-2016-02-19-shaddadi"],
         "Al-Shaddadi taken by the SDF 19 Feb 2016.", start_prec="month"),
    Held("Lower Khabur: Markada–Busayrah", valley(KHABUR[3:], 24), D("2014-01-14"),
         D("2017-11-12"), ["core-wp-al-busayrah"], "SDF reached Busayrah 12 Nov 2017.",
         start_prec="month"),
    Held("Tell Hamis–Tell Brak countryside", block([(40.85, 36.6), (41.0, 36.85), (41.6, 36.87),
         (41.75, 36.65), (41.4, 36.5), (40.9, 36.45)]), D("2014-01-14"), D("2015-03-01"),
         ["core-wp-eastern-hasakah-offensive-2015"], "Taken by the YPG, late Feb 2015.",
         start_prec="month", end_prec="month"),
    Held("Al-Hawl and the Iraqi border", block([(40.9, 36.45), (41.4, 36.52), (41.3, 36.15),
         (40.95, 36.2)]), D("2014-01-14"), D("2015-11-13"), ["core-wp-al-hawl"],
         "Al-Hawl taken by the SDF 13 Nov 2015.", start_prec="month"),
    Held("Raqqa–Hasakah steppe", block([(39.2, 36.2), (39.7, 36.35), (40.5, 36.3), (40.6, 35.8),
         (39.7, 35.85), (39.2, 35.98)]), D("2014-01-14"), D("2017-01-01"),
         ["core-wp-battle-of-raqqa-2017"], "Cleared by the SDF's 'Wrath of the Euphrates', winter 2016–17.",
         start_prec="month", end_prec="month"),
    Held("Jazira east of the Khabur to the border", block([(40.75, 35.9), (41.25, 36.15),
         (41.2, 35.3), (40.9, 34.95), (40.6, 35.2)]), D("2014-07-01"), D("2017-11-01"),
         ["core-wp-deir-ez-zor-offensive-2017"], "SDF 'Jazira Storm', Sep–Nov 2017.",
         start_prec="month", end_prec="month"),
    Held("Dashisha enclave, Hasakah–Deir ez-Zor border", block([(41.0, 35.7), (41.25, 35.9),
         (41.2, 35.35), (40.95, 35.35)]), D("2014-07-01"), D("2018-07-01"),
         ["core-sohr-2018-07-enclave"], "About 1,670 km² cleared by July 2018 (SOHR).",
         start_prec="month", end_prec="month"),
    Cut("Al-Hasakah city (never held)", disc(P["hasakah"], 6), D("2014-01-01"), END,
        ["core-chronology"]),
    # --- Deir ez-Zor and the middle Euphrates ----------------------------------------------
    Held("Deir ez-Zor city (IS-held districts)", disc(P["deir-ez-zor"], 8), D("2014-07-01"),
         D("2017-11-03"), ["core-wp-deir-ez-zor-offensive-2017"],
         "City divided 2014–2017; fully retaken 3 Nov 2017.", start_prec="month"),
    Cut("Deir ez-Zor government enclave and airport", block([(40.06, 35.30), (40.10, 35.37),
        (40.14, 35.345), (40.20, 35.29), (40.18, 35.26), (40.12, 35.30)]), D("2014-07-01"),
        D("2017-11-03"), ["core-wp-deir-ez-zor-offensive-2017"],
        "Besieged government-held districts (Jura, Qusur) and the airport."),
    Held("Euphrates west bank Deir ez-Zor–Mayadin", valley(seg(EUPHRATES_SYRIA, 8, 12), 26),
         D("2014-07-01"), D("2017-10-14"), ["core-wp-deir-ez-zor-offensive-2017", "core-thenational-2017-10-22"],
         "Mayadin retaken by the Syrian army mid-Oct 2017.", start_prec="month", end_prec="month"),
    Held("Euphrates valley Mayadin–Abu Kamal", valley(seg(EUPHRATES_SYRIA, 12, 20), 24),
         D("2014-07-01"), D("2017-11-19"), ["core-wp-abu-kamal-offensive-2017", "core-ap-2014-07-01"],
         "Abu Kamal taken 1 Jul 2014; finally retaken by the Syrian army 19 Nov 2017; the east bank "
         "from here on is the Hajin pocket.", start_prec="month"),
    Held("Al-Omar oil fields", disc(P["al-omar"], 9), D("2014-07-01"), D("2017-10-22"),
         ["core-voa-2017-10-22"], "Taken by the SDF 22 Oct 2017.", start_prec="month"),
    Held("Abu Kamal", disc(P["abu-kamal"], 5), D("2014-07-01"), D("2017-11-19"),
         ["core-ap-2014-07-01", "core-wp-abu-kamal-offensive-2017"]),
    # --- Central desert ---------------------------------------------------------------------
    Held("Palmyra (first IS period)", disc(P["palmyra"], 14), D("2015-05-20"), D("2016-03-27"),
         ["core-wp-palmyra-offensive-2015", "core-reuters-2016-03-27"],
         "Fell 20–21 May 2015; retaken by the Syrian army 27 Mar 2016."),
    Held("Palmyra–T4 road", valley(ROAD_PALMYRA_T4, 20), D("2015-05-20"), D("2016-03-27"),
         ["core-wp-palmyra-offensive-2015"]),
    Held("Palmyra (second IS period)", disc(P["palmyra"], 14), D("2016-12-11"), D("2017-03-02"),
         ["core-aljazeera-2016-12-11", "core-theweek-2017-03-02"]),
    Held("Homs desert roads: Palmyra–Sukhnah–Deir ez-Zor", valley(ROAD_PALMYRA_DEIR[1:], 34),
         D("2015-05-13"), D("2017-08-12"), ["core-wp-palmyra-offensive-2015",
         "core-newsfront-2017-08-14-sukhnah"], "Sukhnah retaken by the Syrian army 12 Aug 2017.",
         start_prec="month"),
    Cut("Palmyra approaches held by the army", disc(P["palmyra"], 14), D("2016-03-27"),
        D("2016-12-11"), ["core-reuters-2016-03-27"]),
    Cut("Palmyra approaches held by the army", disc(P["palmyra"], 14), D("2017-03-02"),
        D("2017-08-12"), ["core-theweek-2017-03-02"]),
    Held("Uqayribat, east Hama", block([(37.15, 35.05), (37.35, 35.35), (37.9, 35.35),
         (38.2, 35.1), (37.8, 34.95)]), D("2014-08-01"), D("2017-09-02"),
         ["core-wp-central-syria-campaign-2017"], "Uqayribat pocket cleared Sep 2017.",
         start_prec="month", end_prec="month"),
]

IRAQ = [
    # --- Anbar ------------------------------------------------------------------------------
    Held("Fallujah", disc(P["fallujah"], 16), D("2014-01-04"), D("2016-06-26"),
         ["core-ap-2016-06-26", "core-isw-2016-06-26"],
         "First city taken (early Jan 2014); liberated 26 Jun 2016.", start_prec="month"),
    Held("Ramadi outskirts", disc(P["ramadi"], 14), D("2014-01-04"), D("2015-12-28"),
         ["core-wp-battle-of-ramadi-2014-15", "core-wp-battle-of-ramadi-2015-16"],
         "Much of Ramadi from Jan 2014, the centre only from 17 May 2015.", start_prec="month"),
    Cut("Ramadi centre (government-held)", disc(P["ramadi"], 3), D("2014-01-04"), D("2015-05-17"),
        ["core-wp-battle-of-ramadi-2014-15"]),
    Held("Ramadi eastern suburbs", disc((43.40, 33.43), 5), D("2015-12-28"), D("2016-02-09"),
         ["core-wp-battle-of-ramadi-2015-16"], "Fully cleared 9 Feb 2016."),
    Held("Euphrates valley al-Qa'im–Rawa–Anah", valley(seg(EUPHRATES_IRAQ, 0, 5), 26),
         D("2014-06-21"), D("2017-11-03"), ["core-afp-2014-06-21", "core-mwc-2017-11-04"],
         "Taken 21 Jun 2014; al-Qa'im retaken 3 Nov 2017."),
    Held("Rawa", disc(P["rawa"], 8), D("2014-06-21"), D("2017-11-17"), ["core-wapo-2017-11-17"],
         "The last IS-held town in Iraq, retaken 17 Nov 2017.", start_prec="month"),
    Held("Haditha–Hit–Ramadi valley", valley(seg(EUPHRATES_IRAQ, 8, 15), 24), D("2014-10-13"),
         D("2016-04-14"), ["core-wp-battle-of-hit", "core-afp-2016-04-14-hit"],
         "Hit overrun in Oct 2014, retaken 14 Apr 2016.", start_prec="month"),
    Cut("Haditha and Baghdadi (never fell)", valley([(42.33, 34.22), P["haditha"], P["baghdadi"],
        (42.62, 33.80)], 16), D("2014-01-01"), END, ["core-wp-battle-of-hit"]),
    Held("Western Anbar: al-Qa'im–Akashat–Rutba roads", valley(ROAD_QAIM_RUTBA, 40),
         D("2014-06-21"), D("2016-05-19"), ["core-thenational-2016-05-19-rutba"],
         "Rutba retaken 19 May 2016.", start_prec="month"),
    Held("Western Anbar: the Akashat desert", valley(ROAD_QAIM_RUTBA[:2], 40), D("2016-05-19"),
         D("2017-09-16"), ["core-wp-western-iraq-campaign-2017"], "Akashat retaken 16 Sep 2017."),
    # --- The Iraqi Jazira --------------------------------------------------------------------
    Held("Jazira desert: Baaj–al-Qa'im", valley([P["baaj"], (41.4, 35.3), P["al-qaim"]], 52),
         D("2014-06-10"), D("2017-06-04"), ["core-wp-fall-of-mosul", "core-wp-western-iraq-campaign-2017"],
         "Baaj district taken by the PMF early Jun 2017.", start_prec="month"),
    Held("Jazira desert: Anah–Tharthar", valley([P["anah"], (42.7, 34.45), P["tharthar"]], 40),
         D("2014-06-21"), D("2017-11-17"), ["core-wapo-2017-11-17"],
         "The desert north of the Euphrates, cleared with Rawa.", start_prec="month"),
    # --- Nineveh and the Tigris --------------------------------------------------------------
    Held("Mosul west (right bank)", disc((43.10, 36.33), 7), D("2014-06-10"), D("2017-06-29"),
         ["core-wp-fall-of-mosul", "core-reuters-2017-06-29"]),
    Held("Mosul old city last pocket", block([(43.112, 36.330), (43.118, 36.342), (43.124, 36.338),
         (43.138, 36.336), (43.133, 36.328)]), D("2017-06-29"), D("2017-07-10"),
         ["core-aljazeera-2017-07-10"], "Riverside old city after the al-Nuri ruins were retaken."),
    Held("Mosul east (left bank)", disc((43.17, 36.36), 7), D("2014-06-10"), D("2017-01-24"),
         ["core-wp-fall-of-mosul", "core-wp-battle-of-mosul"], "East Mosul declared freed 24 Jan 2017."),
    Held("Mosul hinterland and Tigris to Qayyarah", valley(seg(TIGRIS, 1, 4), 40),
         D("2014-06-10"), D("2016-10-17"), ["core-wp-fall-of-mosul", "core-wp-battle-of-mosul"],
         "The ring round Mosul, lost in the first weeks of the Mosul offensive.",
         end_prec="month"),
    Held("Nineveh plains: Bashiqa–Qaraqosh", block([(43.25, 36.5), (43.45, 36.5), (43.5, 36.25),
         (43.3, 36.2)]), D("2014-08-07"), D("2016-10-22"), ["core-wp-sinjar-massacre",
         "core-wp-battle-of-mosul"], "Qaraqosh fell 7 Aug 2014; retaken Oct 2016."),
    Held("Tal Afar road: Sinjar–Tal Afar–Mosul", valley(ROAD_SINJAR_MOSUL[1:], 30),
         D("2014-06-16"), D("2017-06-01"), ["core-wp-tal-afar-2014", "core-wp-battle-of-mosul"],
         "Tal Afar cut off by the PMF (Nov 2016) and its ring shrunk through spring 2017.",
         end_prec="month"),
    Held("Tal Afar and al-Ayadiya", disc((42.43, 36.40), 9), D("2014-06-16"), D("2017-08-28"),
         ["core-wp-tal-afar-2014", "core-wp-battle-of-tal-afar-2017"], "City taken 27–28 Aug 2017."),
    Held("Al-Ayadiya last pocket", disc((42.50, 36.46), 4), D("2017-08-28"), D("2017-08-31"),
         ["core-wp-battle-of-tal-afar-2017"], "Victory declared 31 Aug 2017."),
    Held("Sinjar and the south of the mountain", valley([(41.5, 36.25), P["sinjar"], (42.2, 36.32)], 22),
         D("2014-08-03"), D("2015-11-13"), ["core-wp-sinjar-massacre", "core-wp-nov-2015-sinjar"],
         "Taken 3 Aug 2014; retaken 13 Nov 2015."),
    Cut("Sinjar mountain ridge (Yazidi refuge)", block([(41.55, 36.36), (42.1, 36.42),
        (42.1, 36.37), (41.6, 36.33)]), D("2014-01-01"), END, ["core-wp-sinjar-massacre"]),
    Held("Tigris Qayyarah–Shirqat", valley(seg(TIGRIS, 4, 7), 36), D("2014-06-10"), D("2016-09-22"),
         ["core-wp-battle-of-mosul"], "Qayyarah retaken 25 Aug 2016, Shirqat 22 Sep 2016.",
         start_prec="month"),
    Held("Hawija pocket", valley(ZAB_TO_HAWIJA, 36), D("2014-06-10"), D("2017-10-05"),
         ["core-reuters-2017-10-05"], "Retaken 5 Oct 2017.", start_prec="month"),
    Held("Tigris Baiji", valley(seg(TIGRIS, 7, 10), 30), D("2014-06-11"), D("2015-10-20"),
         ["core-wp-battle-of-baiji"], "Baiji contested through 2015; retaken 20 Oct 2015.",
         start_prec="month"),
    Held("Tikrit", disc(P["tikrit"], 12), D("2014-06-11"), D("2015-04-01"),
         ["core-wp-first-battle-of-tikrit", "core-wp-second-battle-of-tikrit"],
         "Fell 11 Jun 2014; retaken 31 Mar–1 Apr 2015 (pockets to mid-April)."),
    Held("Salahuddin: al-Alam, al-Dour, al-Awja", block([(43.55, 34.75), (43.85, 34.8),
         (44.05, 34.55), (43.95, 34.35), (43.65, 34.4)]), D("2014-06-11"), D("2015-04-01"),
         ["core-wp-second-battle-of-tikrit"], "Cleared in the March 2015 Tikrit offensive."),
    Held("Tigris south of Tikrit to Samarra's edge", valley([P["tikrit"], (43.8, 34.35)], 20),
         D("2014-06-11"), D("2015-04-01"), ["core-wp-second-battle-of-tikrit"]),
    Held("Tharthar lake east shore", block([(43.35, 34.4), (43.55, 34.8), (43.45, 34.9),
         (43.1, 34.55), (43.1, 34.1)]), D("2014-06-11"), D("2016-08-01"),
         ["core-ihs-2016-07-10"], "Drawn to the IHS figures; cleared by mid-2016.",
         start_prec="month", end_prec="month"),
    Cut("Lake Tharthar (water)", disc((43.22, 34.1), 12), D("2014-01-01"), END, ["core-chronology"]),
]
