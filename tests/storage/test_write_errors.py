"""A failed write reaches the caller as storage's own HistoryWriteError, told apart by kind,
and leaves the history as it was (a real failure: another connection holds the file)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from footdrop_gui.storage.errors import HistoryWriteError, OpenProblem
from footdrop_gui.storage.journal import Journal, TherapyVisit


@pytest.fixture
def journal(tmp_path: Path) -> Iterator[Journal]:
    opened, _notice = Journal.open(tmp_path)
    yield opened
    opened.close()


def hold_file(path: Path) -> sqlite3.Connection:
    """Another program writing to the file: it holds the write lock until closed."""
    other = sqlite3.connect(path, isolation_level=None, timeout=0)
    other.execute("BEGIN EXCLUSIVE")
    return other


def test_a_busy_file_is_a_busy_write_error_and_nothing_is_half_written(
    journal: Journal, tmp_path: Path
) -> None:
    journal.connection.execute("PRAGMA busy_timeout = 50")  # do not wait the usual seconds
    other = hold_file(journal.path)
    with pytest.raises(HistoryWriteError) as raised:
        journal.add_visit(TherapyVisit(date(2026, 3, 1), "first visit"))
    other.close()
    assert raised.value.kind is OpenProblem.BUSY
    assert "Wait a minute, then try again" in str(raised.value)
    assert journal.visits() == []
    journal.add_visit(TherapyVisit(date(2026, 3, 1), "first visit"))  # the journal still works
    assert [v.note for v in journal.visits()] == ["first visit"]


def test_a_read_only_history_is_a_read_only_write_error(journal: Journal) -> None:
    journal.connection.execute("PRAGMA query_only = ON")
    with pytest.raises(HistoryWriteError) as raised:
        journal.add_visit(TherapyVisit(date(2026, 3, 1)))
    assert raised.value.kind is OpenProblem.READ_ONLY
    assert not isinstance(raised.value, sqlite3.Error)
