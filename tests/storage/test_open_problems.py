"""Each reason a history cannot be opened is told apart, made for real; only damage moves a file.

Real ways only: another process holding a lock (BEGIN EXCLUSIVE, an exclusive locking mode),
files of another user (a forked child that gives up root, since root ignores file modes),
a real full disk (a small tmpfs; where mounting is not allowed, a file-size limit in a child).
"""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
from pathlib import Path

import pytest

from footdrop_gui.storage.db import HISTORY_FILE, SET_ASIDE_DIR, open_store
from footdrop_gui.storage.errors import HistoryOpenError, OpenProblem
from tests.reliability.world import (
    files,
    fill,
    give_to,
    in_child,
    other_user,
    program_holding,
    shared_folder,
    small_disk,
)


def make_history(folder: Path) -> Path:
    opened = open_store(folder)
    opened.conn.execute("INSERT INTO therapy_visits (visit_date, note) VALUES ('2026-11-01', 'x')")
    opened.conn.close()
    return folder / HISTORY_FILE


def problem(folder: Path, **options: bool) -> str:
    """The kind of problem opening folder's history meets, or 'opened'."""
    try:
        open_store(folder, **options).conn.close()
    except HistoryOpenError as exc:
        assert str(exc) and "Traceback" not in str(exc)
        return exc.kind.name
    return "opened"


def crash_with_wal(folder: Path, notes: int = 0) -> None:
    """A run that saved a visit (and notes long ones) and was killed before closing: its -wal
    is left behind."""
    pid = os.fork()
    if pid == 0:
        conn = open_store(folder).conn
        conn.execute("INSERT INTO therapy_visits (visit_date) VALUES ('2026-11-02')")
        for _ in range(notes):
            conn.execute("INSERT INTO therapy_visits (visit_date, note) VALUES ('2026-11-03', ?)",
                         ("a long note " * 100,))  # fmt: skip
        os.kill(os.getpid(), signal.SIGKILL)
    os.waitpid(pid, 0)


def test_a_damaged_file_is_refused_untouched_unless_setting_aside_is_asked(data_dir: Path) -> None:
    path = data_dir / HISTORY_FILE
    path.write_bytes(b"SQLite format 3\0" + os.urandom(8000))
    before = files(data_dir)
    assert problem(data_dir, repair=False) == "CORRUPT"
    assert files(data_dir) == before
    opened = open_store(data_dir)  # the window's start: set aside, a new one, and said so
    assert opened.damaged is not None and opened.damaged.parent == data_dir / SET_ASIDE_DIR
    assert opened.damaged.read_bytes() == before[HISTORY_FILE] or files(opened.damaged.parent)
    opened.conn.close()


def test_a_file_another_program_is_writing_is_busy_and_left_alone(data_dir: Path) -> None:
    path = make_history(data_dir)
    with program_holding(path, "BEGIN EXCLUSIVE"):
        before = files(data_dir)
        assert problem(data_dir) == "BUSY"
        assert files(data_dir) == before


def test_a_file_another_program_has_locked_shut_is_locked_and_left_alone(data_dir: Path) -> None:
    path = make_history(data_dir)
    with program_holding(
        path,
        "PRAGMA locking_mode = EXCLUSIVE",
        "BEGIN EXCLUSIVE",
        "INSERT INTO therapy_visits (visit_date) VALUES ('2026-11-03')",
        "COMMIT",
    ):
        before = files(data_dir)
        assert problem(data_dir) == "LOCKED"
        assert files(data_dir) == before
    assert not (data_dir / SET_ASIDE_DIR).exists()
    assert problem(data_dir) == "opened"  # the other program's visit is kept too


def test_wal_files_left_by_another_user_make_it_read_only_not_damaged() -> None:
    """The issue's case: a run as another user (here root) left -wal and -shm we cannot write."""
    user = other_user()
    with shared_folder() as folder:
        data = folder / "data"
        data.mkdir()
        path = make_history(data)
        crash_with_wal(data)
        assert Path(f"{path}-wal").exists()
        for mine in (data, path, data / "history.state"):
            give_to(mine, user)
        if user is None:  # not root: the companions are made read-only instead
            for companion in ("-wal", "-shm"):
                Path(f"{path}{companion}").chmod(0o400)
        before = files(data)
        assert in_child(lambda: problem(data), uid=user) == "READ_ONLY"
        assert files(data) == before


def test_a_read_only_history_is_read_only() -> None:
    user = other_user()
    with shared_folder() as folder:
        data = folder / "data"
        data.mkdir()
        path = make_history(data)
        for mine in (data, path, data / "history.state"):
            give_to(mine, user)
        path.chmod(0o400)
        before = files(data)
        assert in_child(lambda: problem(data), uid=user) == "READ_ONLY"
        assert files(data) == before


def test_a_history_on_a_read_only_disk_is_read_only() -> None:
    with small_disk(1024) as disk:
        if disk is None:
            pytest.skip("no mounting here; the read-only cases above use file modes")
        data = disk / "data"
        data.mkdir()
        make_history(data)
        before = files(data)
        remount = ["mount", "-o", "remount,ro", str(disk)]
        subprocess.run(remount, check=True, capture_output=True)
        assert problem(data) == "READ_ONLY"
        assert files(data) == before


def test_a_history_of_another_user_is_not_allowed_and_left_alone() -> None:
    user = other_user()
    with shared_folder() as folder:
        data = folder / "data"
        data.mkdir(mode=0o777)
        data.chmod(0o777)
        path = make_history(data)
        if user is None:
            path.chmod(0)
        before = files(data)
        assert in_child(lambda: problem(data), uid=user) == "NO_PERMISSION"
        assert files(data) == before


def test_a_missing_folder_is_said_so_and_not_made(tmp_path: Path) -> None:
    gone = tmp_path / "usb-stick" / "footdrop"
    assert problem(gone) == "MISSING_FOLDER"
    assert not gone.exists()


def test_a_full_disk_is_no_space_and_the_history_is_kept() -> None:
    with small_disk(1024) as disk:
        if disk is None:  # no mounting here: a file-size limit gives the same failed writes
            with shared_folder() as folder:
                data = folder / "data"
                data.mkdir()
                assert in_child(lambda: problem(data), fsize=4096) == "NO_SPACE"
            return
        data = disk / "data"
        data.mkdir()
        path = make_history(data)
        crash_with_wal(data, notes=60)  # a -wal to copy in: the file has to grow
        fill(disk)
        assert problem(data) == "NO_SPACE"
        assert not (data / SET_ASIDE_DIR).exists() and path.exists()
        (disk / "filler").unlink()
        conn = open_store(data).conn
        visits = conn.execute("SELECT visit_date FROM therapy_visits ORDER BY id").fetchall()
        conn.close()
        assert [v[0] for v in visits[:2]] == ["2026-11-01", "2026-11-02"]
        assert len(visits) == 62  # the crashed run's too


def test_an_update_on_a_full_disk_is_no_space_and_the_old_file_is_kept() -> None:
    """Its backup before the update cannot be made, so the update does not start."""
    old = Path(__file__).parent.parent / "data" / "history-v1.sqlite3"
    with small_disk(1024) as disk:
        if disk is None:
            pytest.skip("no mounting here; the full-disk cases above use a file-size limit")
        data = disk / "data"
        data.mkdir()
        shutil.copyfile(old, data / HISTORY_FILE)
        fill(disk)
        assert problem(data) == "NO_SPACE"
        conn = sqlite3.connect(f"file:{data / HISTORY_FILE}?immutable=1", uri=True)
        assert conn.execute("PRAGMA user_version").fetchone()[0] == 1
        assert conn.execute("SELECT title FROM sessions").fetchone()[0] == "Calf stretch"
        conn.close()
        backups = data / "backups"
        assert not backups.exists() or list(backups.iterdir()) == []  # nothing half-made


def test_a_new_history_on_a_full_disk_is_no_space() -> None:
    with small_disk(256) as disk:
        if disk is None:
            pytest.skip("covered by the file-size limit in the test above")
        data = disk / "data"
        data.mkdir()
        fill(disk)
        assert problem(data) == "NO_SPACE"


@pytest.mark.parametrize("kind", list(OpenProblem))
def test_each_kind_has_its_own_words_and_exit_code(kind: OpenProblem) -> None:
    path = Path("/home/ann/.local/share/footdrop/history.sqlite3")
    said = str(HistoryOpenError(kind, path)).replace(str(path), "").replace(str(path.parent), "")
    others = [str(HistoryOpenError(k, Path("/x/history.sqlite3"))) for k in OpenProblem]
    assert len(set(others)) == len(OpenProblem)
    assert 10 <= kind.exit_code < 64
    assert len({k.exit_code for k in OpenProblem}) == len(OpenProblem)
    assert "sqlite" not in said.lower() and "Error" not in said
