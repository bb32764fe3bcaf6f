"""The end game on the middle Euphrates: the Hajin pocket (from 19 Nov 2017) down to Baghouz.

Part of the same territory as the rest of the core (one slug, `is-core`), so the versions never
overlap in time. Each pocket is drawn from the ground the sources name: the Euphrates' east bank
(SY_EUPHRATES_EAST_BANK) on the west, cut out as government ground after Abu Kamal fell, and on
the other sides lines through the villages the SDF took or had not yet reached. No source maps
the outlines; each version's note says how exact its line is. The sizes match the reported ones
(about 15 km² mid-Jan 2019, about 4 km² late Jan, under 0.5 km² from 2 Mar).
"""

from core_geo import block as ring_block
from core_geo import grow
from core_pieces import END, Cut, D, Held
from core_waypoints import SY_EUPHRATES_EAST_BANK as BANK

# core_build.close_gaps grows every shape by 12 km and shrinks it back with polygonal buffers,
# which eats about 0.1 km off each side of a small shape; the pockets are drawn that much wider
# so the line that reaches the map is the one drawn here.
CLOSING_LOSS_KM = 0.11


def block(points):
    return grow(ring_block(points), CLOSING_LOSS_KM)


# Everything west of the east bank, from al-Bahrah to the border: the Syrian army's after
# Abu Kamal fell. Cutting it gives every pocket the river for its western edge.
WEST_OF_THE_RIVER = ring_block(
    BANK + [(40.99, 34.40), (40.90, 34.38), (40.75, 34.55), (40.58, 34.72), (40.55, 34.84)]
)


def pocket(north, east):
    """East-bank land south of the line from the bank at latitude `north` east to `east[0]`.

    `east` runs north to south along the pocket's landward edge and ends back at the river; the
    western edge is drawn past the river and trimmed by WEST_OF_THE_RIVER.
    """
    west = [(lon - 0.02, lat) for lon, lat in BANK if lat <= north + 0.005]
    return block([(west[0][0], north)] + east + west[::-1][: len(west)])


# The east bank from al-Bahrah down to Baghouz, east into the desert to the Iraqi border.
HAJIN_POCKET = block([(40.64, 34.80), (40.78, 34.82), (41.15, 34.78), (41.05, 34.45),
                      (40.99, 34.42), (40.90, 34.43), (40.88, 34.56), (40.78, 34.65),
                      (40.64, 34.73)])  # fmt: skip
# After the first SDF push (Sep–Oct 2018) the northern end is gone, but not Hajin itself.
HAJIN_POCKET_SQUEEZED = block([(40.78, 34.745), (41.10, 34.74), (41.05, 34.45),
                               (40.99, 34.42), (40.90, 34.43), (40.88, 34.56),
                               (40.78, 34.65), (40.77, 34.70)])  # fmt: skip
# After Hajin: al-Shafa, al-Susah, al-Bubadran, al-Marashida, Baghouz; the SDF held the border
# strip and the desert to the east (Halab Today: 'the entire border strip with Iraq').
SHAFA_SUSAH_BAGHOUZ = pocket(34.655, [(40.905, 34.655), (40.935, 34.630), (40.955, 34.600),
                                      (40.968, 34.560), (40.972, 34.520), (40.972, 34.480),
                                      (40.966, 34.455), (40.958, 34.447)])  # fmt: skip
SUSAH_BAGHOUZ = pocket(34.575, [(40.940, 34.575), (40.958, 34.555), (40.966, 34.525),
                                (40.968, 34.490), (40.964, 34.460), (40.957, 34.448)])  # fmt: skip
BUBADRAN_BAGHOUZ = pocket(
    34.512,
    [(40.944, 34.512), (40.952, 34.500), (40.958, 34.485), (40.960, 34.470), (40.959, 34.457),
     (40.955, 34.449)],
)  # fmt: skip
MARASHIDA_BAGHOUZ = pocket(34.486, [(40.946, 34.486), (40.951, 34.477), (40.955, 34.466),
                                    (40.956, 34.458), (40.954, 34.451)])  # fmt: skip
# From 9 Feb: the hamlets and the tent camp south-west of the village, between the river, the
# houses the SDF held to the north and east and the cliffs to the south (Telegraph, 19 Mar).
BAGHOUZ_HAMLETS = block([(40.9400, 34.4700), (40.9475, 34.4680), (40.9535, 34.4630),
                         (40.9555, 34.4575), (40.9530, 34.4525), (40.9480, 34.4510),
                         (40.9440, 34.4540)])  # fmt: skip
BAGHOUZ_CAMP_FEB = block([(40.9420, 34.4660), (40.9480, 34.4650), (40.9530, 34.4615),
                          (40.9545, 34.4575), (40.9525, 34.4535), (40.9478, 34.4525),
                          (40.9440, 34.4550)])  # fmt: skip
BAGHOUZ_CAMP = block([(40.9455, 34.4620), (40.9490, 34.4618), (40.9522, 34.4600),
                      (40.9532, 34.4575), (40.9518, 34.4552), (40.9480, 34.4548),
                      (40.9455, 34.4565)])  # fmt: skip
BAGHOUZ_RIVERBANK = block([(40.9455, 34.4606), (40.9488, 34.4605), (40.9516, 34.4594),
                           (40.9521, 34.4577), (40.9500, 34.4570), (40.9470, 34.4572),
                           (40.9455, 34.4580)])  # fmt: skip

KM1 = "Line good to about ±1 km (river bank and village positions approximate)."
M300 = "Line good to about ±300 m: the camp's place is known, its edge is drawn by judgement."

ENDGAME = [
    Cut(
        "West bank of the Euphrates (Syrian army after Abu Kamal)",
        WEST_OF_THE_RIVER,
        D("2017-11-19"),
        END,
        ["core-wp-abu-kamal-offensive-2017"],
    ),
    Held(
        "Hajin pocket",
        HAJIN_POCKET,
        D("2017-11-19"),
        D("2018-09-10"),
        ["core-wp-abu-kamal-offensive-2017", "core-afp-2018-09-10"],
        "East bank left to IS when Abu Kamal fell; the SDF offensive began 10 Sep 2018. Eastern "
        "edge in the desert drawn by judgement (±5 km); the river bank ±1 km.",
    ),
    Held(
        "Hajin pocket (SDF push)",
        HAJIN_POCKET_SQUEEZED,
        D("2018-09-10"),
        D("2018-10-27"),
        ["core-afp-2018-09-10"],
        "SDF gains at the north end, Sep–Oct 2018 (drawn by judgement, ±5 km; the SDF also held "
        "al-Susah for a few days from 23 Oct, not drawn).",
    ),
    Held(
        "Hajin pocket (after the IS counter-attack)",
        HAJIN_POCKET_SQUEEZED,
        D("2018-10-27"),
        D("2018-12-14"),
        ["core-afp-2018-10-27"],
        "IS retook al-Susah and Baghouz on 27 Oct 2018; the SDF pulled back. ±5 km in the desert.",
    ),
    Held(
        "Al-Shafa–al-Susah–Baghouz pocket",
        SHAFA_SUSAH_BAGHOUZ,
        D("2018-12-14"),
        D("2019-01-13"),
        ["sy-france24-2018-12-14-hajin", "sy-halabtoday-2019-01-susah"],
        "Hajin taken by the SDF 14 Dec 2018; IS fell back on al-Susah and al-Shafa. The river "
        "bank and a line 3–4 km east of it through the farmland. " + KM1,
    ),
    Held(
        "Al-Susah–Baghouz pocket",
        SUSAH_BAGHOUZ,
        D("2019-01-13"),
        D("2019-01-18"),
        ["sy-smart-2019-01-13-shafa"],
        "Al-Shafa taken by the SDF on 13 Jan 2019; IS withdrew to al-Susah and al-Bubadran. " + KM1,
    ),
    Held(
        "Al-Bubadran–al-Marashida–Baghouz, about 15 km²",
        BUBADRAN_BAGHOUZ,
        D("2019-01-18"),
        D("2019-01-23"),
        ["sy-smart-2019-01-18-susah", "core-thenational-2019-01-sohr"],
        "SDF in control of all of al-Susah on 18 Jan 2019; SOHR: IS holds about 15 km². " + KM1,
    ),
    Held(
        "Al-Marashida and Baghouz, about 4 km²",
        MARASHIDA_BAGHOUZ,
        D("2019-01-23"),
        D("2019-02-09"),
        ["sy-iswnews-2019-01-23", "core-tagesanzeiger-2019-01-28"],
        "SDF entered al-Shajla and northern Baghouz Fawqani on 23 Jan 2019; IS fell back on "
        "al-Marashida; about 4 km² late Jan 2019. " + KM1,
    ),
    Held(
        "Baghouz hamlets and camp, about 2 km² (besieged)",
        BAGHOUZ_HAMLETS,
        D("2019-02-09"),
        D("2019-02-16"),
        ["sy-efe-2019-02-10-baghouz", "core-wp-battle-of-baghuz"],
        "Battle of Baghouz from 9 Feb 2019: the SDF said IS held about 2 km². " + KM1,
    ),
    Held(
        "Baghouz camp, under 1 km² (besieged)",
        BAGHOUZ_CAMP_FEB,
        D("2019-02-16"),
        D("2019-03-01"),
        ["sy-k24-2019-02-19-baghouz", "core-wp-battle-of-baghuz"],
        "A Kurdish official, 16 Feb 2019: no larger than a square kilometre. " + M300,
        end_prec="month",
    ),
    Held(
        "Baghouz tent camp, under 0.5 km²",
        BAGHOUZ_CAMP,
        D("2019-03-01"),
        D("2019-03-19"),
        ["sy-bbc-2019-03-02-baghouz", "sy-aljazeera-2019-03-02-baghouz"],
        "BBC 2 Mar 2019: under half a square kilometre. " + M300,
        start_prec="month",
    ),
    Held(
        "Baghouz riverbank, the last ground",
        BAGHOUZ_RIVERBANK,
        D("2019-03-19"),
        END,
        [
            "core-wp-battle-of-baghuz",
            "sy-afp-2019-03-23-baghouz",
            "sy-epochtimes-2019-03-23-baghouz",
        ],
        "Tent camp fell 19 Mar 2019, the last fighters cornered on the river bank; last ground "
        "captured 23 Mar 2019. " + M300,
    ),
]
