"""Dates, times and week starts in the person's language, from QLocale.

Each pattern is a translatable string (context "Dates"): the order of day, month and year
is the translator's choice, while QLocale gives the words ("Tue", "November", "Di.", "nov").
English patterns keep the app's English dates exactly ("Tue 03 Nov 2026").
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QTime


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _formatted(day: date, pattern: str) -> str:
    return QLocale().toString(qdate(day), pattern)


def list_date(day: date) -> str:
    """ "Tue 03 Nov 2026": a row of a table of sessions or visits."""
    return _formatted(day, QCoreApplication.translate("Dates", "ddd dd MMM yyyy"))


def long_day(day: date) -> str:
    """ "Tuesday 03 November 2026": one session's heading."""
    return _formatted(day, QCoreApplication.translate("Dates", "dddd dd MMMM yyyy"))


def full_date(day: date) -> str:
    """ "Tuesday 3 November 2026": the report's dates, without a leading zero."""
    return _formatted(day, QCoreApplication.translate("Dates", "dddd d MMMM yyyy"))


def day_month(day: date) -> str:
    """ "03 November": a day of this year, in a question."""
    return _formatted(day, QCoreApplication.translate("Dates", "dd MMMM"))


def day_month_year(day: date) -> str:
    """ "03 November 2026"."""
    return _formatted(day, QCoreApplication.translate("Dates", "dd MMMM yyyy"))


def edit_format() -> str:
    """The pattern of a date field ("3 November 2026")."""
    return QCoreApplication.translate("Dates", "d MMMM yyyy")


def short_date(day: date, with_year: bool) -> str:
    """ "3 Nov", or "3 Nov 2025" where the dates around it span more than one year."""
    if with_year:
        return _formatted(day, QCoreApplication.translate("Dates", "d MMM yyyy"))
    return _formatted(day, QCoreApplication.translate("Dates", "d MMM"))


def weekday_date(day: date, with_year: bool) -> str:
    """ "Tue 3 Nov" (with the year where the dates span more than one)."""
    if with_year:
        return _formatted(day, QCoreApplication.translate("Dates", "ddd d MMM yyyy"))
    return _formatted(day, QCoreApplication.translate("Dates", "ddd d MMM"))


def month_label(day: date, with_year: bool) -> str:
    """ "Nov", or "Nov 2025": an axis label for a month."""
    if with_year:
        return _formatted(day, QCoreApplication.translate("Dates", "MMM yyyy"))
    return _formatted(day, QCoreApplication.translate("Dates", "MMM"))


def clock(moment: datetime) -> str:
    """ "09:30": a time of day, on the 24-hour clock the app has always shown."""
    return QLocale().toString(QTime(moment.hour, moment.minute), "HH:mm")


def first_weekday() -> int:
    """The first day of the week where the person lives, as date.weekday() counts (Monday 0)."""
    return QLocale().firstDayOfWeek().value - 1
