"""`footdrop reminders status|on|off`: the settings dialog's choices from a terminal."""

from __future__ import annotations

import argparse
import dataclasses
from pathlib import Path
from typing import TextIO

from footdrop_gui.core.reminder_due import ReminderSettings
from footdrop_gui.reminders.check import look
from footdrop_gui.reminders.schedule import ScheduleError, install, installed, uninstall
from footdrop_gui.reminders.settings import (
    ReminderStore,
    SettingsValueError,
    parse_days,
    parse_times,
)
from footdrop_gui.storage.paths import DataDirError, ensure_data_dir, resolve_data_dir

BAD_INPUT = 2
DAY_WORDS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def describe(settings: ReminderSettings) -> str:
    """'every day at 18:00', 'Mon, Wed, Fri at 09:00 and 18:00'."""
    days = (
        "every day"
        if len(settings.days) == 7
        else ", ".join(DAY_WORDS[d] for d in sorted(settings.days))
    )
    times = " and ".join(t.strftime("%H:%M") for t in settings.times)
    quiet = ""
    if settings.quiet_start and settings.quiet_end:
        quiet = (
            f"; quiet from {settings.quiet_start.strftime('%H:%M')} "
            f"to {settings.quiet_end.strftime('%H:%M')}"
        )
    return f"{days} at {times}{quiet}"


def apply(data_dir: Path, settings: ReminderSettings) -> str:
    """Save the settings and set the schedule to match; returns a line saying what is set."""
    ReminderStore(data_dir).save(settings)
    if not settings.enabled:
        uninstall()
        return "Reminders are off."
    how = install(data_dir, settings)
    return f"Reminders are on: {describe(settings)} ({how})."


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
    if not data_dir.is_dir():
        out.write("Reminders are off.\n")
        return 0
    situation = look(data_dir)
    settings = situation.settings
    how = installed()
    if settings.enabled:
        out.write(f"Reminders are on: {describe(settings)}.\n")
    else:
        out.write("Reminders are off.\n")
    if how:
        out.write(f"Scheduled {how}.\n")
    elif settings.enabled:
        out.write("They are not scheduled here yet: run 'footdrop reminders on --at HH:MM'.\n")
    out.write(f"Now: {situation.decision.reason}\n{situation.next_in_words()}\n")
    return 0
