"""Outlines shared by the core (cut out of IS ground) and syria_enclaves (drawn for the holder).

One definition each, so the hole in the IS core and the enclave drawn in it are the same line.
Lon/lat rings; precision is given with each.
"""

from core_geo import block

# Government-held districts of Deir ez-Zor (al-Jura, al-Qusur, Harabish) and the airport, as the
# siege maps of 2015–2017 show them (±1 km).
DEIR_EZ_ZOR_ENCLAVE = block([(40.06, 35.30), (40.10, 35.37), (40.14, 35.345), (40.20, 35.29),
                             (40.18, 35.26), (40.12, 35.30)])  # fmt: skip
# Tabqa (al-Tabqa) military airport south of the town (±500 m).
TABQA_AIRBASE = block([(38.545, 35.742), (38.575, 35.770), (38.600, 35.762), (38.592, 35.738),
                       (38.562, 35.730)])  # fmt: skip
# Kuweires military airport east of Aleppo: "three kilometres by two" (InsideOver) (±500 m).
KUWEIRES_AIRBASE = block([(37.566, 36.180), (37.584, 36.197), (37.602, 36.193), (37.600, 36.178),
                          (37.582, 36.172)])  # fmt: skip
# Kobani town south of the border crossing; the 1:10m border clips its northern edge (±300 m).
KOBANI_TOWN = block([(38.330, 36.873), (38.346, 36.865), (38.368, 36.866), (38.386, 36.877),
                     (38.390, 36.900), (38.328, 36.900)])  # fmt: skip
# Raqqa in the SDF's battle, 2017: the central and northern districts IS still held in August
# and, from mid-September, the last blocks round the stadium, the national hospital and the
# al-Naim roundabout (±1 km; the front moved street by street).
RAQQA_CENTRE_AUG_2017 = block([(38.990, 35.945), (38.992, 35.965), (39.005, 35.972),
                               (39.022, 35.968), (39.030, 35.955), (39.022, 35.943),
                               (39.005, 35.940)])  # fmt: skip
RAQQA_LAST_DISTRICTS = block([(38.996, 35.949), (38.998, 35.962), (39.008, 35.964),
                              (39.016, 35.958), (39.014, 35.949), (39.004, 35.946)])  # fmt: skip
# Deir ez-Zor's IS-held districts north and east of the government enclave, with the Huweija
# islands; the enclave itself is cut out of it (±1 km).
DEIR_EZ_ZOR_IS_DISTRICTS = block([(40.090, 35.350), (40.115, 35.385), (40.165, 35.385),
                                  (40.215, 35.345), (40.225, 35.300), (40.200, 35.270),
                                  (40.140, 35.330)])  # fmt: skip
# The Tulul al-Safa volcanic field east of Sweida (±5 km).
TULUL_AL_SAFA = block([(36.98, 33.22), (37.05, 33.33), (37.18, 33.34), (37.27, 33.25),
                       (37.22, 33.10), (37.08, 33.08)])  # fmt: skip
