"""Rolling, checked backups of the history, and a way back to any of them.

A copy is made at most once a day (SQLite's backup API, then a quick check before it is
kept), and the newest copy of each of the last 7 days, 4 weeks and 12 months that have one is
kept. Copies made before an update, and files set aside (damaged, or the history as it was
before a restore), are never removed. Restoring keeps the current history aside first.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum
from pathlib import Path

from footdrop_gui.core.translation import translate
from footdrop_gui.storage.db import (
    BACKUP_DIR,
    HISTORY_FILE,
    LATEST_VERSION,
    SET_ASIDE_DIR,
    checkpoint_and_mark,
    migrate,
    timestamp,
)
from footdrop_gui.storage.errors import HistoryError, writing
from footdrop_gui.storage.snapshot import (
    inspect,
    read_only,
    unused_name,
    verified_copy,
)

KEEP = ((7, lambda d: d), (4, lambda d: d.isocalendar()[:2]), (12, lambda d: (d.year, d.month)))
_STAMP = r"(\d{8}-\d{6})"
_DAILY = re.compile(rf"history-{_STAMP}\.sqlite3\+*")
_BEFORE_UPDATE = re.compile(rf"history-v\d+-{_STAMP}\.sqlite3\+*")
_SET_ASIDE = re.compile(rf"{re.escape(HISTORY_FILE)}\.([a-z-]+)-{_STAMP}\+*")


class Kind(Enum):
    """What a kept copy is, in the words the Backups list uses."""

    DAILY = "Backup"
    BEFORE_UPDATE = "Backup made before an update"
    DAMAGED = "Damaged file, set aside"
    BEFORE_RESTORE = "Your history before a restore"
    LEFTOVER = "Leftover file, not a history"

    @property
    def words(self) -> str:
        """The kind in the person's language (the value is the English, kept for tests)."""
        words = {
            Kind.DAILY: translate("Backups", "Backup"),
            Kind.BEFORE_UPDATE: translate("Backups", "Backup made before an update"),
            Kind.DAMAGED: translate("Backups", "Damaged file, set aside"),
            Kind.BEFORE_RESTORE: translate("Backups", "Your history before a restore"),
            Kind.LEFTOVER: translate("Backups", "Leftover file, not a history"),
        }
        return words[self]


@dataclass(frozen=True)
class Copy:
    """A backup or a set-aside file, with what a look inside found."""

    path: Path
    kind: Kind
    taken_at: datetime
    good: bool
    sessions: int | None
    version: int = 0

    @property
    def restorable(self) -> bool:
        return self.good and self.version <= LATEST_VERSION and self.kind is not Kind.LEFTOVER


class RestoreError(HistoryError):
    """A copy cannot be restored; the message says why, and nothing was changed."""


def _when(stamp: str) -> datetime:
    return datetime.strptime(stamp, "%Y%m%d-%H%M%S")


def _daily_copies(folder: Path) -> list[tuple[datetime, Path]]:
    found = []
    for path in folder.glob("history-*"):
        match = _DAILY.fullmatch(path.name)
        if match:
            found.append((_when(match.group(1)), path))
    return sorted(found, reverse=True)


def to_keep(times: Iterable[datetime]) -> set[datetime]:
    """The newest of each of the last 7 days, 4 weeks and 12 months that have a copy."""
    newest_first = sorted(set(times), reverse=True)
    kept: set[datetime] = set()
    for count, bucket in KEEP:
        chosen: dict[object, datetime] = {}
        for moment in newest_first:
            chosen.setdefault(bucket(moment.date()), moment)
        kept.update(list(chosen.values())[:count])
    return kept


def backup_now(conn: sqlite3.Connection, data_dir: Path, now: datetime) -> Path:
    """A checked copy now, then old copies thinned out (see the module's rules)."""
    folder = data_dir / BACKUP_DIR
    folder.mkdir(mode=0o700, exist_ok=True)
    made = verified_copy(conn, unused_name(folder / f"history-{timestamp(now)}.sqlite3"))
    copies = _daily_copies(folder)
    kept = to_keep(moment for moment, _ in copies)
    for moment, path in copies:
        if moment not in kept and path != made:
            path.unlink(missing_ok=True)
    return made


def backup_if_due(conn: sqlite3.Connection, data_dir: Path, now: datetime) -> Path | None:
    """The daily copy, if there is none from today yet."""
    today: date = now.date()
    if any(moment.date() == today for moment, _ in _daily_copies(data_dir / BACKUP_DIR)):
        return None
    return backup_now(conn, data_dir, now)


def _describe(path: Path) -> tuple[Kind, datetime] | None:
    for pattern, kind in ((_DAILY, Kind.DAILY), (_BEFORE_UPDATE, Kind.BEFORE_UPDATE)):
        match = pattern.fullmatch(path.name)
        if match:
            return kind, _when(match.group(1))
    match = _SET_ASIDE.fullmatch(path.name)
    if match:
        restored = match.group(1) == "before-restore"
        return Kind.BEFORE_RESTORE if restored else Kind.DAMAGED, _when(match.group(2))
    if path.name.startswith(f"{HISTORY_FILE}-wal.") and not path.name.endswith("-shm"):
        stamp = re.search(_STAMP, path.name)
        return Kind.LEFTOVER, _when(stamp.group(1)) if stamp else datetime.fromtimestamp(0)
    return None


def list_copies(data_dir: Path) -> list[Copy]:
    """Every backup and set-aside file, newest first, each looked at without changing it."""
    copies = []
    for folder in (data_dir / BACKUP_DIR, data_dir / SET_ASIDE_DIR):
        if not folder.is_dir():
            continue
        for path in folder.iterdir():
            described = _describe(path)
            if described is None or not path.is_file():
                continue
            kind, taken_at = described
            if kind is Kind.LEFTOVER:
                copies.append(Copy(path, kind, taken_at, False, None))
                continue
            seen = inspect(path)
            copies.append(Copy(path, kind, taken_at, seen.good, seen.sessions, seen.version))
    return sorted(copies, key=lambda c: (c.taken_at, c.path.name), reverse=True)


def newest_good(data_dir: Path) -> Copy | None:
    return next((c for c in list_copies(data_dir) if c.restorable), None)


def _holds_anything(conn: sqlite3.Connection) -> bool:
    tables = ("sessions", "routines", "therapy_visits")
    try:
        return any(conn.execute(f"SELECT 1 FROM {t} LIMIT 1").fetchone() for t in tables)
    except sqlite3.Error:
        return True  # cannot tell: keep it


def restore(
    conn: sqlite3.Connection,
    data_dir: Path,
    source: Path,
    now: Callable[[], datetime] = datetime.now,
) -> Path | None:
    """Put source's history in place of conn's (the one writer's), in the same file.

    The current history is first kept in the set-aside folder (unless it holds nothing);
    returns where. Nothing is deleted; on any failure the history is as it was.
    """
    seen = inspect(source)
    if not seen.good:
        raise RestoreError(
            translate(
                "Backups", "{name} is damaged or is not a history file. Choose another."
            ).format(name=source.name)
        )
    if seen.version > LATEST_VERSION:
        raise RestoreError(
            translate(
                "Backups",
                "{name} was saved by a newer version of this app. Install the newer version.",
            ).format(name=source.name)
        )
    path = data_dir / HISTORY_FILE
    kept = None
    if _holds_anything(conn):
        folder = data_dir / SET_ASIDE_DIR
        folder.mkdir(mode=0o700, exist_ok=True)
        target = folder / f"{HISTORY_FILE}.before-restore-{timestamp(now())}"
        kept = verified_copy(conn, unused_name(target))
    copy = read_only(source)
    try:
        copy.backup(conn)
    except sqlite3.Error as exc:
        raise RestoreError(
            translate("Backups", "{name} could not be restored ({reason}).").format(
                name=source.name, reason=exc
            )
        ) from exc
    finally:
        copy.close()
    with writing(path):
        migrate(conn, path, now())
        checkpoint_and_mark(conn, path)
    return kept
