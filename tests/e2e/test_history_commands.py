"""The history from the command line: backups, a way back, and problems said with their own
exit code, in a real `python -m footdrop_gui` process."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

from footdrop_gui.storage.db import HISTORY_FILE, open_store
from footdrop_gui.storage.errors import OpenProblem
from footdrop_gui.storage.instance_lock import InstanceLock
from tests.e2e.test_cli import footdrop
from tests.reliability.world import program_holding


def add_session(folder: Path, title: str) -> None:
    conn = open_store(folder).conn
    conn.execute(
        "INSERT INTO sessions (title, plan_json, planned_reps, planned_seconds, started_at) "
        "VALUES (?, '{}', 1, 1, '2026-11-20T09:00:00')",
        (title,),
    )
    conn.close()


def titles(folder: Path) -> list[str]:
    conn = open_store(folder).conn
    try:
        return [r[0] for r in conn.execute("SELECT title FROM sessions ORDER BY id")]
    finally:
        conn.close()


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_export_of_a_damaged_history_says_so_and_moves_nothing(
    data_dir: Path, tmp_path: Path
) -> None:
    path = data_dir / HISTORY_FILE
    path.write_bytes(b"SQLite format 3\0" + b"\x07" * 5000)
    before = digest(path)
    done = footdrop("--data-dir", str(data_dir), "export", "csv", str(tmp_path / "out.csv"))
    assert done.returncode == OpenProblem.CORRUPT.exit_code
    assert "damaged" in done.stderr and "Traceback" not in done.stderr
    assert "Saved" not in done.stdout
    assert not (tmp_path / "out.csv").exists()
    assert digest(path) == before and sorted(p.name for p in data_dir.iterdir()) == [
        "app.lock",
        HISTORY_FILE,
    ]


def test_export_of_a_history_another_program_has_locked_shut(
    data_dir: Path, tmp_path: Path
) -> None:
    add_session(data_dir, "Monday")
    with program_holding(
        data_dir / HISTORY_FILE,
        "PRAGMA locking_mode = EXCLUSIVE",
        "BEGIN EXCLUSIVE",
        "UPDATE sessions SET title = title",
        "COMMIT",
    ):
        done = footdrop("--data-dir", str(data_dir), "export", "csv", str(tmp_path / "out.csv"))
    assert done.returncode == OpenProblem.LOCKED.exit_code, done.stderr
    assert "locked" in done.stderr
    assert titles(data_dir) == ["Monday"]


def test_export_from_a_missing_folder(tmp_path: Path) -> None:
    gone = tmp_path / "usb-stick"
    done = footdrop("--data-dir", str(gone), "export", "csv", str(tmp_path / "out.csv"))
    assert done.returncode == OpenProblem.MISSING_FOLDER.exit_code
    assert "not there" in done.stderr and not gone.exists()


def test_backup_now_list_and_restore(data_dir: Path) -> None:
    add_session(data_dir, "Monday")
    made = footdrop("--data-dir", str(data_dir), "backup", "now")
    assert made.returncode == 0, made.stderr
    add_session(data_dir, "Tuesday")
    listed = footdrop("--data-dir", str(data_dir), "backup", "list")
    assert listed.returncode == 0
    (line,) = listed.stdout.splitlines()
    assert "Backup, 1 session:" in line
    name = Path(line.rsplit(": ", 1)[1]).name
    restored = footdrop("--data-dir", str(data_dir), "backup", "restore", name)
    assert restored.returncode == 0, restored.stderr
    assert titles(data_dir) == ["Monday"]
    assert "kept at" in restored.stdout
    listed = footdrop("--data-dir", str(data_dir), "backup", "list").stdout
    assert "Your history before a restore, 2 sessions" in listed


def test_backup_now_works_beside_the_open_app(data_dir: Path) -> None:
    add_session(data_dir, "Monday")
    app = InstanceLock.acquire(data_dir)
    try:
        made = footdrop("--data-dir", str(data_dir), "backup", "now")
        refused = footdrop("--data-dir", str(data_dir), "backup", "restore", "anything.sqlite3")
        (backup,) = (data_dir / "backups").iterdir()
        restore = footdrop("--data-dir", str(data_dir), "backup", "restore", str(backup))
    finally:
        app.release()
    assert made.returncode == 0, made.stderr
    assert refused.returncode == 2 and "no file" in refused.stderr
    assert restore.returncode == OpenProblem.ALREADY_OPEN.exit_code
    assert "already open" in restore.stderr


def test_restoring_a_file_that_is_not_a_history_changes_nothing(
    data_dir: Path, tmp_path: Path
) -> None:
    add_session(data_dir, "Monday")
    bogus = tmp_path / "holiday.jpg"
    bogus.write_bytes(b"\xff\xd8\xff" + b"\0" * 3000)
    done = footdrop("--data-dir", str(data_dir), "backup", "restore", str(bogus))
    assert done.returncode == 2
    assert "not a history" in done.stderr and "Traceback" not in done.stderr
    assert titles(data_dir) == ["Monday"]
    assert not (data_dir / "set-aside").exists()


def test_a_newer_history_has_its_own_exit_code(data_dir: Path, tmp_path: Path) -> None:
    with sqlite3.connect(data_dir / HISTORY_FILE) as newer:
        newer.execute("PRAGMA user_version = 99")
    done = footdrop("--data-dir", str(data_dir), "export", "csv", str(tmp_path / "out.csv"))
    assert done.returncode == OpenProblem.NEWER.exit_code
    assert "newer version" in done.stderr
