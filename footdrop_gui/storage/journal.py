"""The journal: the one writer of the history database.

A session row is written when a session starts, then one transaction per completed rep,
hold, set or timed activity, and the session's end. A crash loses at most the rep in
progress; a session that never ended is found on the next start and can be resumed or kept.
"""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from footdrop_gui.core.activity import Activity, local_now
from footdrop_gui.core.program import Milestone, Program
from footdrop_gui.core.progress import local_day
from footdrop_gui.core.progression import Outcome
from footdrop_gui.storage.db import (
    HistoryConnection,
    checkpoint_if_large,
    open_history,
    start_anew,
)
from footdrop_gui.storage.errors import HistoryError, HistoryWriteError, OpenProblem, writing
from footdrop_gui.storage.export import export_csv
from footdrop_gui.storage.later_check import LaterCheck

EFFORTS = ("easy", "about-right", "hard")


@dataclass(frozen=True)
class SessionRow:
    id: int
    title: str
    started_at: datetime
    ended_at: datetime | None
    status: str  # running, finished, ended-early, partial
    planned_reps: int
    done_reps: int
    planned_seconds: int
    pain_before: int | None
    pain_after: int | None


@dataclass(frozen=True)
class Rating:
    pain_before: int | None = None
    pain_after: int | None = None
    effort: str | None = None  # easy, about-right, hard
    note: str = ""


@dataclass(frozen=True)
class TherapyVisit:
    visit_date: date
    note: str = ""
    questions: str = ""
    id: int | None = None


@dataclass(frozen=True)
class ResumePoint:
    """Where an unfinished session stopped: its plan and the next step to run."""

    session_id: int
    plan: list[dict[str, Any]]
    next_step: int


def plan_json(program: Program) -> str:
    entries = []
    for e in program.entries:
        item: dict[str, Any] = {"exercise": e.exercise.id, "prescription": e.prescription.as_dict()}
        if e.band_level is not None:
            item["band_level"] = e.band_level
        for extra in ("affected_extra_sets", "affected_extra_hold"):
            if getattr(e, extra):  # so the report knows the affected foot's dose
                item[extra] = getattr(e, extra)
        entries.append(item)
    return json.dumps({"entries": entries})


class HistoryReplaced(HistoryWriteError):
    """The history was found damaged before this change could be written: it was set aside and
    a new one started; the message is the one given at start for a damaged file."""

    def __init__(self, path: Path, notice: str) -> None:
        super().__init__(OpenProblem.CORRUPT, path)
        self.args = (notice,)


class Journal:
    """Writes sessions as they happen and reads the history back.

    check: the full check of a history opened without it (storage/later_check.py); every
    write waits for its verdict, and a damaged file is set aside before anything is written.
    on_replaced, when set, is told the notice whenever that happens, whoever asked first.
    """

    def __init__(
        self,
        conn: sqlite3.Connection,
        now: Callable[[], datetime] = local_now,
        check: LaterCheck | None = None,
    ):
        self._conn = conn
        self._now = now
        self._check = check
        self.on_replaced: Callable[[str], None] | None = None
        # The file's path, to name it when a write fails ("" for a database in memory).
        self.path = Path(conn.execute("PRAGMA database_list").fetchone()[2] or "history")

    @classmethod
    def open(
        cls, data_dir: Path, now: Callable[[], datetime] = local_now
    ) -> tuple[Journal, str | None]:
        conn, notice = open_history(data_dir, _file_time(now))
        return cls(conn, now), notice

    def close(self) -> None:
        if self._check is not None:
            self._check.verdict()  # no thread left reading a closed history
        self._conn.close()

    def start_check(self, done: Callable[[], None]) -> None:
        """Begin the full check of a history opened unchecked; done() comes from its thread."""
        if self._check is not None:
            self._check.start(done)

    def settle_check(self) -> str | None:
        """Wait for the full check, if one is pending. A damaged file is closed unwritten, set
        aside, and a new one started: returns what to tell the person (once), else None."""
        check, self._check = self._check, None
        if check is None:
            return None
        if check.verdict() is None:
            with suppress(HistoryError):  # as at start: the next start tries again
                self.purge_deleted()
            return None
        if isinstance(self._conn, HistoryConnection):
            self._conn.database = None  # closed without a checkpoint: not a byte written
        self._conn.close()
        opened = start_anew(self.path.parent, _file_time(self._now))
        self._conn = opened.conn
        if self.on_replaced is not None and opened.notice:
            self.on_replaced(opened.notice)
        return opened.notice

    def damage_explains(self, error: BaseException) -> bool:
        """Whether error is a read that met damage the pending full check then found: the
        file is set aside and a new one started (on_replaced is told), as for a write."""
        return isinstance(error, sqlite3.DatabaseError) and self.settle_check() is not None

    def export_csv(self, destination: Path) -> int:
        """Every kept session and activity as one CSV file (see storage/export.py)."""
        return export_csv(self._conn, destination)

    @property
    def connection(self) -> sqlite3.Connection:
        """The one connection; other storage modules write through transaction()."""
        return self._conn

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """All or nothing; a failure is raised as storage's HistoryWriteError, never sqlite3's."""
        notice = self.settle_check()
        if notice:
            raise HistoryReplaced(self.path, notice)
        with writing(self.path):
            self._conn.execute("BEGIN IMMEDIATE")
            try:
                yield self._conn
                self._conn.execute("COMMIT")
            except BaseException:
                if self._conn.in_transaction:  # a failed COMMIT leaves it open too
                    self._conn.execute("ROLLBACK")
                raise
        checkpoint_if_large(self._conn)

    # -- writing as it happens ------------------------------------------------------------
    def start_session(self, title: str, program: Program) -> int:
        planned: dict[str, int] = {}
        for step in program.steps:
            if Milestone.REP in step.completes and step.exercise_id:
                planned[step.exercise_id] = planned.get(step.exercise_id, 0) + 1
        with self.transaction() as db:
            cursor = db.execute(
                "INSERT INTO sessions (title, plan_json, planned_reps, planned_seconds, "
                "started_at) VALUES (?, ?, ?, ?, ?)",
                (
                    title, plan_json(program), sum(planned.values()), program.total_seconds,
                    _iso(self._now()),
                ),
            )  # fmt: skip
            db.executemany(
                "INSERT INTO session_exercises (session_id, exercise_id, planned_reps) "
                "VALUES (?, ?, ?)",
                [(cursor.lastrowid, exercise, reps) for exercise, reps in planned.items()],
            )
        assert cursor.lastrowid is not None
        return cursor.lastrowid

    def record(self, session_id: int, activity: Activity) -> None:
        """Save one completed (or interrupted) activity in its own transaction."""
        a = activity
        with self.transaction() as db:
            db.execute(
                "INSERT INTO activities (session_id, step_index, kind, exercise_id, side, "
                "set_number, rep_number, planned_seconds, actual_seconds, hold_seconds, "
                "started_at, ended_at, interrupted) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                (
                    session_id,
                    a.step_index,
                    a.kind,
                    a.exercise_id,
                    a.side,
                    a.set_number,
                    a.rep_number,
                    a.planned_seconds,
                    a.actual_seconds,
                    a.hold_seconds,
                    _iso(a.started_at),
                    _iso(a.ended_at),
                    int(a.interrupted),
                ),
            )

    def end_session(self, session_id: int, ended_early: bool) -> None:
        status = "ended-early" if ended_early else "finished"
        with self.transaction() as db:
            db.execute(
                "UPDATE sessions SET ended_at = ?, status = ? WHERE id = ?",
                (_iso(self._now()), status, session_id),
            )

    # -- sessions that never ended ------------------------------------------------------
    def unfinished(self) -> list[SessionRow]:
        return self._session_rows("s.status = 'running' AND s.deleted = 0")

    def keep_as_partial(self, session_id: int) -> None:
        with self.transaction() as db:
            db.execute(
                "UPDATE sessions SET status = 'partial', ended_at = COALESCE("
                "(SELECT ended_at FROM activities WHERE session_id = ? "
                "ORDER BY julianday(ended_at) DESC LIMIT 1), started_at) "
                "WHERE id = ?",
                (session_id, session_id),
            )

    def resume_point(self, session_id: int) -> ResumePoint:
        """The plan and the first step after the last thing saved (not interrupted)."""
        row = self._conn.execute(
            "SELECT plan_json, (SELECT MAX(step_index) FROM activities "
            "WHERE session_id = s.id AND interrupted = 0) AS last FROM sessions s WHERE id = ?",
            (session_id,),
        ).fetchone()
        last = row["last"]
        return ResumePoint(
            session_id, json.loads(row["plan_json"])["entries"], 0 if last is None else last + 1
        )

    # -- reading the history ------------------------------------------------------------
    def sessions(self) -> list[SessionRow]:
        """Every kept session, newest first."""
        return self._session_rows("s.deleted = 0")

    def _session_rows(self, where: str) -> list[SessionRow]:
        rows = self._conn.execute(
            "SELECT s.*, r.pain_before, r.pain_after, "
            "(SELECT COUNT(*) FROM activities a WHERE a.session_id = s.id "
            " AND a.kind != 'set' AND a.interrupted = 0) AS done_reps "
            f"FROM sessions s LEFT JOIN ratings r ON r.session_id = s.id WHERE {where} "
            "ORDER BY julianday(s.started_at) DESC, s.id DESC"
        ).fetchall()
        return [
            SessionRow(
                id=r["id"],
                title=r["title"],
                started_at=_instant(r["started_at"]),
                ended_at=_instant(r["ended_at"]) if r["ended_at"] else None,
                status=r["status"],
                planned_reps=r["planned_reps"],
                done_reps=r["done_reps"],
                planned_seconds=r["planned_seconds"],
                pain_before=r["pain_before"],
                pain_after=r["pain_after"],
            )
            for r in rows
        ]

    def session_bands(self, session_id: int) -> dict[str, int]:
        """The band strength used for each band exercise of a session."""
        row = self._conn.execute(
            "SELECT plan_json FROM sessions WHERE id = ?", (session_id,)
        ).fetchone()
        entries = json.loads(row["plan_json"])["entries"] if row else []
        return {e["exercise"]: e["band_level"] for e in entries if "band_level" in e}

    def activities(self, session_id: int) -> list[Activity]:
        """What was saved for a session, in the order it happened, as it was recorded."""
        rows = self._conn.execute(
            "SELECT step_index, kind, exercise_id, side, set_number, rep_number, "
            "planned_seconds, actual_seconds, hold_seconds, started_at, ended_at, interrupted "
            "FROM activities WHERE session_id = ? ORDER BY id",
            (session_id,),
        ).fetchall()
        return [
            Activity(
                **{
                    **dict(r),
                    "started_at": _instant(r["started_at"]),
                    "ended_at": _instant(r["ended_at"]),
                    "interrupted": bool(r["interrupted"]),
                }
            )
            for r in rows
        ]

    def daily_reps(self) -> list[tuple[date, str, str, int, float]]:
        """Per day, exercise and foot: reps done and seconds held (for the progress charts).

        Every rep counts on the local day its session started, as in the calendar, so a
        session from 23:50 to 00:20 is one day's work, not two.
        """
        return self._per_day("a.kind != 'set'")

    def daily_sets(self) -> list[tuple[date, str, str, int, float]]:
        """Per day, exercise and foot: sets done (on the day their session started)."""
        return self._per_day("a.kind = 'set'")

    def _per_day(self, kinds: str) -> list[tuple[date, str, str, int, float]]:
        rows = self._conn.execute(
            "SELECT s.started_at, a.exercise_id, a.side, COUNT(*), SUM(a.hold_seconds) "
            "FROM activities a JOIN sessions s ON s.id = a.session_id "
            f"WHERE s.deleted = 0 AND {kinds} AND a.interrupted = 0 "
            "GROUP BY s.id, a.exercise_id, a.side"
        ).fetchall()
        totals: dict[tuple[date, str, str], tuple[int, float]] = defaultdict(lambda: (0, 0.0))
        days: dict[str, date] = {}  # one conversion per session, not per row
        for started, exercise, side, reps, held in rows:
            if started not in days:
                days[started] = local_day(_instant(started))
            key = (days[started], exercise, side)
            count, seconds = totals[key]
            totals[key] = (count + reps, seconds + held)
        return [(*key, *totals[key]) for key in sorted(totals)]

    def pain_series(self) -> list[tuple[datetime, int | None, int | None]]:
        rows = self._conn.execute(
            "SELECT s.started_at, r.pain_before, r.pain_after FROM ratings r "
            "JOIN sessions s ON s.id = r.session_id WHERE s.deleted = 0 "
            "AND (r.pain_before IS NOT NULL OR r.pain_after IS NOT NULL) "
            "ORDER BY julianday(s.started_at), s.id"
        ).fetchall()
        return [(_instant(r[0]), r[1], r[2]) for r in rows]

    # -- progression ----------------------------------------------------------------------
    def exercise_outcomes(self, exercise_id: str, limit: int = 3) -> list[Outcome]:
        """How the latest finished sessions with this exercise went, newest first."""
        rows = self._conn.execute(
            "SELECT s.started_at, se.planned_reps, r.effort, r.pain_before, r.pain_after, "
            "(SELECT COUNT(*) FROM activities a WHERE a.session_id = s.id "
            " AND a.exercise_id = se.exercise_id AND a.kind != 'set' AND a.interrupted = 0) "
            "AS done FROM session_exercises se JOIN sessions s ON s.id = se.session_id "
            "LEFT JOIN ratings r ON r.session_id = s.id "
            "WHERE se.exercise_id = ? AND s.deleted = 0 AND s.status != 'running' "
            "ORDER BY julianday(s.started_at) DESC, s.id DESC LIMIT ?",
            (exercise_id, limit),
        ).fetchall()
        return [
            Outcome(
                local_day(_instant(r["started_at"])),
                r["done"] >= r["planned_reps"],
                r["effort"],
                r["pain_before"],
                r["pain_after"],
            )
            for r in rows
        ]

    def decline(self, exercise_id: str, field: str, until: date) -> None:
        with self.transaction() as db:
            db.execute(
                "INSERT INTO declined_suggestions (exercise_id, field, until) VALUES (?, ?, ?) "
                "ON CONFLICT (exercise_id, field) DO UPDATE SET until = excluded.until",
                (exercise_id, field, until.isoformat()),
            )

    def declined_until(self, exercise_id: str) -> date | None:
        row = self._conn.execute(
            "SELECT MAX(until) FROM declined_suggestions WHERE exercise_id = ?", (exercise_id,)
        ).fetchone()
        return date.fromisoformat(row[0]) if row[0] else None

    # -- deleting, with undo ------------------------------------------------------------
    def delete_session(self, session_id: int) -> None:
        """Hide a session (undo brings it back); it is removed for good on the next start."""
        self._set_deleted(session_id, True)

    def restore_session(self, session_id: int) -> None:
        self._set_deleted(session_id, False)

    def _set_deleted(self, session_id: int, deleted: bool) -> None:
        with self.transaction() as db:
            db.execute("UPDATE sessions SET deleted = ? WHERE id = ?", (int(deleted), session_id))

    def purge_deleted(self) -> int:
        """Remove for good what was deleted (and could be undone) last time."""
        with self.transaction() as db:
            db.execute("DELETE FROM routines WHERE deleted = 1")
            return db.execute("DELETE FROM sessions WHERE deleted = 1").rowcount

    # -- ratings and therapy visits -------------------------------------------------------
    def set_rating(self, session_id: int, rating: Rating) -> None:
        if rating.effort is not None and rating.effort not in EFFORTS:
            raise ValueError(f"effort must be one of {', '.join(EFFORTS)}")
        with self.transaction() as db:
            db.execute(
                "INSERT INTO ratings (session_id, pain_before, pain_after, effort, note) "
                "VALUES (?, ?, ?, ?, ?) ON CONFLICT (session_id) DO UPDATE SET "
                "pain_before = excluded.pain_before, pain_after = excluded.pain_after, "
                "effort = excluded.effort, note = excluded.note",
                (session_id, rating.pain_before, rating.pain_after, rating.effort, rating.note),
            )

    def rating(self, session_id: int) -> Rating | None:
        row = self._conn.execute(
            "SELECT * FROM ratings WHERE session_id = ?", (session_id,)
        ).fetchone()
        if row is None:
            return None
        return Rating(row["pain_before"], row["pain_after"], row["effort"], row["note"])

    def add_visit(self, visit: TherapyVisit) -> int:
        with self.transaction() as db:
            cursor = db.execute(
                "INSERT INTO therapy_visits (visit_date, note, questions) VALUES (?, ?, ?)",
                (visit.visit_date.isoformat(), visit.note, visit.questions),
            )
        assert cursor.lastrowid is not None
        return cursor.lastrowid

    def visits(self) -> list[TherapyVisit]:
        rows = self._conn.execute(
            "SELECT * FROM therapy_visits ORDER BY visit_date DESC, id DESC"
        ).fetchall()
        return [
            TherapyVisit(date.fromisoformat(r["visit_date"]), r["note"], r["questions"], r["id"])
            for r in rows
        ]

    def change_visit(self, visit: TherapyVisit) -> None:
        """Save a corrected visit over the one with its id."""
        with self.transaction() as db:
            db.execute(
                "UPDATE therapy_visits SET visit_date = ?, note = ?, questions = ? WHERE id = ?",
                (visit.visit_date.isoformat(), visit.note, visit.questions, visit.id),
            )

    def delete_visit(self, visit_id: int) -> None:
        with self.transaction() as db:
            db.execute("DELETE FROM therapy_visits WHERE id = ?", (visit_id,))


def _file_time(now: Callable[[], datetime]) -> Callable[[], datetime]:
    """The file's own dates (backups, set-aside names) stay in plain local time, as before."""
    return lambda: now().astimezone().replace(tzinfo=None)


def _iso(moment: datetime) -> str:
    """The UTC instant, to the millisecond (a time without a zone is taken as local).

    Stored as UTC so that times sort as they happened across a daylight-saving change;
    files from before kept local times with their offset, which read the same. Queries
    sort by julianday(), which compares either as instants.
    """
    return moment.astimezone(UTC).isoformat(timespec="milliseconds")


def _instant(stored: str) -> datetime:
    """A stored time as the person's local time (aware), for showing and for local days."""
    return datetime.fromisoformat(stored).astimezone()
