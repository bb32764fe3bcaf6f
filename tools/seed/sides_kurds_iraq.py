"""The Kurds in Syria (YPG, then SDF) and every non-IS, non-government side in Iraq.

Each territory is a list of dated versions. A version starts at a change the sources date and
draws its holder's line on that day, generously toward Islamic State fronts: the builder cuts
away the ground IS holds, so versions are also split at days IS lost ground nearby (same
outline, new date) to keep that cut tight. Government ground is not drawn: it is what remains,
so the government's enclaves inside Kurdish ground are holes here.

Outlines: `sides_kurds_syria.py`, `sides_kurds_iraq_shapes.py`; versions: `sides_kurds_ypg.py`
(YPG and the SDF's north-west), `sides_kurds_sdf.py` (SDF north-east), `sides_iraq_versions.py`.
"""

import sides_iraq_versions
import sides_kurds_sdf
import sides_kurds_ypg

FEATURES = (
    sides_kurds_ypg.YPG_NORTH_EAST
    + sides_kurds_ypg.YPG_KOBANI
    + sides_kurds_ypg.YPG_WEST
    + sides_kurds_ypg.SDF_AFRIN
    + sides_kurds_sdf.SDF_NORTH_EAST
    + sides_iraq_versions.FEATURES
)
