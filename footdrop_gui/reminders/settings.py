"""The [reminders] keys of settings.ini (see settings_file.py), and the words for days
and times that `footdrop reminders` and the dialog accept.

QtCore only, so the headless `footdrop remind` never imports widgets.
"""

from __future__ import annotations

from datetime import time
from pathlib import Path

from footdrop_gui.core.reminder_due import DAY_NAMES, DEFAULT_MESSAGE, ReminderSettings
from footdrop_gui.core.translation import translate
from footdrop_gui.settings_file import SETTINGS_FILE, SettingsFile

MAX_TIMES = 2


class SettingsValueError(ValueError):
    """A day or time the person typed cannot be understood; the message says which."""


def parse_time(text: str) -> time:
    """'18:00' or '7:30'; anything else is refused with a message naming it."""
    hours, _, minutes = text.strip().partition(":")
    try:
        return time(int(hours), int(minutes or "0"))
    except ValueError:
        raise SettingsValueError(
            translate(
                "ReminderText",
                "'{text}' is not a time of day: write it like 18:00 (hours:minutes, 24-hour clock)",
            ).format(text=text)
        ) from None


def parse_times(text: str) -> tuple[time, ...]:
    times = tuple(sorted({parse_time(part) for part in text.split(",") if part.strip()}))
    if not 1 <= len(times) <= MAX_TIMES:
        raise SettingsValueError(
            translate(
                "ReminderText", "choose one or two times a day, for example 18:00 or 09:00,18:00"
            )
        )
    return times


def parse_days(text: str) -> frozenset[int]:
    days = set()
    for part in text.replace(" ", ",").split(","):
        name = part.strip().lower()[:3]
        if not name:
            continue
        if name not in DAY_NAMES:
            raise SettingsValueError(
                translate(
                    "ReminderText", "'{text}' is not a day: use mon, tue, wed, thu, fri, sat, sun"
                ).format(text=part.strip())
            )
        days.add(DAY_NAMES.index(name))
    if not days:
        raise SettingsValueError(translate("ReminderText", "choose at least one day"))
    return frozenset(days)


def days_text(days: frozenset[int]) -> str:
    return ",".join(DAY_NAMES[d] for d in sorted(days))


def times_text(times: tuple[time, ...]) -> str:
    return ",".join(t.strftime("%H:%M") for t in times)


class ReminderStore:
    """Reminder settings in <data folder>/settings.ini, beside the app's other preferences."""

    def __init__(self, data_dir: Path) -> None:
        self._file = SettingsFile(data_dir / SETTINGS_FILE)

    def _optional_time(self, key: str) -> time | None:
        text = self._file.text(key)
        try:
            return parse_time(text) if text else None
        except SettingsValueError:
            return None

    def load(self) -> ReminderSettings:
        """The settings; a value damaged by hand falls back to its default, never an error."""
        defaults = ReminderSettings()
        file = self._file
        try:
            days = parse_days(file.text("reminders/days"))
        except SettingsValueError:
            days = defaults.days
        try:
            times = parse_times(file.text("reminders/times"))
        except SettingsValueError:
            times = defaults.times
        return ReminderSettings(
            enabled=file.flag("reminders/enabled"),
            days=days,
            times=times,
            quiet_start=self._optional_time("reminders/quiet_start"),
            quiet_end=self._optional_time("reminders/quiet_end"),
            message=file.text("reminders/message") or DEFAULT_MESSAGE,
        )

    def save(self, settings: ReminderSettings) -> None:
        def clock(value: time | None) -> str:
            return "" if value is None else value.strftime("%H:%M")

        self._file.set_many(
            {
                "reminders/enabled": "true" if settings.enabled else "false",
                "reminders/days": days_text(settings.days),
                "reminders/times": times_text(settings.times),
                "reminders/quiet_start": clock(settings.quiet_start),
                "reminders/quiet_end": clock(settings.quiet_end),
                "reminders/message": settings.message,
            }
        )

    def affected_side(self) -> str:
        """The foot the person said is affected (ui/settings.py writes it), for the length."""
        return self._file.text("you/affected_side")
