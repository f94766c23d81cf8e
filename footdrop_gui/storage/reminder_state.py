"""The reminder's small memory (last reminded, snooze, "not today"), a JSON file in the data folder.

Written to a temporary file and renamed, so a crash never leaves half a file; a damaged or
unknown file reads as "nothing remembered", which at worst means one reminder more.
"""

from __future__ import annotations

import json
import os
from datetime import date, datetime
from pathlib import Path

from footdrop_gui.core.reminder_due import ReminderState

STATE_FILE = "reminders-state.json"


def _moment(value: object) -> datetime | None:
    try:
        return datetime.fromisoformat(value) if isinstance(value, str) else None
    except ValueError:
        return None


def read_state(data_dir: Path) -> ReminderState:
    try:
        data = json.loads((data_dir / STATE_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return ReminderState()
    if not isinstance(data, dict):
        return ReminderState()
    not_today = _moment(data.get("not_today"))
    return ReminderState(
        reminded_at=_moment(data.get("reminded_at")),
        snoozed_until=_moment(data.get("snoozed_until")),
        not_today=None if not_today is None else not_today.date(),
    )


def _text(value: datetime | date | None) -> str | None:
    return None if value is None else value.isoformat()


def write_state(data_dir: Path, state: ReminderState) -> None:
    """Save the state (only into an existing data folder: a reminder never creates one)."""
    data = {
        "reminded_at": _text(state.reminded_at),
        "snoozed_until": _text(state.snoozed_until),
        "not_today": _text(state.not_today),
    }
    target = data_dir / STATE_FILE
    scratch = target.with_name(f".{STATE_FILE}.{os.getpid()}")
    fd = os.open(scratch, os.O_CREAT | os.O_TRUNC | os.O_WRONLY, 0o600)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        json.dump(data, handle)
    os.replace(scratch, target)
