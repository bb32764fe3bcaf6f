"""The end game on the middle Euphrates: the Hajin pocket (from 19 Nov 2017) down to Baghouz.

Part of the same territory as the rest of the core (one slug, `is-core`), so the versions never
overlap in time. The late pockets are drawn as discs round the last-held village to match the
reported sizes (about 15 km² mid-Jan 2019, about 4 km² late Jan, under 0.5 km² from 2 Mar),
because no source maps their exact outline.
"""

from core_geo import block, disc
from core_pieces import END, D, Held
from core_waypoints import P

# The east bank from al-Bahrah down to Baghouz, east to the Iraqi border (clipped later).
HAJIN_POCKET = block([(40.66, 34.80), (40.78, 34.82), (41.15, 34.78), (41.05, 34.45),
                      (40.99, 34.42), (40.93, 34.46), (40.90, 34.56), (40.80, 34.66),
                      (40.68, 34.73)])  # fmt: skip
# After the first SDF push (Sep–Oct 2018) the northern end is gone, but not Hajin itself.
HAJIN_POCKET_SQUEEZED = block([(40.78, 34.745), (41.10, 34.74), (41.05, 34.45),
                               (40.99, 34.42), (40.93, 34.46), (40.90, 34.56),
                               (40.80, 34.66), (40.79, 34.70)])  # fmt: skip
# After Hajin fell: Shafah, al-Susah, al-Marashida, Baghouz.
SUSAH_BAGHOUZ = block([(40.86, 34.63), (40.95, 34.62), (41.03, 34.50), (40.99, 34.42),
                       (40.93, 34.45), (40.90, 34.55)])  # fmt: skip
# Baghouz Fawqani: the last ground lay between the village and the river to its east.
LAST = P["baghouz"]

ENDGAME = [
    Held(
        "Hajin pocket",
        HAJIN_POCKET,
        D("2017-11-19"),
        D("2018-09-10"),
        ["core-wp-abu-kamal-offensive-2017", "core-afp-2018-09-10"],
        "East bank left to IS when Abu Kamal fell; the SDF offensive began 10 Sep 2018.",
    ),
    Held(
        "Hajin pocket (SDF push)",
        HAJIN_POCKET_SQUEEZED,
        D("2018-09-10"),
        D("2018-10-27"),
        ["core-afp-2018-09-10"],
        "SDF gains at the north end, Sep–Oct 2018 (drawn by judgement).",
    ),
    Held(
        "Hajin pocket (after the IS counter-attack)",
        HAJIN_POCKET_SQUEEZED,
        D("2018-10-27"),
        D("2018-12-14"),
        ["core-afp-2018-10-27"],
        "IS retook al-Susah and Baghouz on 27 Oct 2018; the SDF pulled back.",
    ),
    Held(
        "Al-Susah–Baghouz pocket",
        SUSAH_BAGHOUZ,
        D("2018-12-14"),
        D("2019-01-15"),
        ["core-sohr-2018-12-14"],
        "Hajin taken by the SDF 14 Dec 2018.",
        end_prec="month",
    ),
    Held(
        "Baghouz and al-Marashida, about 15 km²",
        disc(LAST, 2.2),
        D("2019-01-15"),
        D("2019-01-23"),
        ["core-smart-2019-01-18", "core-thenational-2019-01-sohr"],
        "Al-Susah taken mid-Jan 2019; SOHR: IS holds about 15 km².",
        start_prec="month",
    ),
    Held(
        "Baghouz, about 4 km²",
        disc(LAST, 1.13),
        D("2019-01-23"),
        D("2019-02-09"),
        ["core-tagesanzeiger-2019-01-28"],
        "About 4 km² round Baghouz late Jan 2019.",
    ),
    Held(
        "Baghouz besieged",
        disc(LAST, 0.7),
        D("2019-02-09"),
        D("2019-03-01"),
        ["core-wp-battle-of-baghuz"],
        "Battle of Baghouz from 9 Feb 2019; size by judgement.",
        end_prec="month",
    ),
    Held(
        "Baghouz tent camp, under 0.5 km²",
        disc(LAST, 0.37),
        D("2019-03-01"),
        D("2019-03-19"),
        ["core-bbc-2019-03-02"],
        "BBC 2 Mar 2019: under 0.5 km².",
        start_prec="month",
    ),
    Held(
        "Baghouz riverbank, the last ground",
        disc(LAST, 0.25),
        D("2019-03-19"),
        END,
        ["core-wp-battle-of-baghuz", "core-wapo-2019-03-23"],
        "Tent camp fell 19 Mar 2019; last ground captured 23 Mar 2019.",
    ),
]
