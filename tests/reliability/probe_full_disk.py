"""A full disk: sessions saved until the disk is full lose no committed rep, the history is not
called damaged, a start on the full disk says so calmly, and no half-made backup is left.

The disk is a real small tmpfs when this machine lets us mount one; otherwise the same writes
fail under a file-size limit (RLIMIT_FSIZE) in a child process.
"""

from __future__ import annotations

import sqlite3
import tempfile
from datetime import datetime
from pathlib import Path

from tests.reliability.world import fill, in_child, small_disk

NAME = "a full disk"
ROUNDS = 8


def _session_until_full(folder: Path, fill_after: int | None = None) -> str:
    """Save activities until a write fails (filling the disk after fill_after of them); how
    many were committed, and how it failed."""
    from footdrop_gui.storage.db import open_store
    from footdrop_gui.storage.errors import HistoryOpenError, HistoryWriteError, classify
    from footdrop_gui.storage.journal import Journal
    from tests.storage.sessions import program

    try:
        journal = Journal(open_store(folder).conn)
    except HistoryOpenError as exc:
        return f"0 refused {exc.kind.name}"
    saved = 0
    try:
        session = journal.start_session("Toe lifts", program("toe-lifts"))
        while True:
            with journal.transaction() as db:
                db.execute(
                    "INSERT INTO activities (session_id, step_index, kind, exercise_id, side, "
                    "set_number, rep_number, planned_seconds, actual_seconds, started_at, "
                    "ended_at) VALUES (?, ?, 'rep', 'toe-lifts', 'both', 1, ?, 3, 3, ?, ?)",
                    (session, saved, saved, "2026-11-20T09:00:00" + "x" * 500, "x"),
                )
            saved += 1
            if saved == fill_after:
                fill(folder.parent)  # other files take the last of the disk
    except HistoryWriteError as exc:  # storage's own error for a failed write
        return f"{saved} failed {exc.kind.name}"
    except (sqlite3.Error, OSError) as exc:
        kind = classify(exc, folder / "history.sqlite3").kind.name
        return f"{saved} failed {kind}"
    finally:
        journal.close()


def _check(folder: Path, committed: int) -> list[str]:
    """Read back with room again: the committed activities, a sound file, nothing set aside."""
    from footdrop_gui.storage.db import open_store

    problems = []
    opened = open_store(folder)
    try:
        found = opened.conn.execute("SELECT count(*) FROM activities").fetchone()[0]
        if found < committed:
            problems.append(f"{committed} committed, {found} found")
        if opened.conn.execute("PRAGMA quick_check").fetchone()[0] != "ok":
            problems.append("the file is damaged")
    finally:
        opened.conn.close()
    if (folder / "set-aside").exists():
        problems.append("the history was set aside")
    if list((folder / "backups").glob(".*")) if (folder / "backups").exists() else []:
        problems.append("a half-made backup was left")
    return problems


def _backup_on_full(folder: Path) -> str:
    from footdrop_gui.storage.backups import backup_now
    from footdrop_gui.storage.db import open_store
    from footdrop_gui.storage.errors import HistoryOpenError
    from footdrop_gui.storage.snapshot import CopyError

    try:
        conn = open_store(folder).conn
    except HistoryOpenError as exc:
        return f"refused {exc.kind.name}"
    try:
        backup_now(conn, folder, datetime.now())
        return "made"
    except (CopyError, OSError) as exc:
        return f"not made: {type(exc).__name__}"
    finally:
        conn.close()


def round_on_tmpfs(disk: Path, number: int) -> list[str]:
    from footdrop_gui.storage.db import open_store

    folder = disk / "data"
    folder.mkdir()
    (disk / "old-photos").write_bytes(b"\0" * 150_000)  # what the person will delete for room
    open_store(folder).conn.close()
    said = in_child(lambda: _session_until_full(folder, fill_after=3 + 7 * number))
    committed, _, kind = said.split(maxsplit=2)
    problems = [] if kind == "NO_SPACE" else [f"a full disk was reported as {said!r}"]
    started = in_child(lambda: _session_until_full(folder))
    if "NO_SPACE" not in started:
        problems.append(f"a start on the full disk said {started!r}")
    backup = in_child(lambda: _backup_on_full(folder))
    if backup == "made" or "traceback" in backup:
        problems.append(f"a backup on the full disk: {backup!r}")
    (disk / "filler").unlink()
    (disk / "old-photos").unlink()
    return problems + _check(folder, int(committed))


def round_with_limit(temp: Path, number: int) -> list[str]:
    from footdrop_gui.storage.db import open_store

    folder = temp / f"data-{number}"
    folder.mkdir()
    open_store(folder).conn.close()
    said = in_child(lambda: _session_until_full(folder), fsize=200_000 + number * 50_000)
    committed, _, kind = said.split(maxsplit=2)
    problems = [] if kind == "NO_SPACE" else [f"a file-size limit was reported as {said!r}"]
    return problems + _check(folder, int(committed))


def probe() -> tuple[int, int, list[str]]:
    failures: list[str] = []
    held = 0
    for number in range(ROUNDS):
        with small_disk(400 + 100 * number) as disk:
            try:
                if disk is not None:
                    problems = round_on_tmpfs(disk, number)
                else:
                    with tempfile.TemporaryDirectory(prefix="footdrop-fsize-") as temp:
                        problems = round_with_limit(Path(temp), number)
            except Exception as exc:
                problems = [f"a traceback: {exc!r}"]
        if problems:
            failures.append(f"round {number + 1}: {'; '.join(problems)}")
        else:
            held += 1
    return ROUNDS, held, failures
