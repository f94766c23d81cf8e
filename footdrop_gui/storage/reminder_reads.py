"""What a reminder needs from the history, read without ever changing the file.

The database is opened read-only (`mode=ro`): a reminder never creates, migrates or locks
the history the app writes. When the app is closed (no write-ahead log beside the file) it
is also opened `immutable`, so SQLite leaves no -wal or -shm companions behind either. A
missing or unreadable file reads as "nothing done yet".
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from datetime import date, datetime, timedelta
from pathlib import Path

from footdrop_gui.core.progress import streaks
from footdrop_gui.core.reminder_due import Today
from footdrop_gui.storage.db import HISTORY_FILE

LOOK_BACK_DAYS = 60  # enough for a streak worth mentioning; older days are not read


@contextmanager
def _read_only(data_dir: Path) -> Iterator[sqlite3.Connection]:
    path = data_dir / HISTORY_FILE
    if not path.is_file():
        raise FileNotFoundError(path)
    closed = not Path(f"{path}-wal").exists()  # else the app is open (or crashed): read its log
    query = "mode=ro&immutable=1" if closed else "mode=ro"
    conn = sqlite3.connect(f"{path.as_uri()}?{query}", uri=True, timeout=2.0)
    with closing(conn):
        yield conn


def _local_day(stamp: str) -> date:
    moment = datetime.fromisoformat(stamp)
    return (moment.astimezone() if moment.tzinfo else moment).date()


def read_today(data_dir: Path, now: datetime) -> Today:
    """Today's exercise and the days before it; Today() when there is no readable history."""
    since = (now.date() - timedelta(days=LOOK_BACK_DAYS + 1)).isoformat()
    try:
        with _read_only(data_dir) as conn:
            rows = conn.execute(
                "SELECT s.started_at, s.status, s.planned_reps, "
                "(SELECT COUNT(*) FROM activities a WHERE a.session_id = s.id "
                " AND a.kind != 'set' AND a.interrupted = 0) "
                "FROM sessions s WHERE s.deleted = 0 AND substr(s.started_at, 1, 10) >= ?",
                (since,),
            ).fetchall()
    except (OSError, sqlite3.Error, ValueError):
        return Today()
    days: set[date] = set()
    finished = started = False
    for started_at, status, planned, done in rows:
        day = _local_day(started_at)
        full = status == "finished" or (planned > 0 and done >= planned)
        if done > 0 or full:
            days.add(day)
        if day == now.date():
            finished = finished or full
            started = started or done > 0
    streak, _ = streaks(days - {now.date()}, now.date())  # the run that ended yesterday
    last_seven = sum(1 for d in days if 1 <= (now.date() - d).days <= 7)
    return Today(finished=finished, started=started, last_seven=last_seven, streak=streak)


def read_daily_routine_json(data_dir: Path) -> str | None:
    """The person's own daily routine (routine-file JSON), or None for the built-in one."""
    try:
        with _read_only(data_dir) as conn:
            row = conn.execute(
                "SELECT routine_json FROM routines WHERE is_daily = 1 AND deleted = 0 "
                "ORDER BY position, id LIMIT 1"
            ).fetchone()
    except (OSError, sqlite3.Error):
        return None
    return None if row is None else str(row[0])
