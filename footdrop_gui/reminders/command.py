"""`footdrop reminders status|on|off`: the settings dialog's choices from a terminal."""

from __future__ import annotations

import argparse
import dataclasses
from pathlib import Path
from typing import TextIO

from footdrop_gui.core.reminder_due import ReminderSettings
from footdrop_gui.core.translation import translate
from footdrop_gui.reminders.check import look
from footdrop_gui.reminders.schedule import (
    ScheduleError,
    how_in_words,
    install,
    installed,
    uninstall,
)
from footdrop_gui.reminders.settings import (
    ReminderStore,
    SettingsValueError,
    parse_days,
    parse_times,
)
from footdrop_gui.storage.paths import DataDirError, ensure_data_dir, resolve_data_dir

BAD_INPUT = 2
DAY_WORDS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")  # English; day_word() translates


def day_word(day: int) -> str:
    """The short name of a day (0 is Monday) in the person's language."""
    return (
        translate("ReminderDays", "Mon"),
        translate("ReminderDays", "Tue"),
        translate("ReminderDays", "Wed"),
        translate("ReminderDays", "Thu"),
        translate("ReminderDays", "Fri"),
        translate("ReminderDays", "Sat"),
        translate("ReminderDays", "Sun"),
    )[day]


def describe(settings: ReminderSettings) -> str:
    """'every day at 18:00', 'Mon, Wed, Fri at 09:00 and 18:00'."""
    days = (
        translate("ReminderText", "every day")
        if len(settings.days) == 7
        else ", ".join(day_word(d) for d in sorted(settings.days))
    )
    clocks = [t.strftime("%H:%M") for t in settings.times]
    times = (
        translate("ReminderText", "{first} and {second}").format(first=clocks[0], second=clocks[1])
        if len(clocks) == 2
        else ", ".join(clocks)
    )
    if settings.quiet_start and settings.quiet_end:
        return translate("ReminderText", "{days} at {times}; quiet from {start} to {end}").format(
            days=days,
            times=times,
            start=settings.quiet_start.strftime("%H:%M"),
            end=settings.quiet_end.strftime("%H:%M"),
        )
    return translate("ReminderText", "{days} at {times}").format(days=days, times=times)


def apply(data_dir: Path, settings: ReminderSettings) -> str:
    """Save the settings and set the schedule to match; returns a line saying what is set."""
    ReminderStore(data_dir).save(settings)
    if not settings.enabled:
        uninstall()
        return translate("ReminderText", "Reminders are off.")
    how = install(data_dir, settings)
    return translate("ReminderText", "Reminders are on: {what} ({how}).").format(
        what=describe(settings), how=how_in_words(how)
    )


def run_reminders(args: argparse.Namespace, out: TextIO, err: TextIO) -> int:
    data_dir = resolve_data_dir(args.data_dir)
    action = args.reminders_command
    if action == "status":
        return _status(data_dir, out)
    try:
        ensure_data_dir(data_dir)
        current = ReminderStore(data_dir).load()
        if action == "off":
            out.write(apply(data_dir, dataclasses.replace(current, enabled=False)) + "\n")
            return 0
        chosen = dataclasses.replace(
            current,
            enabled=True,
            times=parse_times(args.at),
            days=parse_days(args.days) if args.days else current.days,
        )
        out.write(apply(data_dir, chosen) + "\n")
    except SettingsValueError as exc:
        err.write(f"footdrop: {exc}\n")
        return BAD_INPUT
    except (DataDirError, ScheduleError) as exc:
        err.write(f"footdrop: {exc}\n")
        return 1
    out.write(look(data_dir).next_in_words() + "\n")
    return 0


def _status(data_dir: Path, out: TextIO) -> int:
    off = translate("ReminderText", "Reminders are off.")
    if not data_dir.is_dir():
        out.write(f"{off}\n")
        return 0
    situation = look(data_dir)
    settings = situation.settings
    how = installed()
    if settings.enabled:
        on = translate("ReminderText", "Reminders are on: {what}.")
        out.write(on.format(what=describe(settings)) + "\n")
    else:
        out.write(f"{off}\n")
    if how:
        out.write(
            translate("ReminderText", "Scheduled {how}.").format(how=how_in_words(how)) + "\n"
        )
    elif settings.enabled:
        out.write(
            translate(
                "ReminderText",
                "They are not scheduled here yet: run 'footdrop reminders on --at HH:MM'.",
            )
            + "\n"
        )
    now = translate("ReminderText", "Now: {reason}").format(reason=situation.decision.reason)
    out.write(f"{now}\n{situation.next_in_words()}\n")
    return 0
