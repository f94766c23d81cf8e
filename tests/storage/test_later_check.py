"""Which histories may wait for their full check until after the library shows: only one that
opening leaves byte for byte as it was; anything to replay or migrate is checked first."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from footdrop_gui.storage.db import HISTORY_FILE, open_store


def closed_history(folder: Path) -> Path:
    folder.mkdir(mode=0o700)
    conn = open_store(folder).conn
    conn.execute("INSERT INTO therapy_visits (visit_date) VALUES ('2026-11-01')")
    conn.close()
    return folder / HISTORY_FILE


def test_a_history_closed_cleanly_is_opened_unchanged_and_checked_later(tmp_path: Path) -> None:
    history = closed_history(tmp_path / "data")
    before = history.read_bytes()
    opened = open_store(history.parent, check_later=True)
    assert opened.unchecked
    assert history.read_bytes() == before  # opening wrote nothing
    opened.conn.close()


def test_a_history_left_by_a_crash_is_checked_before_its_wal_is_replayed(tmp_path: Path) -> None:
    history = closed_history(tmp_path / "data")
    crash = (
        "import os, sys\n"
        "from pathlib import Path\n"
        "from footdrop_gui.storage.db import open_store\n"
        "conn = open_store(Path(sys.argv[1])).conn\n"
        "conn.execute(\"INSERT INTO therapy_visits (visit_date) VALUES ('2026-11-02')\")\n"
        "os._exit(0)  # a power cut: the -wal holds the visit\n"
    )
    subprocess.run([sys.executable, "-c", crash, str(history.parent)], check=True, timeout=60)
    assert Path(f"{history}-wal").stat().st_size > 0
    opened = open_store(history.parent, check_later=True)
    assert not opened.unchecked
    assert len(opened.conn.execute("SELECT * FROM therapy_visits").fetchall()) == 2
    opened.conn.close()


def test_a_new_history_is_checked_as_it_is_made(tmp_path: Path) -> None:
    opened = open_store(tmp_path, check_later=True)
    assert not opened.unchecked
    opened.conn.close()
