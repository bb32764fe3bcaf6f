"""Extracting a zipped Shapefile without trusting the archive.

A zip names its own members and sizes: it can hold thousands of files, expand a few kilobytes
into gigabytes (a "zip bomb"), or name paths outside the folder it is unpacked into (`../`,
absolute names, symbolic links). Only the Shapefile's own parts are written, under their base
names, into a fresh private folder; everything else is refused with a message that says which
limit the file broke, before a byte is written, and the byte count is checked again while
writing in case the archive lies about its sizes.
"""

import stat
from pathlib import Path, PurePosixPath, PureWindowsPath

from mapapp.importing.readers import ImportRefused

MAX_MEMBERS = 32
MAX_TOTAL_BYTES = 512 * 1024 * 1024
MAX_RATIO = 200
# Small members may compress far better than that (a .prj of repeated text); only large ones
# are held to the ratio.
RATIO_FROM_BYTES = 1024 * 1024
SHAPEFILE_PARTS = (".shp", ".shx", ".dbf", ".prj", ".cpg")
CHUNK = 1024 * 1024


def member_problem(info):
    """Why this member may not be unpacked anywhere, or ''."""
    name = info.filename
    windows = PureWindowsPath(name)
    if name.startswith(("/", "\\")) or windows.drive or windows.root:
        return f"{name!r} is an absolute path"
    if ".." in PurePosixPath(name.replace("\\", "/")).parts:
        return f"{name!r} points outside the archive's folder (..)"
    if stat.S_ISLNK(info.external_attr >> 16):
        return f"{name!r} is a symbolic link"
    if "\x00" in name:
        return f"{name!r} contains a NUL character"
    return ""


def check_archive(archive, label):
    """Refuse the whole archive when any member or the total breaks a limit."""
    infos = archive.infolist()
    if len(infos) > MAX_MEMBERS:
        limit = f"a zipped Shapefile has at most {MAX_MEMBERS}"
        raise ImportRefused([f"{label}: the zip holds {len(infos)} files; {limit}"])
    problems = [p for p in map(member_problem, infos) if p]
    if problems:
        raise ImportRefused([f"{label}: refused, {p}" for p in problems])
    total = sum(info.file_size for info in infos)
    if total > MAX_TOTAL_BYTES:
        raise ImportRefused(
            [
                f"{label}: the zip would unpack to {total / 2**20:.0f} MB; "
                f"at most {MAX_TOTAL_BYTES // 2**20} MB are unpacked"
            ]
        )
    for info in infos:
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > RATIO_FROM_BYTES and ratio > MAX_RATIO:
            raise ImportRefused(
                [
                    f"{label}: {info.filename!r} expands {ratio:.0f} times (a zip bomb?); "
                    f"at most {MAX_RATIO} times is accepted"
                ]
            )


def extract_shapefile(archive, folder, label):
    """Write the one Shapefile's parts into `folder`; return the path of its .shp."""
    check_archive(archive, label)
    members = [i for i in archive.infolist() if not i.is_dir()]
    shapefiles = [i for i in members if i.filename.lower().endswith(".shp")]
    if len(shapefiles) != 1:
        raise ImportRefused(
            [f"{label}: expected exactly one .shp in the zip, found {len(shapefiles)}"]
        )
    stem = without_suffix(shapefiles[0].filename)
    parts = [
        i
        for i in members
        if without_suffix(i.filename) == stem
        and PurePosixPath(i.filename).suffix.lower() in SHAPEFILE_PARTS
    ]
    written = 0
    for info in parts:
        # A fixed name plus the lower-cased suffix: the archive cannot choose where it lands.
        target = Path(folder) / ("layer" + Path(info.filename).suffix.lower())
        written = copy_member(archive, info, target, written, label)
    return Path(folder) / "layer.shp"


def without_suffix(name):
    return str(PurePosixPath(name).with_suffix(""))


def copy_member(archive, info, target, written, label):
    with archive.open(info) as source, open(target, "wb") as out:
        while chunk := source.read(CHUNK):
            written += len(chunk)
            if written > MAX_TOTAL_BYTES:
                raise ImportRefused(
                    [f"{label}: the zip unpacks to more than {MAX_TOTAL_BYTES // 2**20} MB"]
                )
            out.write(chunk)
    return written
