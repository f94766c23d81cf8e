"""The [reminders] keys of settings.ini: read and written with QSettings (QtCore only).

Kept apart from ui/settings.py so the headless `footdrop remind` never imports widgets.
"""

from __future__ import annotations

from datetime import time
from pathlib import Path

from PySide6.QtCore import QSettings

from footdrop_gui.core.reminder_due import DAY_NAMES, DEFAULT_MESSAGE, ReminderSettings

SETTINGS_FILE = "settings.ini"
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
            f"'{text}' is not a time of day: write it like 18:00 (hours:minutes, 24-hour clock)"
        ) from None


def parse_times(text: str) -> tuple[time, ...]:
    times = tuple(sorted({parse_time(part) for part in text.split(",") if part.strip()}))
    if not 1 <= len(times) <= MAX_TIMES:
        raise SettingsValueError("choose one or two times a day, for example 18:00 or 09:00,18:00")
    return times


def parse_days(text: str) -> frozenset[int]:
    days = set()
    for part in text.replace(" ", ",").split(","):
        name = part.strip().lower()[:3]
        if not name:
            continue
        if name not in DAY_NAMES:
            raise SettingsValueError(
                f"'{part.strip()}' is not a day: use mon, tue, wed, thu, fri, sat, sun"
            )
        days.add(DAY_NAMES.index(name))
    if not days:
        raise SettingsValueError("choose at least one day")
    return frozenset(days)


def days_text(days: frozenset[int]) -> str:
    return ",".join(DAY_NAMES[d] for d in sorted(days))


def times_text(times: tuple[time, ...]) -> str:
    return ",".join(t.strftime("%H:%M") for t in times)


def _text(value: object) -> str:
    """A QSettings value as text (an unquoted 'a,b' in the file comes back as a list)."""
    if isinstance(value, list):
        return ",".join(str(v) for v in value)
    return "" if value is None else str(value)


class ReminderStore:
    """Reminder settings in <data folder>/settings.ini, beside the app's other preferences."""

    def __init__(self, data_dir: Path) -> None:
        self._ini = QSettings(str(data_dir / SETTINGS_FILE), QSettings.Format.IniFormat)

    def _optional_time(self, key: str) -> time | None:
        text = _text(self._ini.value(f"reminders/{key}", ""))
        try:
            return parse_time(text) if text else None
        except SettingsValueError:
            return None

    def load(self) -> ReminderSettings:
        """The settings; a value damaged by hand falls back to its default, never an error."""
        defaults = ReminderSettings()
        ini = self._ini
        try:
            days = parse_days(_text(ini.value("reminders/days", days_text(defaults.days))))
        except SettingsValueError:
            days = defaults.days
        try:
            times = parse_times(_text(ini.value("reminders/times", times_text(defaults.times))))
        except SettingsValueError:
            times = defaults.times
        return ReminderSettings(
            enabled=_text(ini.value("reminders/enabled", "false")).lower() == "true",
            days=days,
            times=times,
            quiet_start=self._optional_time("quiet_start"),
            quiet_end=self._optional_time("quiet_end"),
            message=_text(ini.value("reminders/message", DEFAULT_MESSAGE)) or DEFAULT_MESSAGE,
        )

    def save(self, settings: ReminderSettings) -> None:
        ini = self._ini
        ini.setValue("reminders/enabled", "true" if settings.enabled else "false")
        ini.setValue("reminders/days", days_text(settings.days))
        ini.setValue("reminders/times", times_text(settings.times))
        quiet = {"quiet_start": settings.quiet_start, "quiet_end": settings.quiet_end}
        for key, value in quiet.items():
            ini.setValue(f"reminders/{key}", "" if value is None else value.strftime("%H:%M"))
        ini.setValue("reminders/message", settings.message)
        ini.sync()

    def affected_side(self) -> str:
        """The foot the person said is affected (ui/settings.py writes it), for the length."""
        return _text(self._ini.value("you/affected_side", ""))
