"""Everything a reminder decision reads, gathered in one place: settings, state, history, time."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from footdrop_gui.core.reminder_due import (
    Decision,
    ReminderSettings,
    ReminderState,
    Today,
    decide,
    next_reminder,
    notification_text,
    when_in_words,
)
from footdrop_gui.core.translation import translate
from footdrop_gui.reminders.settings import ReminderStore
from footdrop_gui.storage import instance_lock
from footdrop_gui.storage.reminder_reads import read_daily_routine_json, read_today
from footdrop_gui.storage.reminder_state import read_state


@dataclass(frozen=True)
class Situation:
    """One look at the world: what the decision was made from, and the decision."""

    now: datetime
    settings: ReminderSettings
    state: ReminderState
    today: Today
    decision: Decision

    def next_in_words(self) -> str:
        moment = next_reminder(self.settings, self.state, self.today, self.now)
        if moment is None and not self.settings.enabled:
            return translate("ReminderText", "Next: none (reminders are off).")
        if moment is None:
            return translate("ReminderText", "Next: none.")
        return translate("ReminderText", "Next: {when}.").format(
            when=when_in_words(moment, self.now)
        )


def look(data_dir: Path, now: Callable[[], datetime] = datetime.now) -> Situation:
    """Read everything afresh (nothing is kept between looks but the state file)."""
    moment = now()
    settings = ReminderStore(data_dir).load()
    state = read_state(data_dir)
    today = read_today(data_dir, moment)
    return Situation(moment, settings, state, today, decide(settings, state, today, moment))


def routine_minutes(data_dir: Path) -> int | None:
    """About how long the daily routine takes, in whole minutes (None if it cannot be read).

    The catalog is read only here, when a reminder is shown: a look that finds nothing due
    stays quick.
    """
    from footdrop_gui import bundled
    from footdrop_gui.core.catalog import CatalogError
    from footdrop_gui.core.program import Side, compile_program
    from footdrop_gui.core.routine import RoutineError
    from footdrop_gui.core.routine_file import parse_routine_file

    try:
        catalog = bundled.catalog()
        stored = read_daily_routine_json(data_dir)
        routine = (
            parse_routine_file(stored, catalog, "routine") if stored else bundled.routines()[0]
        )
        affected = ReminderStore(data_dir).affected_side()
        side = Side(affected) if affected in (Side.LEFT, Side.RIGHT) else Side.BOTH
        seconds = compile_program(routine.program_entries(catalog), side).total_seconds
    except (CatalogError, RoutineError, IndexError):
        return None
    return max(1, round(seconds / 60))


def reminder_text(situation: Situation, data_dir: Path) -> tuple[str, str]:
    return notification_text(situation.settings, situation.today, routine_minutes(data_dir))


def app_is_open(data_dir: Path) -> bool:
    """True while the app runs on this data folder: it then gives the reminders itself."""
    return instance_lock.is_held(data_dir)
    return True
