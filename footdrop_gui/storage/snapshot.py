"""Copies of the history made with SQLite's backup API and checked before they are kept, and a
look inside any history file that changes nothing on disk (not even a -shm beside it)."""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from footdrop_gui.core.translation import translate


class CopyError(OSError):
    """A copy could not be made, or did not pass its check; nothing half-made is left."""


def create_private(path: Path) -> None:
    """Create an empty file readable by its owner only (before SQLite opens it)."""
    fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    os.close(fd)


def unused_name(target: Path) -> Path:
    """target, or a name beside it that is not taken yet: a kept file is never overwritten."""
    while target.exists():
        target = target.with_name(f"{target.name}+")
    return target


def read_only(path: Path) -> sqlite3.Connection:
    """Open a history file to look at it only: no lock, no -wal replayed, no file created."""
    return sqlite3.connect(f"{path.resolve().as_uri()}?immutable=1", uri=True)


def quick_check(conn: sqlite3.Connection) -> list[str]:
    """SQLite's quick check: ["ok"], or what is wrong (its words may quote broken bytes)."""
    usual = conn.text_factory
    conn.text_factory = lambda raw: raw.decode("utf-8", errors="replace")
    try:
        return [str(row[0]) for row in conn.execute("PRAGMA quick_check").fetchall()]
    finally:
        conn.text_factory = usual


def is_healthy(conn: sqlite3.Connection) -> bool:
    return quick_check(conn) == ["ok"]


def verified_copy(conn: sqlite3.Connection, target: Path) -> Path:
    """Copy the database behind conn to target (a new file), kept only if it checks out."""
    temporary = target.with_name(f".{target.name}.part")
    temporary.unlink(missing_ok=True)  # our own leftover from an interrupted copy
    create_private(temporary)
    try:
        copy = sqlite3.connect(temporary)
        try:
            conn.backup(copy)
            copy.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
        finally:
            copy.close()
        if not inspect(temporary).good:
            raise CopyError(
                translate("Backups", "The copy {name} did not pass its check.").format(
                    name=target.name
                )
            )
        os.replace(temporary, target)
    except sqlite3.Error as exc:
        raise CopyError(
            translate("Backups", "The copy {name} could not be made ({reason}).").format(
                name=target.name, reason=exc
            )
        ) from exc
    finally:
        temporary.unlink(missing_ok=True)
    return target


@dataclass(frozen=True)
class Inspection:
    """What a look inside a history file found."""

    good: bool
    version: int = 0
    sessions: int | None = None


def inspect(path: Path) -> Inspection:
    """Whether a file is a readable history, its format version and its sessions."""
    try:
        conn = read_only(path)
    except sqlite3.Error:
        return Inspection(False)
    try:
        if not is_healthy(conn):
            return Inspection(False)
        version: int = conn.execute("PRAGMA user_version").fetchone()[0]
        count: int = conn.execute("SELECT count(*) FROM sessions WHERE deleted = 0").fetchone()[0]
        return Inspection(True, version, count)
    except (sqlite3.Error, UnicodeDecodeError):  # broken bytes quoted in SQLite's own words
        return Inspection(False)
    finally:
        conn.close()
