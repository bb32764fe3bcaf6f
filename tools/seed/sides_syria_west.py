"""The other sides of western, central and southern Syria, 2014-2019.

The Syrian opposition (the north-west until 2015/2017, east Aleppo, the Homs, Damascus, Qalamoun
and southern pockets, the 2017 desert), the Idlib groups (Jaysh al-Fatah from March 2015, HTS
from January 2017), the Turkish-backed forces (Euphrates Shield, Olive Branch, Peace Spring),
the coalition at al-Tanf and the open south-eastern desert that no side held. Government ground
is not drawn: it is what remains of Syria once every side's ground is taken away.

Where the north-west is split: from the fall of Idlib city (28 Mar 2015) the rebel ground inside
Idlib province, and from August 2015 the northern al-Ghab, is drawn as the Idlib groups' (the
Jaysh al-Fatah coalition ran it); the western Aleppo countryside, northern Hama and the Latakia
mountains stay with the wider opposition until Hayat Tahrir al-Sham formed (28 Jan 2017), from
when the whole north-west pocket is drawn as the Idlib groups'.
"""

from sides_syria_west_aleppo import (
    EUPHRATES_SHIELD,
    OLIVE_BRANCH,
    OPPOSITION_EAST_ALEPPO,
    OPPOSITION_NORTH_ALEPPO,
    PEACE_SPRING,
)
from sides_syria_west_north import IDLIB_GROUPS, OPPOSITION_KESSAB, OPPOSITION_NORTH_WEST
from sides_syria_west_pockets import (
    OPPOSITION_GHOUTA,
    OPPOSITION_POCKETS,
    OPPOSITION_QALAMOUN,
    OPPOSITION_SOUTH_DAMASCUS,
)
from sides_syria_west_south import AL_TANF, OPPOSITION_DESERT, OPPOSITION_SOUTH, UNHELD_DESERT

FEATURES = (
    OPPOSITION_NORTH_WEST
    + OPPOSITION_KESSAB
    + OPPOSITION_EAST_ALEPPO
    + OPPOSITION_NORTH_ALEPPO
    + OPPOSITION_POCKETS
    + OPPOSITION_QALAMOUN
    + OPPOSITION_GHOUTA
    + OPPOSITION_SOUTH_DAMASCUS
    + OPPOSITION_SOUTH
    + OPPOSITION_DESERT
    + IDLIB_GROUPS
    + EUPHRATES_SHIELD
    + OLIVE_BRANCH
    + PEACE_SPRING
    + AL_TANF
    + UNHELD_DESERT
)
