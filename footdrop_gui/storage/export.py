"""Export the history as one tidy CSV file: a row per saved activity, with its session.

The file is written beside its destination under a temporary name and renamed into place,
so a failure never leaves a half-written file where the person expects a whole one.
Times are written in local time with their UTC offset, and each session carries the local
day it started on. Text that a spreadsheet would run as a formula (=, +, -, @, tab, carriage
return first) gets a leading apostrophe, so a note or name can never run in the therapist's
spreadsheet; numbers stay numbers.
"""

from __future__ import annotations

import csv
import io
import os
import sqlite3
import stat
import tempfile
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import BinaryIO

from footdrop_gui.core.progress import local_day
from footdrop_gui.core.translation import translate

COLUMNS = (
    "session_id", "session_title", "session_date", "session_started_at", "session_ended_at",
    "session_status",
    "pain_before", "pain_after", "effort", "note",
    "activity", "exercise_id", "side", "set", "rep", "planned_seconds", "actual_seconds",
    "hold_seconds", "started_at", "ended_at", "interrupted",
)  # fmt: skip

QUERY = """
SELECT s.id, s.title, s.started_at, s.ended_at, s.status,
       r.pain_before, r.pain_after, r.effort, r.note,
       a.kind, a.exercise_id, a.side, a.set_number, a.rep_number, a.planned_seconds,
       a.actual_seconds, a.hold_seconds, a.started_at, a.ended_at, a.interrupted
FROM sessions s
LEFT JOIN ratings r ON r.session_id = s.id
LEFT JOIN activities a ON a.session_id = s.id
WHERE s.deleted = 0
ORDER BY julianday(s.started_at), s.id, a.id
"""
TIME_COLUMNS = {2, 3, 17, 18}  # query positions of stored UTC instants
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralised(value: object) -> object:
    """A text cell a spreadsheet would read as a formula, made plain text (OWASP's way)."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return "'" + value
    return "" if value is None else value


def _local(stored: str) -> str:
    return datetime.fromisoformat(stored).astimezone().isoformat(timespec="milliseconds")


def csv_row(row: Sequence[object]) -> list[object]:
    """One query row as written: local times and the session's local day."""
    cells = [
        _local(value) if index in TIME_COLUMNS and isinstance(value, str) else value
        for index, value in enumerate(row)
    ]
    cells.insert(2, local_day(datetime.fromisoformat(str(row[2]))).isoformat())
    return cells


class ExportError(OSError):
    """The export file could not be written; the message says where and why."""


def _refuse_what_is_not_a_file(destination: Path) -> None:
    """Never replace a folder, a device or a pipe with the export (as root, renaming over
    /dev/null would succeed)."""
    try:
        mode = destination.stat().st_mode
    except OSError:
        return  # nothing there yet (or it cannot be looked at: writing will say why)
    if not stat.S_ISREG(mode):
        if stat.S_ISDIR(mode):
            words = translate("Export", "Cannot write {path}: it is a folder. Choose a file name.")
        else:
            words = translate(
                "Export", "Cannot write {path}: it is not an ordinary file. Choose a file name."
            )
        raise ExportError(words.format(path=destination))


@contextmanager
def replacing(destination: Path, prefix: str = ".footdrop-export-") -> Iterator[BinaryIO]:
    """A new file for destination: written under a temporary name in its folder (created
    0600), flushed to disk, then renamed over it; removed if anything fails, so there is
    never a half-written file. Errors become ExportError with a calm message."""
    destination = destination.expanduser()
    folder = destination.parent if str(destination.parent) else Path(".")
    _refuse_what_is_not_a_file(destination)
    try:
        handle, temporary = tempfile.mkstemp(prefix=prefix, dir=folder)
    except OSError as exc:
        raise ExportError(
            translate(
                "Export", "Cannot write to {folder} ({reason}). Choose another folder."
            ).format(folder=folder, reason=exc.strerror)
        ) from exc
    try:
        with os.fdopen(handle, "wb") as out:
            yield out
            out.flush()
            os.fsync(out.fileno())
        os.replace(temporary, destination)
    except OSError as exc:
        Path(temporary).unlink(missing_ok=True)
        raise ExportError(
            translate("Export", "Cannot write {path} ({reason}).").format(
                path=destination, reason=exc.strerror
            )
        ) from exc
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise


def write_csv(destination: Path, header: Sequence[str], rows: Iterable[Sequence[object]]) -> int:
    """A CSV file with safe text cells, written whole or not at all; returns the rows written."""
    count = 0
    with replacing(destination) as raw:
        out = io.TextIOWrapper(raw, encoding="utf-8", newline="")
        writer = csv.writer(out)
        writer.writerow(header)
        for row in rows:
            writer.writerow([neutralised(cell) for cell in row])
            count += 1
        out.flush()
        out.detach()  # the raw file stays open for replacing() to sync and rename
    return count


def export_csv(conn: sqlite3.Connection, destination: Path) -> int:
    """Write every kept session and activity to destination; returns the number of rows."""
    return write_csv(destination, COLUMNS, (csv_row(row) for row in conn.execute(QUERY)))


SESSION_COLUMNS = (
    "date", "started_at", "routine", "status", "minutes", "reps_done", "reps_planned",
    "pain_before", "pain_after", "difficulty", "note",
)  # fmt: skip
SESSIONS_QUERY = """
SELECT s.started_at, s.ended_at, s.title, s.status,
       (SELECT COUNT(*) FROM activities a WHERE a.session_id = s.id
        AND a.kind != 'set' AND a.interrupted = 0),
       s.planned_reps, r.pain_before, r.pain_after, r.effort, r.note
FROM sessions s LEFT JOIN ratings r ON r.session_id = s.id
WHERE s.deleted = 0
ORDER BY julianday(s.started_at), s.id
"""
VISIT_COLUMNS = ("date", "note", "questions_for_next_time")


def session_row(row: Sequence[object]) -> list[object]:
    """One session as a spreadsheet row: its local day and time, minutes from start to end
    (as the History screen counts them), reps done of planned, and how it went."""
    started = datetime.fromisoformat(str(row[0])).astimezone()
    ended = datetime.fromisoformat(str(row[1])).astimezone() if row[1] else None
    minutes = round((ended - started).total_seconds() / 60, 1) if ended else ""
    return [
        local_day(started).isoformat(), started.isoformat(timespec="minutes"), row[2], row[3],
        minutes, *row[4:],
    ]  # fmt: skip


def export_sessions_csv(conn: sqlite3.Connection, destination: Path) -> int:
    """One row a kept session, oldest first; returns the number of rows."""
    return write_csv(
        destination, SESSION_COLUMNS, (session_row(row) for row in conn.execute(SESSIONS_QUERY))
    )


def export_visits_csv(conn: sqlite3.Connection, destination: Path) -> int:
    """Every therapy visit, oldest first, with its note and the questions for next time."""
    rows = conn.execute(
        "SELECT visit_date, note, questions FROM therapy_visits ORDER BY visit_date, id"
    )
    return write_csv(destination, VISIT_COLUMNS, rows)
