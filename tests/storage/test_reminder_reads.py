"""The reminder reads the history without touching it, and keeps its own small memory."""

from __future__ import annotations

import hashlib
from datetime import date, datetime, timedelta
from pathlib import Path

from footdrop_gui.core.reminder_due import ReminderState
from footdrop_gui.storage.db import HISTORY_FILE
from footdrop_gui.storage.journal import Journal
from footdrop_gui.storage.reminder_reads import read_daily_routine_json, read_today
from footdrop_gui.storage.reminder_state import STATE_FILE, read_state, write_state
from tests.storage.sessions import program, run_session

NOW = datetime(2026, 11, 29, 19, 0)


def save_sessions(data_dir: Path, days_ago_and_full: list[tuple[int, bool]]) -> None:
    for days_ago, full in days_ago_and_full:
        moment = NOW - timedelta(days=days_ago, hours=2)
        journal, _ = Journal.open(data_dir, now=lambda moment=moment: moment)
        run_session(journal, program("calf-stretch"), 200 if full else 40)
        journal.close()


def fingerprint(folder: Path) -> dict[str, str]:
    return {p.name: hashlib.sha256(p.read_bytes()).hexdigest() for p in folder.iterdir()}


def test_no_history_reads_as_nothing_done_and_creates_nothing(data_dir: Path) -> None:
    assert read_today(data_dir, NOW) == read_today(data_dir / "missing", NOW)
    assert not read_today(data_dir, NOW).finished
    assert read_daily_routine_json(data_dir) is None
    assert list(data_dir.iterdir()) == []


def test_today_yesterday_and_the_week_are_read_without_changing_a_byte(data_dir: Path) -> None:
    save_sessions(data_dir, [(3, True), (2, True), (1, True), (0, False)])
    before = fingerprint(data_dir)
    today = read_today(data_dir, NOW)
    assert (today.finished, today.started, today.streak, today.last_seven) == (False, True, 3, 3)
    assert fingerprint(data_dir) == before
    save_sessions(data_dir, [(0, True)])
    assert read_today(data_dir, NOW).finished
    assert not read_today(data_dir, NOW + timedelta(days=1)).finished


def test_a_damaged_history_reads_as_nothing_done_and_stays_as_it_was(data_dir: Path) -> None:
    damaged = b"not a database at all" * 100
    (data_dir / HISTORY_FILE).write_bytes(damaged)
    assert read_today(data_dir, NOW).finished is False
    assert (data_dir / HISTORY_FILE).read_bytes() == damaged


def test_the_state_is_remembered_and_a_damaged_file_is_forgotten(data_dir: Path) -> None:
    assert read_state(data_dir) == ReminderState()
    state = ReminderState(NOW, NOW + timedelta(minutes=30), date(2026, 11, 29))
    write_state(data_dir, state)
    assert read_state(data_dir) == state
    assert (data_dir / STATE_FILE).stat().st_mode & 0o777 == 0o600
    for junk in ("{", "[]", '{"reminded_at": "yesterday"}'):
        (data_dir / STATE_FILE).write_text(junk)
        assert read_state(data_dir) == ReminderState()


def test_a_session_saved_by_the_open_app_is_seen_at_once(data_dir: Path) -> None:
    journal, _ = Journal.open(data_dir, now=lambda: NOW - timedelta(hours=1))
    try:
        run_session(journal, program("calf-stretch"), 200)
        assert (data_dir / f"{HISTORY_FILE}-wal").exists()
        assert read_today(data_dir, NOW).finished
    finally:
        journal.close()
