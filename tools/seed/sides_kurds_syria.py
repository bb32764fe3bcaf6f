"""The YPG (to 9 October 2015) and the SDF (from 10 October 2015) in northern Syria.

Rings are (lon, lat) and overshoot into Turkey and Iraq (clipping trims them to Syria) and
toward Islamic State fronts (the builder cuts away, per day, the ground IS holds). Toward the
other non-IS sides (the government's enclaves in Hasakah and Qamishli, the rebels and the
Turkish-backed forces) they are drawn as tightly as the sources allow. The government's
enclaves are holes: what no side draws becomes government ground.
"""

from shapely.geometry import Polygon
from shapely.ops import unary_union
from world_spec import circle

# --- The government's enclaves inside Kurdish-held ground (holes) -------------------------
# Hasakah before IS's June 2015 attack: the centre and the Arab south and west of the city,
# about half of it; the YPG held the Kurdish north and east (±1.5 km).
HASAKAH_GOV_2014 = Polygon([(40.700, 36.506), (40.772, 36.512), (40.800, 36.492),
                            (40.792, 36.440), (40.740, 36.428), (40.700, 36.458)])  # fmt: skip
# After the YPG's advance of summer 2015 the government kept about a fifth: the centre and a
# wedge to the south (±1 km).
HASAKAH_GOV_2015 = Polygon([(40.728, 36.506), (40.765, 36.509), (40.778, 36.490),
                            (40.762, 36.472), (40.732, 36.478)])  # fmt: skip
# After the ceasefire of 23 August 2016: the 'security square' in the centre only (±0.5 km).
HASAKAH_SQUARE = circle(40.748, 36.503, 0.6)
# Regiment 123 on Jabal Kawkab north-east of Hasakah, which the army kept throughout (±2 km).
KAWKAB_BASE = circle(40.875, 36.575, 3)
# Qamishli: the security square in the centre, the Tayy quarter and the airport south-west of
# the city, with the road between them (±1 km).
QAMISHLI_GOV = unary_union(
    [circle(41.226, 37.046, 1.4), circle(41.192, 37.021, 2.6), circle(41.210, 37.032, 1.0)]
)


def hasakah_holes(day):
    """The government's ground inside the Jazira on a version's first day."""
    if day < "2015-08-01":
        hasakah = HASAKAH_GOV_2014
    elif day < "2016-08-23":
        hasakah = HASAKAH_GOV_2015
    else:
        hasakah = HASAKAH_SQUARE
    return unary_union([hasakah, KAWKAB_BASE, QAMISHLI_GOV])


# --- The Jazira and the north-east ----------------------------------------------------------
# The Jazira canton, January 2014: Ras al-Ayn to the Tigris, down to Tal Tamr and the Kurdish
# half of Hasakah, north of Tal Brak and Tal Hamis (IS-held), Yarubiyah and the Iraqi border.
JAZIRA_2014 = [
    (40.00, 37.30), (42.70, 37.40), (42.30, 36.66), (42.05, 36.64), (41.60, 36.70),
    (41.30, 36.74), (41.05, 36.77), (40.90, 36.62), (40.82, 36.46), (40.68, 36.44),
    (40.62, 36.55), (40.37, 36.62), (40.15, 36.72), (40.02, 36.82),
]  # fmt: skip
# After the eastern Hasakah offensive (Tal Brak 23 Feb, Tal Hamis 27 Feb 2015).
JAZIRA_2015 = [
    (40.00, 37.30), (42.70, 37.40), (42.30, 36.50), (42.05, 36.50), (41.60, 36.55),
    (41.20, 36.57), (40.95, 36.53), (40.82, 36.44), (40.68, 36.44), (40.62, 36.55),
    (40.37, 36.62), (40.15, 36.72), (40.02, 36.82),
]  # fmt: skip
# Mount Abdulaziz and the countryside west of Hasakah, taken in the offensive of 6-31 May 2015
# (the mountain on 20 May); overlaps the Jazira outline to the north.
ABDULAZIZ = [
    (40.05, 36.55), (40.37, 36.64), (40.62, 36.56), (40.70, 36.44), (40.55, 36.34),
    (40.25, 36.36), (40.05, 36.45),
]  # fmt: skip
# The Kobani canton before the siege: east of the Euphrates, west of Tal Abyad, north of Sarrin.
KOBANI_CANTON = [
    (38.02, 37.00), (38.80, 37.00), (38.78, 36.70), (38.55, 36.62), (38.30, 36.60),
    (38.10, 36.64), (38.05, 36.78),
]  # fmt: skip
KOBANI_BESIEGED = circle(38.358, 36.878, 3.5)
# One strip from the Euphrates to the Tigris after Tal Abyad (16 June 2015), Ain Issa, the
# western Hasakah offensive (Mount Abdulaziz, May 2015), Sarrin (July 2015) and the ring round
# Hasakah closed on 19 July 2015; al-Hawl (IS) stays south of the line. From the Balikh to
# Mount Abdulaziz the front ran some 35-45 km north of Raqqa (about 36.3 N; ±10 km).
NORTH_2015 = [
    (38.04, 37.10), (42.70, 37.40), (42.30, 36.40), (42.00, 36.42), (41.60, 36.47),
    (41.20, 36.48), (40.95, 36.46), (40.80, 36.38), (40.62, 36.40), (40.38, 36.38),
    (40.05, 36.42), (39.60, 36.36), (39.10, 36.32), (38.85, 36.31), (38.60, 36.45),
    (38.35, 36.50), (38.15, 36.58), (38.06, 36.70),
]  # fmt: skip
# Al-Hawl and the border villages south-east of Hasakah, taken on 13 Nov 2015.
HAWL_2015 = [
    (40.95, 36.46), (42.30, 36.42), (42.30, 36.25), (41.80, 36.30), (41.40, 36.26),
    (41.10, 36.24), (40.95, 36.40),
]  # fmt: skip
# After al-Hawl (13 Nov 2015) and the Tishrin dam (26 Dec 2015: the south of the Kobani
# canton to the dam, with a foothold at its western end).
NORTH_2015_12 = [
    (38.04, 37.10), (42.70, 37.40), (42.30, 36.25), (41.80, 36.30), (41.40, 36.26),
    (41.10, 36.24), (40.95, 36.40), (40.80, 36.38), (40.62, 36.40), (40.38, 36.38),
    (40.05, 36.42), (39.60, 36.36), (39.10, 36.32), (38.85, 36.31), (38.55, 36.38),
    (38.22, 36.36), (38.17, 36.46), (38.10, 36.58), (38.06, 36.70),
]  # fmt: skip
TISHRIN_WEST = circle(38.15, 36.385, 4)
# After Shaddadi (19 Feb 2016): the Khabur valley south to about 35.95 N.
NORTH_2016 = [
    (38.04, 37.10), (42.70, 37.40), (42.30, 36.20), (41.80, 36.25), (41.30, 36.15),
    (41.00, 36.00), (40.80, 35.93), (40.60, 36.00), (40.55, 36.22), (40.38, 36.43),
    (40.05, 36.42), (39.60, 36.36), (39.10, 36.32), (38.85, 36.31), (38.55, 36.38),
    (38.22, 36.36), (38.17, 36.46), (38.10, 36.58), (38.06, 36.70),
]  # fmt: skip
# Manbij pocket west of the Euphrates after 12 Aug 2016: south of the Sajur, east of Arima,
# north of the lake; drawn only where the SDF, not the Turkish-backed forces, held it.
MANBIJ = [
    (37.73, 36.63), (38.03, 36.65), (38.08, 36.55), (38.14, 36.42), (38.20, 36.30),
    (37.95, 36.25), (37.78, 36.30), (37.71, 36.45),
]  # fmt: skip
# From early March 2017 the villages between Arima and the SDF's line west of Manbij were handed
# to the Syrian army as a buffer against the Turkish-backed forces (±3 km).
MANBIJ_2017 = [
    (37.82, 36.64), (38.03, 36.65), (38.08, 36.55), (38.14, 36.42), (38.20, 36.30),
    (37.95, 36.25), (37.84, 36.30), (37.82, 36.45),
]  # fmt: skip
# Wrath of Euphrates, phases 1-2 (Nov 2016 - Jan 2017): north of Raqqa down to about 36.1 N
# and west to the Tabqa dam's north end; drawn to the front, the rest is cut as IS ground.
RAQQA_NORTH = [
    (38.20, 36.40), (38.55, 36.38), (38.55, 35.92), (38.80, 35.95), (39.05, 36.05),
    (39.40, 36.10), (39.80, 36.20), (40.30, 36.20), (40.55, 36.22), (40.38, 36.50),
    (40.05, 36.60), (39.60, 36.55), (39.10, 36.47),
]  # fmt: skip
# From March 2017 (Tabqa airbase 26 Mar, Tabqa 10 May, Raqqa from June): everything north of
# the Euphrates from Lake Assad to the Khabur, with the Tabqa pocket south of the lake and the
# south bank facing Raqqa. IS ground inside is cut day by day.
EUPHRATES_NORTH = [
    (38.20, 36.40), (38.40, 35.95), (38.45, 35.80), (38.60, 35.72), (38.75, 35.78),
    (38.90, 35.88), (39.00, 35.92), (39.15, 35.90), (39.45, 35.82), (39.80, 35.64),
    (40.05, 35.48), (40.10, 35.45), (40.40, 35.60), (40.80, 35.93), (41.00, 36.00),
    (40.55, 36.22), (40.38, 36.50),
    (40.05, 36.60), (39.60, 36.55), (39.10, 36.47),
]  # fmt: skip
# Jazira Storm (from 9 Sep 2017) and after Raqqa: the whole east bank of the Euphrates to the
# Iraqi border; the river is the edge, so Deir ez-Zor, Mayadin and Abu Kamal (west bank)
# stay outside. IS ground (the Hajin pocket to 23 Mar 2019, the desert enclave to July 2018)
# is cut day by day.
EAST_BANK = [
    (40.05, 35.48), (40.12, 35.40), (40.20, 35.36), (40.30, 35.22), (40.41, 35.13),
    (40.46, 35.03), (40.60, 34.92), (40.72, 34.80), (40.81, 34.70), (40.88, 34.58),
    (40.92, 34.49), (40.935, 34.44), (40.96, 34.38), (41.60, 34.30), (42.50, 36.35),
    (41.80, 36.32), (41.30, 36.20), (41.00, 36.02), (40.80, 35.93),
    (40.40, 35.60),
]  # fmt: skip
# The government's bridgehead on the east bank at Deir ez-Zor from 18 Sep 2017 (Husseiniyah
# to Khasham and Tabiya, the 'seven villages'), a hole in the SDF's ground (±3 km).
DEZ_GOV_EAST_BANK = Polygon([
    (40.00, 35.42), (40.12, 35.45), (40.30, 35.38), (40.40, 35.27),
    (40.36, 35.17), (40.28, 35.22), (40.18, 35.32), (40.05, 35.37),
])  # fmt: skip
# Peace Spring, 9-20 Oct 2019: Tal Abyad fell on 13 Oct, Ras al-Ayn was evacuated on 20 Oct;
# the zone between them, about 30 km deep to the M4 road, went to the Turkish-backed forces.
TAL_ABYAD_2019 = Polygon([(38.72, 36.95), (39.30, 36.95), (39.25, 36.50), (38.95, 36.45),
                          (38.75, 36.55)])  # fmt: skip
PEACE_SPRING = Polygon([(38.72, 36.95), (40.20, 37.00), (40.22, 36.58), (39.90, 36.50),
                        (39.30, 36.42), (38.95, 36.45), (38.75, 36.55)])  # fmt: skip

# --- The north-west ---------------------------------------------------------------------------
# The Afrin canton (Afrin district): the Turkish border on the west and north, Azaz (rebels)
# to the east, Jindires and the Simeon mountain to the south.
AFRIN_CANTON = [
    (36.45, 36.95), (37.00, 36.95), (36.99, 36.62), (36.95, 36.45), (36.88, 36.34),
    (36.74, 36.29), (36.58, 36.30), (36.48, 36.45),
]  # fmt: skip
# Menagh (10 Feb 2016) and Tal Rifaat (15 Feb 2016), taken from the rebels; Azaz to the north
# and Nubl and Zahraa (government) to the south stay outside (±3 km).
TAL_RIFAAT = [
    (36.99, 36.56), (37.08, 36.565), (37.17, 36.52), (37.22, 36.45), (37.17, 36.40),
    (37.05, 36.395), (36.99, 36.42),
]  # fmt: skip
# Olive Branch: the border belt was lost first (Jan-Feb 2018), then the south and west; in
# March only the centre round Afrin town was left (±5 km).
AFRIN_FEB_2018 = [
    (36.56, 36.74), (36.90, 36.74), (36.95, 36.45), (36.88, 36.36), (36.74, 36.32),
    (36.62, 36.34), (36.55, 36.45),
]  # fmt: skip
AFRIN_MAR_2018 = circle(36.87, 36.51, 12)
SHEIKH_MAQSOUD = circle(37.150, 36.237, 1.2)
