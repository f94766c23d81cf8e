"""Opening, migrating and protecting the history file."""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
import stat
from datetime import datetime
from pathlib import Path

import pytest

from footdrop_gui.storage.db import (
    HISTORY_FILE,
    LATEST_VERSION,
    NewerVersionError,
    open_history,
)

DATA = Path(__file__).parent.parent / "data"
OLD_FILES = sorted(DATA.glob("history-v*.sqlite3"))
NOW = datetime(2026, 11, 25, 10, 30)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_new_file_is_private_current_and_durable(data_dir: Path) -> None:
    conn, notice = open_history(data_dir, now=lambda: NOW)
    path = data_dir / HISTORY_FILE
    assert notice is None
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert conn.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"sessions", "activities", "ratings", "therapy_visits"} <= tables
    assert not (data_dir / "backups").exists()  # nothing to back up in a new file
    conn.close()


def test_there_is_a_stored_file_for_every_schema_version() -> None:
    versions = {int(p.stem.removeprefix("history-v")) for p in OLD_FILES}
    assert versions == set(range(1, LATEST_VERSION + 1))


@pytest.mark.parametrize("old", OLD_FILES, ids=lambda p: p.stem)
def test_every_earlier_version_opens_with_its_data(data_dir: Path, old: Path) -> None:
    shutil.copy(old, data_dir / HISTORY_FILE)
    version = int(old.stem.removeprefix("history-v"))
    conn, _ = open_history(data_dir, now=lambda: NOW)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION
    assert conn.execute("SELECT title FROM sessions").fetchall()[0][0] == "Calf stretch"
    assert conn.execute("SELECT note FROM ratings").fetchone()[0] == "Felt fine"
    assert conn.execute("SELECT questions FROM therapy_visits").fetchone()[0] == (
        "Can I add weights?"
    )
    if version >= 2:
        stored = conn.execute("SELECT routine_json FROM routines").fetchone()[0]
        assert json.loads(stored)["name"] == "My morning"
    backups = list((data_dir / "backups").glob("*.sqlite3"))
    if version < LATEST_VERSION:
        assert [b.name for b in backups] == [f"history-v{version}-20261125-103000.sqlite3"]
        copy = sqlite3.connect(backups[0])
        assert copy.execute("PRAGMA user_version").fetchone()[0] == version
    else:
        assert backups == []
    conn.close()


def test_a_file_from_a_newer_app_is_refused_and_left_untouched(data_dir: Path) -> None:
    path = data_dir / HISTORY_FILE
    newer = sqlite3.connect(path)
    newer.execute("CREATE TABLE future (x)")
    newer.execute(f"PRAGMA user_version = {LATEST_VERSION + 1}")
    newer.commit()
    newer.close()
    before = digest(path)
    with pytest.raises(NewerVersionError, match="newer version of this app") as refused:
        open_history(data_dir, now=lambda: NOW)
    assert str(path) in str(refused.value)
    assert digest(path) == before
    assert sorted(p.name for p in data_dir.iterdir()) == [HISTORY_FILE]


def test_a_damaged_file_is_set_aside_and_reported(data_dir: Path) -> None:
    path = data_dir / HISTORY_FILE
    path.write_bytes(b"this is not a database, it is a shopping list" * 100)
    garbage = path.read_bytes()
    conn, notice = open_history(data_dir, now=lambda: NOW)
    # In the set-aside folder, where History's Backups list finds it (it was beside the file).
    kept = data_dir / "set-aside" / f"{HISTORY_FILE}.damaged-20261125-103000"
    assert kept.read_bytes() == garbage
    assert notice is not None and str(kept) in notice and "new one was started" in notice
    assert conn.execute("PRAGMA user_version").fetchone()[0] == LATEST_VERSION
    conn.close()
