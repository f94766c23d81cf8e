"""The History page in a daylight-saving zone: a session from 23:50 to 00:20 is one day's
session in the calendar, the list and the charts, and sessions around the clock change are
listed in the order they happened."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from footdrop_gui import bundled
from footdrop_gui.storage.journal import Journal
from footdrop_gui.ui.history_view import HistoryView
from tests.storage.sessions import program
from tests.storage.test_local_days import berlin, clock, opened, rep

__all__ = ["berlin"]  # the fixture, used by name below


@pytest.fixture
def late_night(data_dir: Path, berlin: None) -> Iterator[Journal]:
    start = datetime(2026, 11, 20, 22, 50, tzinfo=UTC)  # 23:50 in Berlin
    fall_back = datetime(2026, 10, 25, 0, 30, tzinfo=UTC)  # 02:30 summer time
    journal = opened(data_dir, clock(
        fall_back, fall_back + timedelta(minutes=5), fall_back + timedelta(minutes=40),
        fall_back + timedelta(minutes=45), start, start + timedelta(minutes=30),
    ))  # fmt: skip
    for title in ("Before the change", "After the change"):
        session = journal.start_session(title, program("toe-lifts"))
        journal.end_session(session, ended_early=True)
    session = journal.start_session("Late one", program("toe-lifts"))
    for number, minutes in enumerate((5, 9, 15, 25), start=1):
        journal.record(session, rep(number, start + timedelta(minutes=minutes)))
    journal.end_session(session, ended_early=False)
    yield journal
    journal.close()


def test_a_late_session_is_one_days_session_everywhere(
    qapp: QApplication, qtbot: QtBot, late_night: Journal
) -> None:
    view = HistoryView(late_night, bundled.catalog(), today=lambda: date(2026, 11, 21))
    qtbot.addWidget(view)
    view.refresh()
    model = view.model
    assert [model.data(model.index(row, 0)) for row in range(3)] == [
        "Fri 20 Nov 2026", "Sun 25 Oct 2026", "Sun 25 Oct 2026"
    ]  # fmt: skip
    assert [row.title for row in model.rows] == ["Late one", "After the change",
                                                 "Before the change"]  # fmt: skip
    assert view.calendar.dateTextFormat(QDate(2026, 11, 20)).fontWeight() == 700
    assert view.calendar.dateTextFormat(QDate(2026, 11, 21)).fontWeight() != 700
    assert view.streak.text() == "Days in a row: 1 now, 1 at most"
    view.calendar.setSelectedDate(QDate(2026, 11, 21))
    assert "Late one" not in view.day_text.text()
    days = {day for day, *_ in late_night.daily_reps()}
    assert days == {date(2026, 11, 20)}  # what the charts draw
