"""Times are kept as instants and shown in local time; a session belongs to the local day it
started on, in the list, the calendar, the charts, the streaks and the export.

Run in Europe/Berlin, whose clocks go back on 25 October 2026 (03:00 summer time becomes
02:00 winter time, so 02:00-03:00 happens twice).
"""

from __future__ import annotations

import csv
import os
import time
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from footdrop_gui.core.activity import Activity
from footdrop_gui.core.progress import local_day
from footdrop_gui.storage.journal import Journal
from tests.storage.sessions import program


@pytest.fixture(autouse=True)
def berlin() -> Iterator[None]:
    before = os.environ.get("TZ")
    os.environ["TZ"] = "Europe/Berlin"
    time.tzset()
    yield
    if before is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = before
    time.tzset()


def clock(*moments: datetime) -> Callable[[], datetime]:
    """A journal clock that gives these moments, one per call, as a real clock would."""
    queue = list(moments)
    return lambda: queue.pop(0)


def opened(data_dir: Path, now: Callable[[], datetime]) -> Journal:
    """The data folder's journal, saving sessions at the times now() gives."""
    journal, _ = Journal.open(data_dir)
    return Journal(journal.connection, now)


def utc(text: str) -> datetime:
    return datetime.fromisoformat(text).replace(tzinfo=UTC)


def rep(number: int, ended: datetime) -> Activity:
    return Activity(number, "rep", "toe-lifts", "both", 1, number, 5.0, 5.0, 3.0,
                    ended - timedelta(seconds=5), ended)  # fmt: skip


def test_sessions_across_the_clock_change_list_in_the_order_they_happened(
    data_dir: Path,
) -> None:
    first, second = utc("2026-10-25T00:30:00"), utc("2026-10-25T01:10:00")
    journal = opened(data_dir, clock(first, second))
    try:
        early = journal.start_session("Before the change", program("toe-lifts"))
        late = journal.start_session("After the change", program("toe-lifts"))
        rows = journal.sessions()
        assert [r.id for r in rows] == [late, early]  # newest first
        shown = [(r.started_at.strftime("%H:%M"), r.started_at.utcoffset()) for r in rows]
        assert shown == [("02:10", timedelta(hours=1)), ("02:30", timedelta(hours=2))]
    finally:
        journal.close()


def test_a_session_over_midnight_counts_once_on_the_day_it_started(
    data_dir: Path, tmp_path: Path
) -> None:
    start = utc("2026-11-20T22:50:00")  # 23:50 in Berlin
    journal = opened(data_dir, clock(start, start + timedelta(minutes=30)))
    try:
        session = journal.start_session("Late one", program("toe-lifts"))
        for number, minutes in enumerate((5, 9, 15, 25), start=1):  # two before, two after 0:00
            journal.record(session, rep(number, start + timedelta(minutes=minutes)))
        journal.end_session(session, ended_early=False)
        (row,) = journal.sessions()
        assert local_day(row.started_at) == date(2026, 11, 20)
        assert journal.daily_reps() == [(date(2026, 11, 20), "toe-lifts", "both", 4, 12.0)]
        assert {local_day(when) for when, _, _ in journal.pain_series()} <= {date(2026, 11, 20)}
        target = tmp_path / "out.csv"
        journal.export_csv(target)
        with target.open(newline="", encoding="utf-8") as handle:
            rows = list(csv.DictReader(handle))
        assert {r["session_date"] for r in rows} == {"2026-11-20"}
        assert rows[0]["session_started_at"].startswith("2026-11-20T23:50:00")
        assert rows[0]["session_started_at"].endswith("+01:00")
        assert [r["ended_at"][:16] for r in rows] == [
            "2026-11-20T23:55", "2026-11-20T23:59", "2026-11-21T00:05", "2026-11-21T00:15"
        ]  # fmt: skip
    finally:
        journal.close()


def test_times_are_stored_as_utc_and_older_local_times_still_sort(data_dir: Path) -> None:
    journal = opened(data_dir, clock(utc("2026-10-25T01:10:00")))
    try:
        late = journal.start_session("New", program("toe-lifts"))
        (stored,) = journal.connection.execute("SELECT started_at FROM sessions").fetchone()
        assert stored == "2026-10-25T01:10:00.000+00:00"
        journal.connection.execute(  # as an earlier version saved it: local time and offset
            "INSERT INTO sessions (title, plan_json, planned_reps, planned_seconds, started_at)"
            " VALUES ('Old', '{\"entries\": []}', 0, 0, '2026-10-25T02:30:00.000+02:00')"
        )
        assert [r.title for r in journal.sessions()] == ["New", "Old"]
        assert journal.sessions()[0].id == late
    finally:
        journal.close()
