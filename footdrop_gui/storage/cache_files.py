"""Files the app can make again (the library's drawn thumbnails), kept in the data folder's
cache/: written whole or not at all, never trusted when read back, and never piling up.

A cache file that is missing, damaged, too big or unreadable is simply made again; a cache
that cannot be written costs time at the next start, never an error on screen. Each new
picture (a new drawing, size, screen, scheme or Qt) is a new file, so whenever one is written
the oldest of the app's files beyond a limit are removed; nothing else in the folder is
touched.
"""

from __future__ import annotations

import os
import re
from contextlib import suppress
from pathlib import Path

MAX_CACHED_BYTES = 1 << 20  # a thumbnail is a few kB: anything this big is not ours


def read_cached(folder: Path, name: str) -> bytes | None:
    """The file's bytes, or None when there is no usable file by that name."""
    path = folder / name
    try:
        if path.stat().st_size > MAX_CACHED_BYTES:
            return None
        return path.read_bytes()
    except OSError:  # missing, a folder, no permission, a disk error: made again
        return None


def write_cached(folder: Path, name: str, data: bytes) -> bool:
    """Keep data under name, replacing any older copy at once (never a half-written file).

    Returns whether it was kept; a full disk or a read-only folder only means it is not.
    """
    partial = folder / f".{name}.{os.getpid()}.partial"
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
        handle = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with open(handle, "wb") as out:  # private, as everything in the data folder
            out.write(data)
        os.replace(partial, folder / name)
    except OSError:
        with suppress(OSError):
            partial.unlink()
        return False
    return True


def prune_cached(folder: Path, ours: re.Pattern[str], keep: int) -> int:
    """Remove all but the `keep` most recently written files whose whole name matches
    `ours`; returns how many were removed. Anything else in the folder is left alone, and a
    file that cannot be removed is simply left for the next time."""
    try:
        named = [entry for entry in os.scandir(folder) if ours.fullmatch(entry.name)]
        kept = [(entry.stat(follow_symlinks=False).st_mtime_ns, entry) for entry in named]
    except OSError:
        return 0
    kept.sort(key=lambda pair: pair[0], reverse=True)
    removed = 0
    for _written, entry in kept[keep:]:
        with suppress(OSError):
            if entry.is_file(follow_symlinks=False):
                os.unlink(entry.path)
                removed += 1
    return removed
