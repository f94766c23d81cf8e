"""Never replay a -wal file that does not belong to the history beside it.

SQLite replays any history.sqlite3-wal it finds next to the database, even one left by an
old crash of another copy of the file (restoring a backup next to it does exactly this) -
and that destroys the history. So the app keeps a small marker beside the database:

- "open": the app has the file open; the main file is exactly as recorded (its inode, size
  and modification time), because the app itself is the only one to checkpoint it, and
  records it again after each checkpoint. A -wal found with this marker belongs to the file
  only if the main file is still the one recorded.
- "checkpointing": the app was copying the -wal into the main file; the -wal is its own.
- "closed": the app closed cleanly, which copies the -wal into the file and removes it, so
  any -wal found now came from elsewhere.

A -wal that does not belong is moved aside (never deleted) before SQLite can see it. With no
marker at all (a history from before this check), SQLite is left to do as it always did.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from footdrop_gui.storage.snapshot import unused_name

STATE_FILE = "history.state"
OPEN, CHECKPOINTING, CLOSED = "open", "checkpointing", "closed"
MARKER_SIZE = 256


@dataclass(frozen=True)
class Fingerprint:
    """What identifies the main file on disk while nothing but the app writes to it."""

    inode: int
    size: int
    mtime_ns: int

    @classmethod
    def of(cls, path: Path) -> Fingerprint:
        seen = path.stat()
        return cls(seen.st_ino, seen.st_size, seen.st_mtime_ns)


def _state_path(database: Path) -> Path:
    return database.with_name(STATE_FILE)


def write_state(database: Path, state: str) -> None:
    """Record the state and the main file's fingerprint.

    The marker has a fixed size and is rewritten in place, so it needs no new room on a full
    disk; a write torn by a power cut reads as no marker, which trusts the -wal (never loses
    it). Only the first marker is made whole beside, then renamed into place.
    """
    record: dict[str, object] = {"state": state}
    if database.exists():
        record.update(vars(Fingerprint.of(database)))
    data = json.dumps(record).encode().ljust(MARKER_SIZE)
    target = _state_path(database)
    try:
        fd = os.open(target, os.O_WRONLY)
    except FileNotFoundError:
        handle, temporary = tempfile.mkstemp(prefix=".history-state-", dir=database.parent)
        try:
            os.write(handle, data)
            os.fsync(handle)
            os.close(handle)
            os.replace(temporary, target)
        except BaseException:
            Path(temporary).unlink(missing_ok=True)
            raise
        return
    try:
        os.write(fd, data)
        os.fsync(fd)
    finally:
        os.close(fd)


def trust_wal(database: Path) -> None:
    """Before the main file is written from the -wal: say the -wal is its own. If even that
    cannot be written, remove the marker (which needs no room), which trusts it too."""
    try:
        write_state(database, CHECKPOINTING)
    except OSError:
        _state_path(database).unlink(missing_ok=True)


def _read_state(database: Path) -> tuple[str, Fingerprint | None] | None:
    """The recorded state, or None when there is none that can be trusted."""
    try:
        record = json.loads(_state_path(database).read_bytes().decode("utf-8"))
        state = record["state"]
        if state not in (OPEN, CHECKPOINTING, CLOSED):
            return None
        if "inode" not in record:
            return state, None
        return state, Fingerprint(int(record["inode"]), int(record["size"]),
                                  int(record["mtime_ns"]))  # fmt: skip
    except (OSError, ValueError, KeyError, TypeError):
        return None


def wal_belongs(database: Path) -> bool:
    """Whether the -wal beside database may be replayed into it (see the module's rules)."""
    recorded = _read_state(database)
    if recorded is None:
        return True  # no trustworthy marker: a history from before this check
    state, fingerprint = recorded
    if state == CHECKPOINTING:
        return True
    if state == CLOSED or fingerprint is None or not database.exists():
        return False
    return Fingerprint.of(database) == fingerprint


def _held_by_another_program(path: Path) -> bool:
    """Whether another process has a lock on path: a program using the history right now,
    whose -wal is live and its own. (Linux and macOS; Windows refuses to move an open file.)"""
    if sys.platform == "win32" or not path.exists():
        return False
    import fcntl

    try:
        fd = os.open(path, os.O_RDWR)
    except OSError:
        return False
    try:
        fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)  # a test only: closing releases it
    except OSError:
        return True
    finally:
        os.close(fd)
    return False


def set_aside_stray_wal(database: Path, folder: Path, now: datetime) -> Path | None:
    """Move a -wal (and its -shm) that does not belong into folder; returns where it went."""
    wal = Path(f"{database}-wal")
    if not wal.exists() or wal.stat().st_size == 0 or wal_belongs(database):
        return None
    if any(_held_by_another_program(p) for p in (database, Path(f"{database}-shm"))):
        return None
    folder.mkdir(mode=0o700, exist_ok=True)
    target = unused_name(folder / f"{database.name}-wal.not-this-file-{now:%Y%m%d-%H%M%S}")
    os.rename(wal, target)
    shm = Path(f"{database}-shm")
    if shm.exists():
        os.rename(shm, Path(f"{target}-shm"))
    return target
