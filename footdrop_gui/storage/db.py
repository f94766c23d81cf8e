"""The history database file: opening it safely, migrating it, and never damaging it.

Rules: WAL and synchronous=FULL (a committed rep survives a power cut), foreign keys on,
the file private to the user (0600). Schema versions live in PRAGMA user_version; each
migration runs in one exclusive transaction after a dated, checked backup copy is made.

Opening tells problems apart (storage/errors.py): only a file that is really damaged is moved
aside (never overwritten, and only when the caller allows it); a newer, locked, busy,
read-only, full, forbidden or missing one is refused with every file left where it is. A -wal
that does not belong to the file is moved aside before SQLite can replay it (wal_guard.py).
The app checkpoints only at moments it chooses, so the guard knows the main file.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from contextlib import suppress
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from footdrop_gui.core.translation import translate
from footdrop_gui.storage.errors import (
    HistoryError,
    HistoryOpenError,
    NewerVersionError,
    OpenProblem,
    access_problem,
    classify,
)
from footdrop_gui.storage.schema import MIGRATIONS
from footdrop_gui.storage.snapshot import create_private, quick_check, unused_name, verified_copy
from footdrop_gui.storage.wal_guard import (
    CLOSED,
    OPEN,
    set_aside_stray_wal,
    trust_wal,
    write_state,
)

__all__ = ["HistoryError", "HistoryOpenError", "NewerVersionError", "OpenProblem"]

HISTORY_FILE = "history.sqlite3"
BACKUP_DIR = "backups"
SET_ASIDE_DIR = "set-aside"
LATEST_VERSION = len(MIGRATIONS)
BUSY_WAIT_MS = 5000  # how long a write waits for another program's lock
OPEN_WAIT_MS = 1500  # how long opening waits before saying the file is locked or busy
WAL_LIMIT = 4_000_000  # bytes of -wal after which a commit copies it into the file


def timestamp(now: datetime) -> str:
    return now.strftime("%Y%m%d-%H%M%S")


class HistoryConnection(sqlite3.Connection):
    """A connection that, when it owns the file, closes cleanly: the -wal is copied into the
    file and removed, and the marker says so (see wal_guard.py)."""

    database: Path | None = None  # set when this connection is the one writer
    _closed = False

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        path = self.database
        if path is None:
            super().close()
            return
        with suppress(sqlite3.Error, OSError):  # if not, the marker still says the -wal is its own
            checkpoint_and_mark(self, path, after=CLOSED)
        super().close()
        wal = Path(f"{path}-wal")
        with suppress(OSError):
            if not wal.exists() or wal.stat().st_size == 0:
                write_state(path, CLOSED)


def checkpoint_and_mark(conn: sqlite3.Connection, path: Path, after: str = OPEN) -> None:
    """Copy the -wal into the main file, recording around it that the -wal is the file's own."""
    trust_wal(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    if after == OPEN:
        write_state(path, OPEN)


def checkpoint_if_large(conn: sqlite3.Connection) -> None:
    """After a commit: copy a -wal grown past WAL_LIMIT into the file (SQLite's own automatic
    checkpoints are off, so that only checkpoint_and_mark writes the main file)."""
    path = getattr(conn, "database", None)
    if path is None:
        return
    with suppress(OSError, sqlite3.Error):  # the commit stands; the next one tries again
        if Path(f"{path}-wal").stat().st_size > WAL_LIMIT:
            checkpoint_and_mark(conn, path)


def _connect(path: Path) -> HistoryConnection:
    conn = sqlite3.connect(
        path, isolation_level=None, timeout=OPEN_WAIT_MS / 1000, factory=HistoryConnection
    )
    conn.row_factory = sqlite3.Row
    conn.execute("PRAGMA foreign_keys = ON")
    conn.execute("PRAGMA wal_autocheckpoint = 0")  # only checkpoint_and_mark writes the file
    return conn


def set_aside(path: Path, now: datetime, reason: str) -> Path:
    """Move a file (and its WAL companions) into the set-aside folder, keeping every byte."""
    folder = path.parent / SET_ASIDE_DIR
    folder.mkdir(mode=0o700, exist_ok=True)
    target = unused_name(folder / f"{path.name}.{reason}-{timestamp(now)}")
    for suffix in ("", "-wal", "-shm"):
        companion = Path(f"{path}{suffix}")
        if companion.exists():
            companion.rename(Path(f"{target}{suffix}"))
    return target


def backup(conn: sqlite3.Connection, path: Path, version: int, now: datetime) -> Path:
    """A checked copy of the database (SQLite's online backup), before it is changed."""
    folder = path.parent / BACKUP_DIR
    folder.mkdir(mode=0o700, exist_ok=True)
    return verified_copy(conn, unused_name(folder / f"history-v{version}-{timestamp(now)}.sqlite3"))


def refuse_if_newer(conn: sqlite3.Connection, path: Path) -> int:
    """The file's schema version; a newer one than this app knows is refused (read-only check)."""
    version: int = conn.execute("PRAGMA user_version").fetchone()[0]
    if version > LATEST_VERSION:
        raise NewerVersionError(path, version, LATEST_VERSION)
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


@dataclass(frozen=True)
class Opened:
    """An open history and what the person should be told about it."""

    conn: HistoryConnection
    notices: list[str] = field(default_factory=list)
    damaged: Path | None = None  # where a damaged file was set aside, if one was
    unchecked: bool = False  # opened before its full check (check_later): see full_check()

    @property
    def notice(self) -> str | None:
        return "\n\n".join(self.notices) or None


def _read_check(conn: sqlite3.Connection, path: Path) -> None:
    """The full check (at every start, before opening or, check_later, before the first write);
    a file another program keeps locked is not damaged."""
    try:
        said = quick_check(conn)
    except (sqlite3.Error, UnicodeDecodeError) as exc:
        problem = classify(exc, path)
        if problem.kind is OpenProblem.BUSY:  # cannot even read: locked, not busy
            raise HistoryOpenError(OpenProblem.LOCKED, path, problem.detail) from exc
        raise problem from exc
    if said != ["ok"]:
        raise HistoryOpenError(OpenProblem.CORRUPT, path, "; ".join(said[:3]))


def _nothing_to_write(path: Path) -> bool:
    """The cheap check that lets the full one wait: the header is a whole history of this
    version already in WAL mode, its page count matches the file's size, and no -wal waits to
    be replayed - so opening it as the writer changes no byte of it (no migration, no
    checkpoint, no change of journal mode)."""
    try:
        with path.open("rb") as file:
            header = file.read(100)
        size = path.stat().st_size
        wal = Path(f"{path}-wal")
        if wal.exists() and wal.stat().st_size > 0:
            return False
    except OSError:
        return False
    if len(header) < 100 or not header.startswith(b"SQLite format 3\x00"):
        return False
    page_size = int.from_bytes(header[16:18], "big")
    page_size = 65536 if page_size == 1 else page_size
    pages = int.from_bytes(header[28:32], "big")
    return (
        header[18] == header[19] == 2  # WAL
        and header[24:28] == header[92:96]  # the page count is current
        and pages * page_size == size
        and int.from_bytes(header[60:64], "big") == LATEST_VERSION
    )


def full_check(path: Path) -> HistoryOpenError | None:
    """The full check of a history opened unchecked, on a read-only connection of its own (so
    it may run on another thread): the damage found, or None. A file it cannot read for another
    reason (locked, busy) is not called damaged: the writer opened it already."""
    try:
        conn = sqlite3.connect(
            f"{path.absolute().as_uri()}?mode=ro", uri=True, timeout=OPEN_WAIT_MS / 1000
        )
    except sqlite3.Error:
        return None
    try:
        _read_check(conn, path)
    except HistoryOpenError as problem:
        return problem if problem.kind is OpenProblem.CORRUPT else None
    finally:
        conn.close()
    return None


def _open_once(path: Path, now: datetime, owner: bool, check: bool = True) -> HistoryConnection:
    if not path.exists():
        create_private(path)
    seen = access_problem(path)  # SQLite would quietly open a file it cannot write read-only
    if owner and seen is not None:
        raise HistoryOpenError(seen, path)
    conn = _connect(path)
    try:
        if check:
            _read_check(conn, path)
        refuse_if_newer(conn, path)  # before WAL mode, which would rewrite the header
        if owner:
            conn.execute("PRAGMA journal_mode = WAL")
            conn.execute("PRAGMA synchronous = FULL")
            migrate(conn, path, now)
            conn.execute("BEGIN IMMEDIATE")  # can we write? (another program may hold it)
            conn.execute("ROLLBACK")
            checkpoint_and_mark(conn, path)
            conn.database = path
        conn.execute(f"PRAGMA busy_timeout = {BUSY_WAIT_MS}")
    except BaseException:
        conn.close()
        raise
    return conn


def open_store(
    data_dir: Path,
    now: Callable[[], datetime] = datetime.now,
    *,
    repair: bool = True,
    owner: bool = True,
    check_later: bool = False,
) -> Opened:
    """Open (creating or migrating) the history database, or raise HistoryOpenError.

    owner: this process holds the data folder (storage/instance_lock.py) and is its one
    writer; a reader (owner=False, while the app has it open) only reads. repair: a damaged
    file is set aside and a new one started; without it, damage is reported and nothing moves.
    check_later: the writer of a file that opening would not change (_nothing_to_write) skips
    the full check, which takes ~9 ms per MB; the caller must run full_check() before its first
    write (storage/later_check.py) and use start_anew() if it finds damage.
    """
    path = data_dir / HISTORY_FILE
    if not data_dir.is_dir():
        raise HistoryOpenError(OpenProblem.MISSING_FOLDER, path)
    notices: list[str] = []
    try:
        if owner:
            stray = set_aside_stray_wal(path, data_dir / SET_ASIDE_DIR, now())
            if stray is not None:
                notices.append(
                    translate(
                        "HistoryNotices",
                        "A leftover file that did not belong to your exercise history was found "
                        "beside it. It was not used, and was kept at {path}. "
                        "Your history is as you last left it.",
                    ).format(path=stray)
                )
        later = check_later and owner and _nothing_to_write(path)
        return Opened(_open_once(path, now(), owner, check=not later), notices, unchecked=later)
    except (sqlite3.Error, OSError, HistoryOpenError, UnicodeDecodeError) as exc:
        problem = classify(exc, path)
        if problem.kind is not OpenProblem.CORRUPT or not (repair and owner):
            raise problem from exc
    return start_anew(data_dir, now, notices)


def start_anew(
    data_dir: Path, now: Callable[[], datetime] = datetime.now, notices: list[str] | None = None
) -> Opened:
    """Set a damaged history aside (every byte kept), start a new one, and say so. The damaged
    file's connection, if any, must be closed first without a checkpoint."""
    path = data_dir / HISTORY_FILE
    notices = list(notices or [])
    moved = set_aside(path, now(), "damaged")
    notices.append(
        translate(
            "HistoryNotices",
            "Your exercise history file was damaged and could not be read, so a new one was "
            "started. The old file was kept, unchanged, at {path}.",
        ).format(path=moved)
    )
    try:
        return Opened(_open_once(path, now(), owner=True), notices, damaged=moved)
    except (sqlite3.Error, OSError, UnicodeDecodeError) as exc:
        raise classify(exc, path) from exc


def open_history(
    data_dir: Path, now: Callable[[], datetime] = datetime.now
) -> tuple[sqlite3.Connection, str | None]:
    """Open the history as its one writer; returns it and a notice for the person, if any."""
    opened = open_store(data_dir, now)
    return opened.conn, opened.notice
