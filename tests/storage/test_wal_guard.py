"""A -wal that does not belong to the history is never replayed into it; its own always is."""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import signal
from pathlib import Path

from footdrop_gui.storage.db import HISTORY_FILE, SET_ASIDE_DIR, open_store
from footdrop_gui.storage.wal_guard import STATE_FILE


def visits(folder: Path) -> list[str]:
    opened = open_store(folder)
    try:
        rows = opened.conn.execute("SELECT note FROM therapy_visits ORDER BY id").fetchall()
        assert opened.conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
        return [row[0] for row in rows]
    finally:
        opened.conn.close()


def add_visit(folder: Path, note: str) -> None:
    opened = open_store(folder)
    opened.conn.execute("INSERT INTO therapy_visits (visit_date, note) VALUES ('2026-11-01', ?)",
                        (note,))  # fmt: skip
    opened.conn.close()


def crash_after(folder: Path, *notes: str) -> None:
    """A run that saved these visits and was killed: they live only in its -wal."""
    pid = os.fork()
    if pid == 0:
        conn = open_store(folder).conn
        for note in notes:
            conn.execute("INSERT INTO therapy_visits (visit_date, note) VALUES ('2026-11-02', ?)",
                         (note,))  # fmt: skip
        os.kill(os.getpid(), signal.SIGKILL)
    os.waitpid(pid, 0)
    assert Path(folder / f"{HISTORY_FILE}-wal").stat().st_size > 0


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_clean_close_leaves_no_wal_and_says_so(data_dir: Path) -> None:
    add_visit(data_dir, "first")
    assert not (data_dir / f"{HISTORY_FILE}-wal").exists()
    assert json.loads((data_dir / STATE_FILE).read_text())["state"] == "closed"


def test_the_history_s_own_wal_from_a_crash_is_replayed(data_dir: Path) -> None:
    add_visit(data_dir, "first")
    crash_after(data_dir, "saved just before the crash")
    assert visits(data_dir) == ["first", "saved just before the crash"]
    assert not (data_dir / SET_ASIDE_DIR).exists()


def test_a_backup_restored_next_to_an_old_crash_s_wal_stays_intact(data_dir: Path) -> None:
    add_visit(data_dir, "first")
    backup = data_dir.parent / "backup.sqlite3"
    shutil.copyfile(data_dir / HISTORY_FILE, backup)
    add_visit(data_dir, "second")
    crash_after(data_dir, "third")
    wal = data_dir / f"{HISTORY_FILE}-wal"
    wal_bytes = digest(wal)
    shutil.copyfile(backup, data_dir / HISTORY_FILE)  # the person restores a backup by hand

    opened = open_store(data_dir)
    notes = [r[0] for r in opened.conn.execute("SELECT note FROM therapy_visits ORDER BY id")]
    assert opened.conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    opened.conn.close()
    assert notes == ["first"]  # the backup, as it was: nothing of the old -wal replayed in
    assert opened.notice is not None and "did not belong" in opened.notice
    (kept,) = [p for p in (data_dir / SET_ASIDE_DIR).iterdir() if not p.name.endswith("-shm")]
    assert digest(kept) == wal_bytes and str(kept) in opened.notice


def test_another_history_s_wal_beside_a_cleanly_closed_one_is_set_aside(
    data_dir: Path, tmp_path: Path
) -> None:
    add_visit(data_dir, "mine")
    other = tmp_path / "other"
    other.mkdir()
    add_visit(other, "theirs")
    crash_after(other, "theirs, crashed")
    shutil.copyfile(other / f"{HISTORY_FILE}-wal", data_dir / f"{HISTORY_FILE}-wal")
    assert visits(data_dir) == ["mine"]
    assert len(list((data_dir / SET_ASIDE_DIR).glob(f"{HISTORY_FILE}-wal.*"))) == 1


def test_a_crash_while_copying_the_wal_in_still_trusts_it(data_dir: Path) -> None:
    add_visit(data_dir, "first")
    crash_after(data_dir, "second")
    state = data_dir / STATE_FILE
    record = json.loads(state.read_text())
    record["state"] = "checkpointing"  # killed between the marker and the end of the copy
    record["mtime_ns"] = 1  # the main file was being written
    state.write_text(json.dumps(record))
    assert visits(data_dir) == ["first", "second"]


def test_a_history_from_before_the_marker_keeps_its_crash_wal(data_dir: Path) -> None:
    add_visit(data_dir, "first")
    crash_after(data_dir, "second")
    (data_dir / STATE_FILE).unlink()
    assert visits(data_dir) == ["first", "second"]


def test_a_garbage_marker_never_loses_a_crash_wal(data_dir: Path) -> None:
    add_visit(data_dir, "first")
    crash_after(data_dir, "second")
    (data_dir / STATE_FILE).write_bytes(b"\0\0\xff garbage")
    assert visits(data_dir) == ["first", "second"]
