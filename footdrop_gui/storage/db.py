"""The history database file: opening it safely, migrating it, and never damaging it.

Rules: WAL and synchronous=FULL (a committed rep survives a power cut), foreign keys on,
the file private to the user (0600). Schema versions live in PRAGMA user_version; each
migration runs in one exclusive transaction after a dated backup copy is made. A file from
a newer app is refused and left untouched; a file that is not a readable database is moved
aside (never overwritten) and a fresh one is started, with a notice saying where it went.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from footdrop_gui.storage.schema import MIGRATIONS

HISTORY_FILE = "history.sqlite3"
BACKUP_DIR = "backups"
LATEST_VERSION = len(MIGRATIONS)


class HistoryError(Exception):
    """The history file cannot be used; the message says what happened and what to do."""


class NewerVersionError(HistoryError):
    """The file was written by a newer version of the app; it is left as it is."""


def _timestamp(now: datetime) -> str:
    return now.strftime("%Y%m%d-%H%M%S")


def _create_private(path: Path) -> None:
    """Create an empty file readable by its owner only (before SQLite opens it)."""
    fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    os.close(fd)


def _connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None, timeout=5.0, check_same_thread=True)
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


def _is_healthy(conn: sqlite3.Connection) -> bool:
    try:
        row = conn.execute("PRAGMA quick_check").fetchone()
    except sqlite3.DatabaseError:
        return False
    return row is not None and row[0] == "ok"


def set_aside(path: Path, now: datetime, reason: str) -> Path:
    """Move a damaged file (and its WAL companions) out of the way, keeping every byte."""
    target = path.with_name(f"{path.name}.{reason}-{_timestamp(now)}")
    for suffix in ("", "-wal", "-shm"):
        companion = Path(f"{path}{suffix}")
        if companion.exists():
            companion.rename(Path(f"{target}{suffix}"))
    return target


def backup(conn: sqlite3.Connection, path: Path, version: int, now: datetime) -> Path:
    """A consistent copy of the database (SQLite's online backup), before it is changed."""
    folder = path.parent / BACKUP_DIR
    folder.mkdir(mode=0o700, exist_ok=True)
    target = folder / f"history-v{version}-{_timestamp(now)}.sqlite3"
    _create_private(target)
    copy = sqlite3.connect(target)
    try:
        conn.backup(copy)
    finally:
        copy.close()
    return target


def refuse_if_newer(conn: sqlite3.Connection, path: Path) -> int:
    """The file's schema version; a newer one than this app knows is refused (read-only check)."""
    version: int = conn.execute("PRAGMA user_version").fetchone()[0]
    if version > LATEST_VERSION:
        raise NewerVersionError(
            f"Your history file was saved by a newer version of this app (format {version}; "
            f"this version reads up to {LATEST_VERSION}). Please install the newer version. "
            f"The file was not changed: {path}"
        )
    return version


def migrate(conn: sqlite3.Connection, path: Path, now: datetime) -> Path | None:
    """Bring the schema to LATEST_VERSION; returns the backup made first, if any."""
    version = refuse_if_newer(conn, path)
    if version == LATEST_VERSION:
        return None
    saved = backup(conn, path, version, now) if version > 0 else None
    for number in range(version, LATEST_VERSION):
        conn.execute("BEGIN EXCLUSIVE")
        try:
            MIGRATIONS[number](conn)
            conn.execute(f"PRAGMA user_version = {number + 1}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    return saved


def open_history(
    data_dir: Path, now: Callable[[], datetime] = datetime.now
) -> tuple[sqlite3.Connection, str | None]:
    """Open (creating or migrating) the history database; returns it and a notice, if any.

    The notice tells the person about a damaged file that was set aside.
    """
    path = data_dir / HISTORY_FILE
    notice = None
    if not path.exists():
        _create_private(path)
    conn = _connect(path)
    if not _is_healthy(conn):
        conn.close()
        moved = set_aside(path, now(), "damaged")
        notice = (
            "Your exercise history file could not be read, so a new one was started. "
            f"The old file was kept, unchanged, at {moved}."
        )
        _create_private(path)
        conn = _connect(path)
    try:
        refuse_if_newer(conn, path)  # before WAL mode, which would rewrite the header
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = FULL")
        migrate(conn, path, now())
    except BaseException:
        conn.close()
        raise
    return conn, notice
