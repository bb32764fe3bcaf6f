"""Named waypoints (lon, lat) the core polygons are drawn from.

Towns: places.csv where it has them (GeoNames or Wikipedia infobox), otherwise rounded Wikipedia
coordinates. River courses: traced from Natural Earth 1:50m rivers (static/basemap/rivers.geojson,
public domain), thinned to the bends that matter at the map's scale. Khabur and Balikh are not in
the 1:50m set; they follow the towns on their banks.
"""

P = {
    # Syria: Euphrates valley, upstream to downstream
    "jarablus": (38.011, 36.818),
    "manbij": (37.955, 36.528),
    "al-bab": (37.516, 36.371),
    "dabiq": (37.267, 36.537),
    "maskanah": (38.080, 36.010),
    "tabqa": (38.548, 35.838),
    "raqqa": (39.008, 35.953),
    "maadan": (39.650, 35.740),
    "deir-ez-zor": (40.141, 35.336),
    "deir-airport": (40.176, 35.285),
    "busayrah": (40.426, 35.156),
    "mayadin": (40.452, 35.020),
    "al-omar": (40.530, 35.060),
    "hajin": (40.831, 34.695),
    "al-susah": (40.930, 34.520),
    "baghouz": (40.951, 34.459),
    "abu-kamal": (40.919, 34.452),
    # Syria: north and north-east
    "kobani": (38.353, 36.891),
    "tal-abyad": (38.950, 36.697),
    "ain-issa": (38.870, 36.390),
    "hasakah": (40.748, 36.502),
    "shaddadi": (40.730, 36.055),
    "markada": (40.620, 35.760),
    "al-hawl": (41.151, 36.391),
    "tell-tamer": (40.370, 36.650),
    # Syria: central desert
    "palmyra": (38.284, 34.562),
    "t4-airbase": (37.630, 34.520),
    "sukhnah": (38.870, 34.890),
    "arak": (38.560, 34.680),
    "qaryatayn": (37.240, 34.230),
    "uqayribat": (37.390, 35.180),
    # Iraq: Euphrates (Anbar)
    "al-qaim": (41.094, 34.369),
    "rawa": (41.920, 34.470),
    "anah": (41.990, 34.370),
    "haditha": (42.375, 34.135),
    "baghdadi": (42.550, 33.870),
    "hit": (42.826, 33.637),
    "ramadi": (43.308, 33.421),
    "fallujah": (43.786, 33.349),
    "rutba": (40.284, 33.038),
    "h3-airbase": (40.230, 33.790),
    "akashat": (40.390, 33.550),
    # Iraq: Tigris and the north
    "mosul": (43.119, 36.335),
    "nuri-mosque": (43.127, 36.343),
    "tal-afar": (42.450, 36.379),
    "sinjar": (41.877, 36.321),
    "baaj": (41.730, 36.040),
    "rabia": (42.100, 36.800),
    "qayyarah": (43.190, 35.800),
    "shirqat": (43.230, 35.510),
    "hawija": (43.772, 35.325),
    "baiji": (43.489, 34.929),
    "tikrit": (43.679, 34.616),
    "samarra": (43.880, 34.200),
    "tharthar": (43.300, 34.000),
    "bashiqa": (43.350, 36.450),
    "qaraqosh": (43.380, 36.270),
}

# Rivers, downstream order.
EUPHRATES_SYRIA_UPPER = [  # Jarablus to the Tabqa dam, through Lake Assad's west shore
    (38.02, 36.83), (38.10, 36.70), (38.23, 36.61), (38.27, 36.48), (38.19, 36.34),
    (38.15, 36.24), (38.07, 36.12), (38.13, 36.02), (38.25, 35.95), (38.37, 35.90),
    (38.56, 35.87),
]  # fmt: skip
EUPHRATES_SYRIA = [  # Tabqa dam to the Iraqi border
    (38.56, 35.87), (38.91, 35.92), (39.01, 35.94), (39.22, 35.88), (39.62, 35.78),
    (39.84, 35.68), (39.88, 35.58), (40.00, 35.48), (40.14, 35.34), (40.26, 35.27),
    (40.43, 35.17), (40.45, 35.09), (40.48, 35.02), (40.58, 34.92), (40.63, 34.83),
    (40.71, 34.75), (40.83, 34.69), (40.92, 34.58), (40.92, 34.51), (40.95, 34.46),
    (40.99, 34.43),
]  # fmt: skip
EUPHRATES_IRAQ = [  # al-Qa'im to Fallujah
    (40.99, 34.43), (41.20, 34.43), (41.44, 34.44), (41.83, 34.51), (42.06, 34.38),
    (42.23, 34.31), (42.36, 34.33), (42.33, 34.22), (42.38, 34.12), (42.51, 34.00),
    (42.56, 33.87), (42.72, 33.87), (42.77, 33.66), (43.04, 33.49), (43.15, 33.51),
    (43.33, 33.46), (43.65, 33.38), (43.79, 33.33),
]  # fmt: skip
TIGRIS = [  # Mosul dam to Samarra
    (42.82, 36.63), (43.05, 36.45), (43.14, 36.34), (43.25, 36.10), (43.29, 35.85),
    (43.30, 35.68), (43.26, 35.50), (43.35, 35.32), (43.45, 35.05), (43.50, 34.93),
    (43.58, 34.83), (43.68, 34.62), (43.86, 34.19),
]  # fmt: skip
KHABUR = [P["hasakah"], (40.72, 36.30), P["shaddadi"], P["markada"], (40.45, 35.45), P["busayrah"]]
BALIKH = [P["tal-abyad"], P["ain-issa"], (38.98, 36.10), P["raqqa"]]
ZAB_TO_HAWIJA = [P["shirqat"], (43.55, 35.40), P["hawija"], (44.00, 35.25)]  # Hawija plain
ROAD_PALMYRA_DEIR = [P["palmyra"], P["arak"], P["sukhnah"], (39.60, 35.10), P["deir-ez-zor"]]
ROAD_PALMYRA_T4 = [P["t4-airbase"], P["palmyra"]]
ROAD_SINJAR_MOSUL = [P["sinjar"], P["tal-afar"], (42.80, 36.37), P["mosul"]]
ROAD_QAIM_RUTBA = [P["al-qaim"], P["akashat"], P["rutba"]]

# Iraq: towns drawn on their own dates (core_iraq_towns.py, fixtures/audit/iraq.csv). GeoNames
# points where the gazetteer has the town, otherwise rounded Wikipedia coordinates.
P.update(
    {
        "iq-al-alam": (43.695, 34.709),
        "iq-al-dour": (43.780, 34.460),
        "iq-amirli": (44.585, 34.723),
        "iq-baiji-refinery": (43.455, 34.975),
        "iq-bartella": (43.381, 36.354),
        "iq-bashiqa": (43.350, 36.450),
        "iq-gwer": (43.490, 36.040),
        "iq-hammam-al-alil": (43.260, 36.160),
        "iq-jalawla": (45.160, 34.270),
        "iq-jurf-al-sakhar": (44.170, 32.880),
        "iq-karmah": (43.910, 33.400),
        "iq-kubaysa": (42.600, 33.590),
        "iq-makhmur": (43.580, 35.780),
        "iq-qayyarah-west": (43.125, 35.765),
        "iq-rabia": (42.100, 36.800),
        "iq-saadiya": (45.120, 34.190),
        "iq-saqlawiyah": (43.680, 33.400),
        "iq-sulaiman-bek": (44.470, 34.960),
        "iq-tel-kaif": (43.121, 36.491),
        "iq-zawiya": (43.407, 35.261),
        "iq-zumar": (42.550, 36.640),
    }
)
# --- Syria audit (issue 9): villages and banks of the late pockets, towns of the audit ----------
# Village points are GeoNames or Wikipedia positions rounded to 0.001°, or (marked ~) placed on
# the east bank between their named neighbours: good to about ±1 km, no better.
P.update(
    {
        "sy-qaryatayn": (37.241, 34.230),
        "sy-ain-issa": (38.870, 36.390),
        "sy-tadef": (37.531, 36.348),
        "sy-deir-hafer": (37.708, 36.157),
        "sy-qabasin": (37.569, 36.433),
        "sy-kuweires": (37.583, 36.187),
        "sy-subaykhan": (40.600, 34.853),
        "sy-markada": (40.620, 35.760),
        "sy-al-tanf": (38.625, 33.494),
        "sy-yarmouk-camp": (36.302, 33.470),
        "sy-shafa": (40.925, 34.600),  # ~
        "sy-bubadran": (40.935, 34.515),  # ~
        "sy-marashida": (40.945, 34.478),  # ~
        "sy-shajla": (40.955, 34.492),  # ~
    }
)
# The Euphrates from al-Bahrah to the Iraqi border, traced on the east (left) bank: Natural Earth
# 1:50m rivers thickened with the bends the village positions imply. About ±1 km.
SY_EUPHRATES_EAST_BANK = [
    (40.630, 34.830), (40.665, 34.792), (40.700, 34.760), (40.730, 34.741), (40.760, 34.724),
    (40.785, 34.710), (40.805, 34.699), (40.830, 34.684), (40.858, 34.666), (40.873, 34.651),
    (40.888, 34.634), (40.900, 34.617), (40.912, 34.598), (40.921, 34.579), (40.925, 34.560),
    (40.926, 34.540), (40.926, 34.522), (40.927, 34.507), (40.931, 34.494), (40.936, 34.481),
    (40.940, 34.470), (40.944, 34.462), (40.947, 34.456), (40.952, 34.450), (40.960, 34.444),
    (40.975, 34.436), (40.990, 34.427),
]  # fmt: skip
