"""Outlines for the sides of western, central and southern Syria (see sides_syria_west.py).

Rings are (lon, lat), drawn by judgement from the reports cited in the versions; rings overshoot
into Turkey, Lebanon, Jordan and toward Islamic State fronts (the builder clips them to Syria and
cuts away IS-held ground), and are drawn tight where they meet the Kurdish-held Afrin canton,
Tal Rifaat and Sheikh Maqsoud, which another outline draws.
"""

from shapely.geometry import LineString, Polygon
from shapely.ops import unary_union
from world_spec import circle


def minus(base, *holes):
    """The base outline with government (or other) ground cut out of it."""
    shape = base if hasattr(base, "geom_type") else Polygon(base)
    cut = [h if hasattr(h, "geom_type") else Polygon(h) for h in holes]
    return shape.difference(unary_union(cut)) if cut else shape


def road(points, half_width_deg=0.02):
    """A government-held road corridor, about 2 km either side of the road."""
    return LineString(points).buffer(half_width_deg)


# --- The north-west: Idlib, western Aleppo countryside, northern Hama, the Latakia mountains ---
# Rebel ground in January 2014. The north-east edge follows the southern edge of the Kurdish
# Afrin canton (Jandairis and Jabal Siman stay outside); the east edge runs west of the
# government's western Aleppo and its Khanasir-Safira supply road; the south edge is the north
# Hama front (Latamneh, Kafr Zita and Khan Shaykhun inside, Morek on the line).
MASS_2014 = [
    (35.95, 36.05), (35.95, 35.85), (35.99, 35.78), (36.05, 35.68), (36.15, 35.62),
    (36.30, 35.58), (36.38, 35.45), (36.42, 35.35), (36.55, 35.30), (36.62, 35.28),
    (36.72, 35.33), (36.85, 35.38), (37.00, 35.37), (37.12, 35.42), (37.20, 35.55),
    (37.22, 35.75), (37.18, 35.90), (37.12, 36.02), (37.10, 36.12), (37.06, 36.16),
    (37.04, 36.22), (37.06, 36.27), (37.10, 36.30), (37.02, 36.31), (36.96, 36.34),
    (36.88, 36.36), (36.75, 36.34), (36.62, 36.35), (36.55, 36.30), (36.30, 36.20),
    (36.10, 36.10),
]  # fmt: skip
# Government ground inside it: Jisr al-Shughur with the al-Ghab plain below it, and the
# M4 road from Jisr through Mhambel and Ariha to Mastumah and Idlib city.
GHAB_GOV = [
    (36.22, 35.55), (36.28, 35.78), (36.30, 35.84), (36.36, 35.85), (36.40, 35.78),
    (36.42, 35.60), (36.45, 35.45), (36.40, 35.30),
]  # fmt: skip
IDLIB_M4_GOV = unary_union(
    [
        road([(36.63, 35.93), (36.60, 35.86), (36.61, 35.81), (36.52, 35.80), (36.43, 35.82)]),
        road([(36.43, 35.82), (36.33, 35.81)]),
        circle(36.63, 35.93, 4),
        circle(36.61, 35.81, 2.5),
    ]
)
FOUA_KAFRIYA = circle(36.685, 35.965, 3)
ABU_DUHUR_BASE = circle(37.10, 35.73, 3.5)
WADI_DEIF = circle(36.685, 35.63, 3)
# The northern Ghab taken by Jaysh al-Fatah in July-August 2015 (Frikka, Ziyara, Qarqur);
# Jurin and the south-western plain stayed with the army.
GHAB_2015 = [
    (36.28, 35.70), (36.30, 35.84), (36.36, 35.85), (36.40, 35.72), (36.42, 35.60),
    (36.36, 35.58), (36.31, 35.64),
]  # fmt: skip
JISR = circle(36.32, 35.81, 5)
# Lost between October 2015 and February 2016: the Latakia mountains but for the corner by
# Kabani and the Idlib line (Salma 12 Jan, Rabia 24 Jan 2016), and the southern Aleppo
# countryside east of the M5 (al-Hader, November 2015).
LATAKIA_LOST = [
    (35.85, 35.95), (36.12, 35.95), (36.18, 35.84), (36.22, 35.70), (36.22, 35.55),
    (35.85, 35.55),
]  # fmt: skip
SOUTH_ALEPPO_LOST = [
    (37.03, 36.12), (37.12, 36.14), (37.25, 35.95), (37.25, 35.70), (37.12, 35.78),
    (37.05, 35.95),
]  # fmt: skip
# Lost from late December 2017 to February 2018: everything east of the Hejaz railway,
# Abu al-Duhur airbase included.
EAST_IDLIB_2018 = [
    (37.00, 36.08), (37.05, 35.90), (36.98, 35.75), (36.90, 35.60), (36.82, 35.45),
    (36.90, 35.30), (37.40, 35.40), (37.40, 36.10),
]  # fmt: skip
# Lost in May 2019 (Kafr Nabudah, Qalaat al-Madiq, 8-9 May) and in August 2019 (Khan
# Shaykhun 21 Aug, the northern Hama pocket with Morek, Latamneh and Kafr Zita 23 Aug).
NORTH_HAMA_MAY_2019 = [
    (36.28, 35.36), (36.32, 35.49), (36.45, 35.48), (36.56, 35.47), (36.59, 35.42),
    (36.50, 35.39), (36.40, 35.36),
]  # fmt: skip
NORTH_HAMA_AUG_2019 = [
    (36.50, 35.28), (36.52, 35.42), (36.60, 35.48), (36.70, 35.49), (36.78, 35.45),
    (36.86, 35.35), (36.70, 35.26),
]  # fmt: skip
# Idlib province as far as the rebels held it: the part of the north-west counted as the
# Idlib groups' from the spring 2015 offensive on (the Ghab and the Aleppo and Hama
# countryside stay with the wider opposition until HTS, January 2017).
IDLIB_PROVINCE = [
    (36.05, 36.20), (36.55, 36.45), (36.72, 36.34), (36.78, 36.20), (36.87, 36.10),
    (36.95, 36.02), (37.05, 35.95), (37.20, 35.78), (37.15, 35.55), (36.90, 35.42),
    (36.65, 35.40), (36.45, 35.58), (36.28, 35.70), (36.20, 35.78), (36.05, 35.80),
]  # fmt: skip

# --- Aleppo city and its northern countryside ---
# Rebel-held east Aleppo: from Sheikh Saeed and Ansari in the south to Hanano and Jandul in
# the north-east, kept east of Sheikh Maqsoud (Kurdish) and of the Citadel.
EAST_ALEPPO = [
    (37.150, 36.160), (37.145, 36.185), (37.155, 36.205), (37.165, 36.215), (37.168, 36.232),
    (37.175, 36.245), (37.195, 36.255), (37.215, 36.245), (37.222, 36.215), (37.215, 36.190),
    (37.200, 36.170), (37.170, 36.155),
]  # fmt: skip
# The Castello road and Mallah farms joining east Aleppo to the countryside, cut 17 Jul 2016.
CASTELLO = [(37.10, 36.27), (37.13, 36.295), (37.19, 36.265), (37.175, 36.245), (37.12, 36.255)]
# After Hanano fell (26-28 Nov 2016): the old city and the south-eastern districts.
EAST_ALEPPO_DEC_2016 = [
    (37.150, 36.160), (37.145, 36.185), (37.155, 36.205), (37.190, 36.205), (37.200, 36.180),
    (37.170, 36.155),
]  # fmt: skip
# The last enclave (al-Mashhad, al-Ansari, al-Sukkari), 13-22 Dec 2016.
EAST_ALEPPO_LAST = [(37.145, 36.170), (37.148, 36.188), (37.170, 36.190), (37.172, 36.168)]
# The northern countryside from Mayer and Hayan to Azaz and the border, between Afrin and the
# IS front east of Marea; Nubl and Zahraa, besieged government towns, cut out.
AZAZ_2014 = [
    (37.00, 36.70), (37.25, 36.72), (37.25, 36.55), (37.22, 36.44), (37.20, 36.36),
    (37.13, 36.31), (37.04, 36.32), (36.99, 36.36), (37.01, 36.45), (37.02, 36.55),
    (37.00, 36.62),
]  # fmt: skip
NUBL_ZAHRAA = circle(36.995, 36.375, 4)
# After the army reached Nubl and Zahraa (3 Feb 2016): the pocket north of Mayer.
AZAZ_FEB_2016 = [
    (37.00, 36.70), (37.25, 36.72), (37.25, 36.55), (37.22, 36.44), (37.08, 36.42),
    (37.02, 36.45), (37.02, 36.55), (37.00, 36.62),
]  # fmt: skip
# After the YPG took Menagh and Tal Rifaat (10-15 Feb 2016): Azaz to Marea.
AZAZ_MAREA = [
    (37.02, 36.70), (37.25, 36.72), (37.25, 36.55), (37.22, 36.44), (37.17, 36.46),
    (37.12, 36.53), (37.07, 36.555), (37.03, 36.57),
]  # fmt: skip

# --- Turkish-backed ground ---
JARABULUS_2016 = [(37.88, 36.90), (38.035, 36.90), (38.03, 36.72), (37.95, 36.66), (37.86, 36.72)]
# Azaz to Jarabulus along the border (4 Sep 2016), west of the SDF's Sajur line at Manbij.
BORDER_STRIP_2016 = [
    (37.02, 36.90), (38.035, 36.90), (38.02, 36.70), (37.95, 36.67), (37.75, 36.64),
    (37.70, 36.62), (37.45, 36.58), (37.28, 36.52), (37.22, 36.44), (37.17, 36.46), (37.12, 36.53),
    (37.07, 36.555), (37.03, 36.57),
]  # fmt: skip
# With Dabiq (16 Oct 2016) and down to the outskirts of al-Bab.
SHIELD_AUTUMN_2016 = [
    (37.02, 36.90), (38.035, 36.90), (38.02, 36.70), (37.95, 36.67), (37.75, 36.64),
    (37.72, 36.55), (37.55, 36.43), (37.40, 36.42), (37.26, 36.44), (37.22, 36.44), (37.17, 36.46),
    (37.12, 36.53), (37.07, 36.555), (37.03, 36.57),
]  # fmt: skip
# With al-Bab and Qabasin (23-24 Feb 2017); Tadef south of al-Bab went to the army.
SHIELD_2017 = [
    (37.02, 36.90), (38.035, 36.90), (38.02, 36.70), (37.95, 36.67), (37.75, 36.64),
    (37.73, 36.55), (37.70, 36.47), (37.62, 36.36), (37.50, 36.345), (37.40, 36.36),
    (37.28, 36.42), (37.22, 36.44),
    (37.17, 36.46), (37.12, 36.53), (37.07, 36.555), (37.03, 36.57),
]  # fmt: skip
# The Afrin district, between the Turkish border, Azaz and Tal Rifaat, and Idlib's Atmeh.
AFRIN = [
    (36.45, 36.95), (37.03, 36.95), (37.03, 36.60), (37.00, 36.52), (36.96, 36.45),
    (36.96, 36.36), (36.88, 36.37), (36.75, 36.35), (36.62, 36.36), (36.55, 36.45),
    (36.45, 36.55),
]  # fmt: skip
AFRIN_TOWN = (36.87, 36.51)
# Peace Spring: Tal Abyad to Ras al-Ayn, about 30 km deep, to the M4 road.
TAL_ABYAD_SECTOR = [(38.72, 36.90), (39.50, 36.90), (39.50, 36.52), (39.00, 36.48), (38.78, 36.55)]
PEACE_SPRING = [
    (38.72, 36.90), (40.35, 37.00), (40.30, 36.62), (40.00, 36.55), (39.70, 36.54),
    (39.40, 36.51), (39.00, 36.48), (38.78, 36.55),
]  # fmt: skip

# --- Homs ---
HOMS_OLD_CITY = circle(36.718, 34.728, 1.3)
AL_WAER = circle(36.655, 34.738, 1.8)
# Rastan, Talbiseh, the Houla plain and the southern Hama villages beside them.
RASTAN_POCKET = [
    (36.47, 34.90), (36.52, 34.96), (36.62, 34.98), (36.72, 35.00), (36.83, 34.98),
    (36.86, 34.93), (36.80, 34.86), (36.74, 34.81), (36.66, 34.815), (36.60, 34.86),
    (36.52, 34.85),
]  # fmt: skip

# --- Damascus and its countryside ---
# Eastern Ghouta with Jobar, Qaboun and Barzeh and the Marj farmland, 2014.
GHOUTA_2014 = [
    (36.31, 33.535), (36.315, 33.56), (36.33, 33.565), (36.36, 33.575), (36.39, 33.61),
    (36.44, 33.62), (36.50, 33.60), (36.55, 33.56), (36.58, 33.50), (36.56, 33.44),
    (36.46, 33.44), (36.40, 33.47), (36.34, 33.50), (36.32, 33.52),
]  # fmt: skip
# After the army took the southern Marj (May-autumn 2016).
GHOUTA_2016 = [
    (36.31, 33.535), (36.315, 33.56), (36.33, 33.565), (36.36, 33.575), (36.39, 33.61),
    (36.44, 33.62), (36.50, 33.60), (36.53, 33.55), (36.50, 33.48), (36.42, 33.48),
    (36.36, 33.50), (36.32, 33.52),
]  # fmt: skip
# After Qaboun (14 May 2017) and Barzeh were lost.
GHOUTA_2017 = [
    (36.325, 33.535), (36.34, 33.555), (36.37, 33.575), (36.39, 33.61), (36.44, 33.62),
    (36.50, 33.60), (36.53, 33.55), (36.50, 33.48), (36.42, 33.48), (36.36, 33.50),
    (36.33, 33.52),
]  # fmt: skip
# 1-10 Mar 2018: the eastern farmland lost.
GHOUTA_MAR_2018 = [
    (36.325, 33.535), (36.34, 33.555), (36.37, 33.575), (36.39, 33.60), (36.43, 33.60),
    (36.45, 33.55), (36.43, 33.50), (36.38, 33.49), (36.34, 33.51),
]  # fmt: skip
DOUMA = [(36.38, 33.56), (36.385, 33.60), (36.42, 33.60), (36.43, 33.57), (36.41, 33.55)]
HARASTA = [(36.345, 33.555), (36.355, 33.57), (36.375, 33.565), (36.37, 33.55)]
GHOUTA_SOUTH = [
    (36.325, 33.535), (36.34, 33.545), (36.38, 33.53), (36.40, 33.51), (36.38, 33.495),
    (36.34, 33.51),
]  # fmt: skip
DARAYYA = circle(36.245, 33.455, 2.0)
MOADAMIYEH = circle(36.19, 33.465, 1.6)
QUDSAYA = circle(36.225, 33.535, 1.5)
WESTERN_GHOUTA = [(36.04, 33.27), (36.07, 33.40), (36.14, 33.40), (36.19, 33.34), (36.15, 33.26)]
WADI_BARADA = [
    (36.07, 33.62), (36.12, 33.665), (36.20, 33.655), (36.24, 33.625), (36.17, 33.60),
    (36.10, 33.60),
]  # fmt: skip
ZABADANI = [(36.07, 33.67), (36.06, 33.74), (36.10, 33.76), (36.13, 33.72), (36.12, 33.67)]
# Yarmouk camp, al-Hajar al-Aswad, al-Qadam, Yalda, Babbila and Beit Sahem (to Apr 2015).
SOUTH_DAMASCUS_2014 = [
    (36.285, 33.455), (36.28, 33.48), (36.295, 33.49), (36.32, 33.485), (36.345, 33.47),
    (36.34, 33.45), (36.31, 33.445),
]  # fmt: skip
# Yalda, Babbila and Beit Sahem beside the IS-held camp (Apr 2015 - May 2018).
YALDA_BABBILA = [
    (36.305, 33.462),
    (36.31, 33.478),
    (36.335, 33.475),
    (36.345, 33.462),
    (36.33, 33.45),
]
BEIT_JINN = [(35.84, 33.29), (35.84, 33.35), (35.93, 33.36), (35.95, 33.31), (35.89, 33.28)]
QALAMOUN_YABROUD = [
    (36.40, 33.80), (36.45, 33.93), (36.55, 34.06), (36.70, 34.05), (36.72, 33.95),
    (36.60, 33.88), (36.50, 33.80),
]  # fmt: skip
QALAMOUN_RANKOUS = [(36.36, 33.80), (36.40, 33.93), (36.50, 33.98), (36.56, 33.92), (36.50, 33.80)]
# The East Qalamoun range from Dumayr town (its airbase stays outside) to Jayrud and beyond.
EAST_QALAMOUN = [
    (36.62, 33.66), (36.60, 33.75), (36.66, 33.88), (36.80, 33.95), (37.05, 34.05),
    (37.15, 34.00), (37.00, 33.88), (36.85, 33.80), (36.76, 33.70), (36.72, 33.63),
    (36.66, 33.62),
]  # fmt: skip

# --- The south: Deraa and Quneitra ---
# Rebel ground west and east of the government's M5 corridor; the western edge is the Golan
# ceasefire line (the Golan itself lies outside Syria's outline), the eastern edge Sweida.
SOUTH_2014 = [
    (35.75, 32.70), (35.80, 33.05), (35.82, 33.25), (35.92, 33.22), (36.05, 33.15),
    (36.15, 33.12), (36.22, 33.05), (36.35, 33.10), (36.50, 33.08), (36.55, 32.95),
    (36.45, 32.75), (36.40, 32.60), (36.30, 32.55), (36.20, 32.50), (36.05, 32.55),
    (35.90, 32.60),
]  # fmt: skip
# Busra al-Sham (25 Mar 2015) and the Jordanian border to Nasib (1 Apr 2015).
SOUTH_EAST_2015 = [
    (36.20, 32.50),
    (36.30, 32.55),
    (36.45, 32.62),
    (36.55, 32.48),
    (36.45, 32.30),
    (36.15, 32.35),
]
# Government inside: Deraa al-Mahatta and the M5 corridor north through Khirbet Ghazaleh,
# Izra and al-Sanamayn; Sheikh Maskin from 26 Jan 2016; Baath city in Quneitra.
M5_GOV = unary_union(
    [
        road(
            [(36.10, 32.61), (36.18, 32.70), (36.21, 32.78), (36.24, 32.86), (36.20, 32.98)], 0.025
        ),
        road([(36.20, 32.98), (36.18, 33.07), (36.22, 33.18)], 0.03),
        circle(36.105, 32.615, 2.5),
    ]
)
SHEIKH_MASKIN = circle(36.16, 32.825, 4)
# Baath city and Khan Arnabah, the government's hold in central Quneitra.
BAATH_CITY = unary_union(
    [circle(35.85, 33.12, 3), circle(35.885, 33.18, 3), road([(35.85, 33.12), (35.885, 33.18)])]
)
# Government-held in western Deraa until November 2014: Nawa with Tal al-Jabiya and the
# brigade bases round it, and Tal al-Harra (lost 5 Oct 2014).
NAWA_2014 = unary_union(
    [
        Polygon([(35.96, 32.86), (35.97, 32.96), (36.05, 32.97), (36.12, 32.90), (36.10, 32.86),
                 (36.02, 32.85)]),
        circle(36.00, 33.06, 3),
    ]
)  # fmt: skip
# Central Quneitra from the crossing to Khan Arnabah, held by the army until 27 Aug 2014.
QUNEITRA_2014 = [(35.80, 33.08), (35.81, 33.22), (35.90, 33.22), (35.93, 33.15), (35.90, 33.07)]
# After the eastern countryside and Nasib fell (19 Jun - 6 Jul 2018): the west and Quneitra,
# with Deraa al-Balad.
SOUTH_WEST_JUL_2018 = [
    (35.75, 32.70), (35.80, 33.05), (35.82, 33.25), (35.92, 33.22), (36.05, 33.15),
    (36.12, 33.10), (36.12, 32.95), (36.12, 32.75), (36.12, 32.62), (36.05, 32.58),
    (35.90, 32.60),
]  # fmt: skip
QUNEITRA_STRIP = [
    (35.78, 32.85),
    (35.80, 33.05),
    (35.82, 33.25),
    (35.90, 33.22),
    (35.92, 33.05),
    (35.88, 32.88),
]

# --- The south-eastern desert ---
# The open Badia south of the Damascus-Baghdad highway: from Sweida's eastern edge and the
# East Qalamoun foothills to the Iraqi and Jordanian borders.
SOUTH_EAST_BADIA = [
    (36.90, 33.55), (37.40, 33.62), (38.00, 33.62), (38.50, 33.55), (38.80, 33.45),
    (39.10, 33.30), (38.80, 33.10), (37.90, 32.60), (37.20, 32.20), (36.95, 32.35),
    (37.05, 32.70), (37.00, 33.10), (36.85, 33.35),
]  # fmt: skip
TANF_BASE = (38.618, 33.506)
TANF_CROSSING = (38.79, 33.42)
TANF_GARRISON = unary_union(
    [circle(*TANF_BASE, 8), circle(*TANF_CROSSING, 4), road([TANF_BASE, TANF_CROSSING], 0.03)]
)
TANF_ZONE = circle(*TANF_BASE, 55, sides=48)
# The rebels' desert of 2017 (Usud al-Sharqiya, Ahmad al-Abdo): from East Qalamoun's southern
# slopes south-east along the Jordanian border to the Tanf zone.
REBEL_BADIA_2017 = [
    (36.85, 33.55), (37.40, 33.62), (38.00, 33.55), (38.40, 33.20), (38.10, 32.95),
    (37.60, 32.55), (37.20, 32.20), (36.95, 32.35), (37.05, 32.70), (37.00, 33.10),
    (36.85, 33.35),
]  # fmt: skip
# June-August 2017: the army reached the Iraqi border north of the zone and took the north.
REBEL_BADIA_SUMMER_2017 = [
    (37.00, 33.30), (37.50, 33.20), (38.10, 32.95), (37.60, 32.55), (37.20, 32.20),
    (36.95, 32.35), (37.05, 32.70), (37.00, 33.10),
]  # fmt: skip
# September - 11 October 2017: a strip along the Jordanian border.
REBEL_BADIA_AUTUMN_2017 = [
    (37.20, 32.75),
    (37.80, 32.80),
    (38.10, 32.95),
    (37.60, 32.50),
    (37.20, 32.20),
    (37.00, 32.35),
]

# The Yarmouk basin as the IS outline draws it (Khalid ibn al-Walid Army, 21 May 2016 - 31 Jul
# 2018), copied so the rebels' south never paints IS-held ground.
YARMOUK_BASIN = [
    (35.80, 32.66), (35.82, 32.80), (35.87, 32.87), (35.95, 32.88), (36.02, 32.82),
    (36.03, 32.74), (35.98, 32.69), (35.93, 32.66),
]  # fmt: skip

# Northern Hama taken by rebels from 29 Aug 2016 (Halfaya, Taybat al-Imam, Suran) and retaken
# by the army by 28 Apr 2017.
NORTH_HAMA_2016 = [
    (36.55, 35.30), (36.57, 35.25), (36.63, 35.235), (36.72, 35.245), (36.78, 35.27),
    (36.79, 35.31), (36.72, 35.33),
]  # fmt: skip
# The barren heights west of Flita and Ras al-Maara on the Syrian side of Juroud Arsal, kept
# south of the IS-held heights east of al-Qaa.
QALAMOUN_HEIGHTS = [(36.36, 33.88), (36.38, 34.12), (36.45, 34.13), (36.48, 34.02), (36.46, 33.90)]
# Kessab, the Samra coast and the hills south of the border crossing (March-June 2014).
KESSAB = [
    (35.84, 35.93),
    (35.90, 35.97),
    (36.00, 35.96),
    (35.99, 35.87),
    (35.94, 35.84),
    (35.86, 35.87),
]
# From the July 2015 offensive: Zabadani's centre, Madaya and Buqayn, besieged.
ZABADANI_2015 = unary_union([circle(36.10, 33.72, 1.5), circle(36.095, 33.69, 2.2)])
