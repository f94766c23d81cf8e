"""Streaks and weekly minutes, from made-up history."""

from __future__ import annotations

from datetime import date, timedelta

from footdrop_gui.core.progress import streaks, weekly_minutes

TODAY = date(2026, 11, 25)  # a Wednesday


def days_back(*offsets: int) -> list[date]:
    return [TODAY - timedelta(days=n) for n in offsets]


def test_current_streak_counts_back_from_today_or_yesterday() -> None:
    assert streaks(days_back(0, 1, 2, 5, 6, 7, 8), TODAY) == (3, 4)
    assert streaks(days_back(1, 2), TODAY) == (2, 2)  # today is not over yet
    assert streaks(days_back(2, 3), TODAY) == (0, 2)
    assert streaks([], TODAY) == (0, 0)


def test_two_sessions_on_one_day_count_once() -> None:
    assert streaks(days_back(0, 0, 1), TODAY) == (2, 2)


def test_weekly_minutes_fill_empty_weeks_with_zero() -> None:
    sessions = [(date(2026, 11, 3), 1200.0), (date(2026, 11, 4), 600.0), (date(2026, 11, 24), 90.0)]
    assert weekly_minutes(sessions, TODAY) == [
        (date(2026, 11, 2), 30.0),
        (date(2026, 11, 9), 0.0),
        (date(2026, 11, 16), 0.0),
        (date(2026, 11, 23), 1.5),
    ]
    assert weekly_minutes([], TODAY) == []
