"""Outlines in Iraq: the Kurdistan Region's fronts, the Popular Mobilisation's ground and the
open Anbar desert no one held.

Rings are (lon, lat); they overshoot into Turkey, Iran, Syria, Jordan and Saudi Arabia (clipping
trims them to Iraq) and toward Islamic State fronts (IS ground is cut away day by day). Toward
the government, whose ground is what no one else draws, they follow the named places.
"""

from shapely.geometry import Polygon
from shapely.ops import unary_union
from world_spec import circle

# --- Kurdistan Region ---------------------------------------------------------------------
# Inside the 2003 'Green Line' (Dohuk, Erbil, Sulaymaniyah, Garmiyan).
KRG_2003 = [
    (42.36, 37.11), (42.30, 37.45), (44.90, 37.60), (46.30, 35.10), (45.95, 34.80),
    (45.70, 34.55), (45.25, 34.45), (45.05, 34.75), (44.85, 35.15), (44.70, 35.40),
    (44.55, 35.65), (44.30, 35.85), (44.05, 35.95), (43.85, 36.05), (43.60, 36.30),
    (43.35, 36.55), (43.10, 36.70), (42.85, 36.80), (42.60, 36.85), (42.45, 36.95),
]  # fmt: skip
# Kirkuk and its north, east and south (Dibis, Altun Kupri, Daquq, the Kurdish north of Tuz
# Khurmatu), taken when the army left on 12 June 2014; the Hawija pocket (IS) lies west of it.
KIRKUK = [
    (44.30, 35.90), (44.00, 35.85), (43.98, 35.68), (44.10, 35.50), (44.20, 35.28),
    (44.35, 35.06), (44.55, 35.00), (44.63, 34.93), (44.72, 34.91), (44.90, 35.02),
    (44.95, 35.20),
]  # fmt: skip
# Khanaqin, Jalawla and Qara Tapa below the Green Line (Diyala); Saadiya, south of Jalawla,
# went to the army and militias in November 2014 and is left out.
DIYALA = [
    (45.05, 34.75), (45.25, 34.45), (45.70, 34.55), (45.95, 34.40), (45.60, 34.18),
    (45.35, 34.20), (45.17, 34.235), (45.00, 34.35), (44.93, 34.55),
]  # fmt: skip
# Sinjar district north of the Baaj desert: the mountain, Sinuni, Sinjar town and the Yazidi
# towns south of it, Rabia on the Syrian border, Zumar and the Mosul dam lake; Tal Afar (IS
# from 16 June 2014) stays south-east of the line.
SINJAR_MOUNTAIN = [
    (41.25, 36.55), (41.40, 36.70), (41.80, 36.62), (42.05, 36.50), (42.20, 36.45),
    (42.15, 36.33), (41.95, 36.36), (41.55, 36.42), (41.30, 36.38),
]  # fmt: skip
SINJAR_TOWN_SOUTH = [
    (41.30, 36.38), (41.55, 36.42), (41.95, 36.36), (42.15, 36.33), (42.08, 36.28),
    (41.85, 36.25), (41.55, 36.26), (41.32, 36.28),
]  # fmt: skip
RABIA = [
    (41.80, 36.62), (42.05, 36.90), (42.35, 37.05), (42.45, 36.80), (42.30, 36.62),
    (42.05, 36.50),
]  # fmt: skip
ZUMAR = [(42.30, 36.62), (42.45, 36.80), (42.62, 36.78), (42.68, 36.60), (42.50, 36.55)]
MOSUL_DAM = [
    (42.45, 36.95), (42.60, 36.85), (42.85, 36.80), (43.05, 36.75), (43.00, 36.60),
    (42.85, 36.58), (42.68, 36.60), (42.62, 36.78), (42.45, 36.80),
]  # fmt: skip
# The Nineveh Plains north and east of Mosul (Tel Kaif, Bashiqa, Bartella, Qaraqosh) held
# from June to 6-7 August 2014, about 15 km off Mosul's eastern edge.
NINEVEH_PLAINS = [
    (43.05, 36.75), (43.03, 36.55), (43.20, 36.45), (43.30, 36.32), (43.28, 36.18),
    (43.40, 36.05), (43.60, 36.30), (43.35, 36.55), (43.10, 36.72),
]  # fmt: skip
# Gwer and Makhmour (lost on 7 August, retaken on 10 August 2014) down to the Qarachogh hills.
MAKHMOUR = [
    (43.40, 36.05), (43.48, 35.80), (43.55, 35.62), (43.80, 35.62), (44.00, 35.80),
    (43.85, 36.05), (43.60, 36.30),
]  # fmt: skip
# What the Peshmerga took in the Mosul offensive (17 Oct - 7 Nov 2016): Bashiqa, Fadiliya and
# Nawaran north-east of Mosul; Bartella, Qaraqosh and Tel Kaif went to the army.
BASHIQA_2016 = [
    (43.10, 36.72), (43.20, 36.60), (43.26, 36.50), (43.34, 36.42), (43.48, 36.40),
    (43.35, 36.55),
]  # fmt: skip

# --- Popular Mobilisation -------------------------------------------------------------------
# Amerli and Sulaiman Bek, whose siege the militias broke on 31 Aug - 1 Sep 2014, with the
# Turkmen villages between them; south of the Kurdish-held north of Tuz Khurmatu (±5 km).
AMERLI = [
    (44.35, 34.99), (44.58, 34.90), (44.70, 34.84), (44.72, 34.66), (44.56, 34.62),
    (44.40, 34.76),
]  # fmt: skip
# Tuz Khurmatu and its edge, shared with the Peshmerga until October 2017 (±2 km).
TUZ_KHURMATU = circle(44.64, 34.885, 5)
# West of Mosul (from 29 Oct 2016): the belt the PMF cut from the Qayyarah airfield to the Tal
# Afar airport (16-18 Nov) and on to the Peshmerga at Sinjar (23 Nov 2016).
WEST_MOSUL_BELT = [
    (43.10, 35.72), (43.05, 35.90), (42.85, 36.05), (42.60, 36.22), (42.48, 36.30),
    (42.30, 36.27), (42.08, 36.27), (41.95, 36.24), (41.95, 36.12), (42.20, 36.10),
    (42.45, 36.05), (42.70, 35.90), (42.95, 35.70),
]  # fmt: skip
# From the end of May 2017: Qairawan, Baaj and the desert to the Syrian border.
BAAJ_BORDER = [
    (41.95, 36.24), (41.55, 36.26), (41.30, 36.28), (41.10, 36.00), (41.30, 35.75),
    (41.80, 35.75), (42.20, 35.90), (42.45, 36.05), (42.20, 36.10), (41.95, 36.12),
]  # fmt: skip
# The Syrian border north of al-Qaim, where PMF brigades took over border posts in December
# 2017 (a strip about 8 km wide; al-Qaim town itself is left to the army).
QAIM_BORDER = [(40.95, 34.43), (41.20, 34.95), (41.33, 34.93), (41.08, 34.41)]

# --- No one: the open Anbar desert -------------------------------------------------------------
# South of the Euphrates valley (about 15 km off the river and the towns on it) to the Jordanian
# and Saudi borders, west of the lakes and the Karbala and Najaf deserts; overshoots into Syria,
# Jordan and Saudi Arabia. The towns, bases and border crossings in it are left out (holes).
ANBAR_DESERT = [
    (40.40, 34.30), (41.10, 34.24), (41.60, 34.28), (41.95, 34.26), (42.25, 34.00),
    (42.40, 33.70), (42.72, 33.50), (43.05, 33.26), (43.20, 33.08), (43.42, 32.75),
    (43.20, 32.30), (42.80, 31.80), (42.20, 31.30), (41.20, 31.00), (38.50, 32.20),
    (38.60, 33.60),
]  # fmt: skip
DESERT_TOWNS = unary_union(
    [
        circle(40.28, 33.04, 10),  # Rutba
        circle(42.28, 32.04, 6),  # Nukhayb
        circle(38.83, 33.39, 8),  # Trebil and al-Walid crossings
        circle(42.44, 33.80, 12),  # Ain al-Asad air base
        circle(40.59, 33.78, 5),  # Akashat
        circle(41.45, 31.46, 5),  # Arar crossing
    ]
)


def anbar_desert():
    return Polygon(ANBAR_DESERT).difference(DESERT_TOWNS)
