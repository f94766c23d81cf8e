"""Progress over time: streaks and weekly totals, as pure functions over history rows."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date, datetime, timedelta


def local_day(moment: datetime) -> date:
    """The day on the person's own calendar that a moment falls on.

    A session belongs to the local day it started on, everywhere (list, calendar, charts,
    streaks, export), so a session at 23:50 that ends after midnight counts once.
    """
    return moment.astimezone().date()


def streaks(days: Iterable[date], today: date) -> tuple[int, int]:
    """(current, longest) runs of consecutive days with a session.

    The current streak still counts when today has no session yet (the day is not over).
    """
    done = set(days)
    longest = run = 0
    previous: date | None = None
    for day in sorted(done):
        run = run + 1 if previous is not None and day - previous == timedelta(days=1) else 1
        longest = max(longest, run)
        previous = day
    current = 0
    day = today if today in done else today - timedelta(days=1)
    while day in done:
        current += 1
        day -= timedelta(days=1)
    return current, longest


def week_start(day: date, first_weekday: int = 0) -> date:
    """The first day of day's week: its Monday, or the weekday where the person's weeks start
    (`first_weekday` as date.weekday() counts, Monday 0; the screens pass QLocale's)."""
    return day - timedelta(days=(day.weekday() - first_weekday) % 7)


def weekly_minutes(
    sessions: Iterable[tuple[date, float]], today: date, first_weekday: int = 0
) -> list[tuple[date, float]]:
    """Minutes of exercise per week, every week from the first one to today's."""
    totals: dict[date, float] = defaultdict(float)
    for day, seconds in sessions:
        totals[week_start(day, first_weekday)] += seconds / 60
    if not totals:
        return []
    weeks = []
    week = min(totals)
    while week <= week_start(today, first_weekday):
        weeks.append((week, round(totals.get(week, 0.0), 1)))
        week += timedelta(days=7)
    return weeks
