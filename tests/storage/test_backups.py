"""Rolling, checked backups of the history, and a way back that deletes nothing."""

from __future__ import annotations

import hashlib
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from footdrop_gui.storage import backups
from footdrop_gui.storage.backups import Kind, RestoreError, list_copies, restore, to_keep
from footdrop_gui.storage.db import BACKUP_DIR, HISTORY_FILE, SET_ASIDE_DIR, open_store
from footdrop_gui.storage.snapshot import CopyError

NOW = datetime(2026, 11, 25, 10, 30)


def add_session(conn: sqlite3.Connection, title: str) -> None:
    conn.execute(
        "INSERT INTO sessions (title, plan_json, planned_reps, planned_seconds, started_at) "
        "VALUES (?, '{}', 1, 1, '2026-11-20T09:00:00')",
        (title,),
    )


def titles(conn: sqlite3.Connection) -> list[str]:
    return [r[0] for r in conn.execute("SELECT title FROM sessions ORDER BY id")]


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_backup_is_a_checked_private_copy_listed_with_its_sessions(data_dir: Path) -> None:
    conn = open_store(data_dir).conn
    add_session(conn, "Toe lifts")
    made = backups.backup_now(conn, data_dir, NOW)
    conn.close()
    assert made.parent == data_dir / BACKUP_DIR and made.stat().st_mode & 0o077 == 0
    (copy,) = list_copies(data_dir)
    assert (copy.path, copy.kind, copy.taken_at, copy.sessions) == (made, Kind.DAILY, NOW, 1)
    assert copy.restorable
    assert not list((data_dir / BACKUP_DIR).glob(".*"))  # no half-made copy left behind


def test_a_copy_that_fails_its_check_is_not_kept(
    data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    conn = open_store(data_dir).conn
    monkeypatch.setattr("footdrop_gui.storage.snapshot.is_healthy", lambda _conn: False)
    with pytest.raises(CopyError, match="did not pass its check"):
        backups.backup_now(conn, data_dir, NOW)
    conn.close()
    assert list((data_dir / BACKUP_DIR).iterdir()) == []


def test_one_backup_a_day(data_dir: Path) -> None:
    conn = open_store(data_dir).conn
    assert backups.backup_if_due(conn, data_dir, NOW) is not None
    assert backups.backup_if_due(conn, data_dir, NOW + timedelta(hours=5)) is None
    assert backups.backup_if_due(conn, data_dir, NOW + timedelta(days=1)) is not None
    conn.close()
    assert len(list_copies(data_dir)) == 2


def test_seven_days_four_weeks_and_twelve_months_are_kept() -> None:
    days = [NOW - timedelta(days=n) for n in range(800)]  # every day for over two years
    kept = sorted(to_keep(days), reverse=True)
    assert kept[:7] == days[:7]  # the last 7 days
    weeks = {d.isocalendar()[:2] for d in kept}
    assert len(weeks) >= 4
    months = {(d.year, d.month) for d in kept}
    assert len(months) == 12 and (NOW - kept[-1]).days < 366
    assert len(kept) <= 7 + 4 + 12


def test_old_daily_backups_are_thinned_but_update_backups_and_set_aside_files_stay(
    data_dir: Path,
) -> None:
    conn = open_store(data_dir).conn
    for n in range(40):
        backups.backup_now(conn, data_dir, NOW - timedelta(days=40 - n))
    (data_dir / BACKUP_DIR / "history-v1-20200101-000000.sqlite3").write_bytes(b"old")
    (data_dir / SET_ASIDE_DIR).mkdir()
    (data_dir / SET_ASIDE_DIR / f"{HISTORY_FILE}.damaged-20200101-000000").write_bytes(b"x")
    backups.backup_now(conn, data_dir, NOW)
    conn.close()
    kinds = [c.kind for c in list_copies(data_dir)]
    assert kinds.count(Kind.DAILY) <= 7 + 4 + 12
    assert Kind.BEFORE_UPDATE in kinds and Kind.DAMAGED in kinds


def test_restoring_keeps_the_current_history_aside_and_can_be_undone(data_dir: Path) -> None:
    conn = open_store(data_dir).conn
    add_session(conn, "Monday")
    monday = backups.backup_now(conn, data_dir, NOW)
    add_session(conn, "Tuesday")
    before = titles(conn)
    kept = restore(conn, data_dir, monday, now=lambda: NOW)
    assert titles(conn) == ["Monday"]
    assert kept is not None and kept.parent == data_dir / SET_ASIDE_DIR
    (undo,) = [c for c in list_copies(data_dir) if c.kind is Kind.BEFORE_RESTORE]
    assert undo.sessions == 2 and undo.restorable
    restore(conn, data_dir, undo.path, now=lambda: NOW)
    assert titles(conn) == before
    conn.close()
    assert open_store(data_dir).conn.execute("SELECT count(*) FROM sessions").fetchone()[0] == 2


def test_listing_and_restoring_never_change_a_kept_file(data_dir: Path) -> None:
    conn = open_store(data_dir).conn
    add_session(conn, "Monday")
    made = backups.backup_now(conn, data_dir, NOW)
    before = digest(made)
    list_copies(data_dir)
    restore(conn, data_dir, made, now=lambda: NOW)
    conn.close()
    assert digest(made) == before
    assert sorted(p.name for p in made.parent.iterdir()) == [made.name]  # no -wal, no -shm


BAD = [b"", b"not a history" * 100, b"SQLite format 3\0" + b"\1" * 9000]


@pytest.mark.parametrize("content", BAD)
def test_a_damaged_copy_is_listed_but_never_restored(data_dir: Path, content: bytes) -> None:
    conn = open_store(data_dir).conn
    add_session(conn, "Mine")
    (data_dir / SET_ASIDE_DIR).mkdir()
    bad = data_dir / SET_ASIDE_DIR / f"{HISTORY_FILE}.damaged-20261101-080000"
    bad.write_bytes(content)
    (copy,) = list_copies(data_dir)
    assert copy.kind is Kind.DAMAGED and not copy.restorable and copy.sessions is None
    with pytest.raises(RestoreError, match="damaged"):
        restore(conn, data_dir, bad)
    assert titles(conn) == ["Mine"]
    conn.close()
    assert bad.read_bytes() == content


def test_a_copy_from_an_older_version_is_brought_up_to_date(data_dir: Path) -> None:
    old = Path(__file__).parent.parent / "data" / "history-v1.sqlite3"
    conn = open_store(data_dir).conn
    restore(conn, data_dir, old, now=lambda: NOW)
    assert titles(conn) == ["Calf stretch"]
    assert conn.execute("SELECT count(*) FROM routines").fetchone()[0] == 0  # v2's table is there
    conn.close()
