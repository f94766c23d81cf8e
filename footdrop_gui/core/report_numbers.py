"""The numbers the History screen and the therapist's report share, computed in one place.

Both read the same history rows and call these functions, so a figure shown in both (days
exercised, minutes per week, reps and seconds held per exercise and foot) agrees exactly.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any, Protocol

from footdrop_gui.core.catalog import Catalog, CatalogError, prescription_from_data
from footdrop_gui.core.program import Entry, Milestone, Side, compile_program
from footdrop_gui.core.progress import local_day, week_start, weekly_minutes
from footdrop_gui.core.progression import DECLINE_WAIT
from footdrop_gui.core.routine import (
    BAND_LEVELS,
    MAX_AFFECTED_EXTRA_HOLD,
    MAX_AFFECTED_EXTRA_SETS,
)
from footdrop_gui.core.summary import held_seconds
from footdrop_gui.core.translation import translate

HIGH_PAIN = 7  # pain at or above this (of 10) is flagged for the therapist
DEFAULT_WEEKS = 4
EFFORTS = ("easy", "about-right", "hard")  # how hard a session felt, as a rating saves it


def effort_words(effort: str) -> str:
    """ "Easy", "About right", "Hard": a rating's words in the person's language."""
    words = {
        "easy": translate("ReportNumbers", "Easy"),
        "about-right": translate("ReportNumbers", "About right"),
        "hard": translate("ReportNumbers", "Hard"),
    }
    return words.get(effort, effort)


def dose_field_words(field: str) -> str:
    """ "reps", "hold (seconds)", "band": the part of a dose that a step up changed."""
    words = {
        "reps": translate("ReportNumbers", "reps"),
        "hold_seconds": translate("ReportNumbers", "hold (seconds)"),
        "band_level": translate("ReportNumbers", "band"),
    }
    return words.get(field, field)


class SessionFacts(Protocol):
    """What these functions need of a session row (storage's SessionRow has it)."""

    @property
    def id(self) -> int: ...
    @property
    def title(self) -> str: ...
    @property
    def started_at(self) -> datetime: ...
    @property
    def ended_at(self) -> datetime | None: ...
    @property
    def status(self) -> str: ...
    @property
    def planned_reps(self) -> int: ...
    @property
    def done_reps(self) -> int: ...
    @property
    def pain_before(self) -> int | None: ...
    @property
    def pain_after(self) -> int | None: ...


@dataclass(frozen=True)
class Period:
    """Whole local days, first and last included."""

    first: date
    last: date

    def __contains__(self, day: object) -> bool:
        return isinstance(day, date) and self.first <= day <= self.last

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1


def default_period(today: date, visit_days: Iterable[date]) -> Period:
    """Since the last therapy visit before today, or else the last four weeks."""
    earlier = [day for day in visit_days if day < today]
    if earlier:
        return Period(max(earlier), today)
    return Period(today - timedelta(days=7 * DEFAULT_WEEKS - 1), today)


# -- figures the History screen shows too ---------------------------------------------------
def session_seconds(row: SessionFacts) -> float:
    """How long a session lasted, start to end; 0 for one that never ended."""
    return (row.ended_at - row.started_at).total_seconds() if row.ended_at else 0.0


def exercise_days(rows: Iterable[SessionFacts]) -> set[date]:
    """The local days with at least one rep done (the calendar's marks and the streaks)."""
    return {local_day(row.started_at) for row in rows if row.done_reps}


def minutes_per_week(
    rows: Iterable[SessionFacts], today: date, first_weekday: int = 0
) -> list[tuple[date, float]]:
    """Minutes per week (weeks from `first_weekday`, Monday 0), for the History chart and the
    report's."""
    return weekly_minutes(
        [(local_day(r.started_at), session_seconds(r)) for r in rows if r.ended_at],
        today,
        first_weekday,
    )


DayWork = tuple[date, str, str, int, float]  # day, exercise, side, reps (or sets), seconds held
Work = dict[tuple[str, str], tuple[int, float]]  # (exercise, side) -> count, seconds held


def work_by_exercise(daily: Iterable[DayWork], period: Period) -> Work:
    """Per exercise and foot, the period's total of the History chart's daily rows."""
    totals: Work = defaultdict(lambda: (0, 0.0))
    for day, exercise, side, count, held in daily:
        if day in period:
            done, seconds = totals[(exercise, side)]
            totals[(exercise, side)] = (done + count, seconds + held)
    return dict(totals)


# -- figures of the report ------------------------------------------------------------------
@dataclass(frozen=True)
class Adherence:
    days_done: int
    days_planned: int
    sessions_full: int
    sessions_partly: int


def is_full(row: SessionFacts) -> bool:
    return row.status == "finished" and row.done_reps >= row.planned_reps


def adherence(rows: Sequence[SessionFacts], period: Period, first_ever: date | None) -> Adherence:
    """Days with a session of the days planned (every day, from the period's start or the
    first session ever, whichever is later), and sessions done in full or partly."""
    mine = [r for r in rows if local_day(r.started_at) in period]
    start = max(period.first, first_ever) if first_ever else period.first
    planned = max((period.last - start).days + 1, 0)
    full = sum(1 for r in mine if is_full(r))
    return Adherence(len(exercise_days(mine)), planned, full, len(mine) - full)


def entries_from_plan(plan: Sequence[Mapping[str, Any]], catalog: Catalog) -> list[Entry]:
    """A saved session plan's exercises, with their dose, the affected foot's extras and the
    band, skipping any this version no longer knows (and never past a routine's limits)."""
    entries = []
    for item in plan:
        try:
            exercise = catalog.get(str(item["exercise"]))
            dose = prescription_from_data(item["prescription"], "saved session")
        except (KeyError, CatalogError):
            continue
        number = {k: v for k, v in item.items() if isinstance(v, int) and not isinstance(v, bool)}
        band = number.get("band_level", 0)
        entries.append(
            Entry(
                exercise,
                dose,
                max(0, min(number.get("affected_extra_sets", 0), MAX_AFFECTED_EXTRA_SETS)),
                max(0, min(number.get("affected_extra_hold", 0), MAX_AFFECTED_EXTRA_HOLD)),
                band if 1 <= band <= len(BAND_LEVELS) else None,
            )
        )
    return entries


Dose = tuple[int, int, float]  # reps, sets, seconds held


def planned_doses(entries: Sequence[Entry], affected: Side) -> dict[tuple[str, str], Dose]:
    """What a session's plan asked of each exercise and foot: reps, sets and seconds held."""
    program = compile_program(entries, affected)
    planned: dict[tuple[str, str], Dose] = defaultdict(lambda: (0, 0, 0.0))
    for index, step in enumerate(program.steps):
        if step.exercise_id is None or not step.completes:
            continue
        key = (step.exercise_id, step.side.value)
        reps, sets, held = planned[key]
        if Milestone.REP in step.completes:
            reps, held = reps + 1, held + held_seconds(program, index)
        planned[key] = (reps, sets + (Milestone.SET in step.completes), held)
    return dict(planned)


@dataclass(frozen=True)
class ExerciseTotal:
    exercise_id: str
    side: str
    done: Dose
    planned: Dose


def exercise_totals(
    reps: Work, sets: Work, planned: Iterable[Mapping[tuple[str, str], Dose]]
) -> list[ExerciseTotal]:
    """Done (from the History chart's daily rows) beside planned (from each session's plan)."""
    asked: dict[tuple[str, str], Dose] = defaultdict(lambda: (0, 0, 0.0))
    for session in planned:
        for key, (r, s, h) in session.items():
            was = asked[key]
            asked[key] = (was[0] + r, was[1] + s, was[2] + h)
    keys = sorted(set(asked) | set(reps))
    return [
        ExerciseTotal(
            exercise,
            side,
            (
                reps.get((exercise, side), (0, 0.0))[0],
                sets.get((exercise, side), (0, 0.0))[0],
                reps.get((exercise, side), (0, 0.0))[1],
            ),
            asked.get((exercise, side), (0, 0, 0.0)),
        )
        for exercise, side in keys
    ]


@dataclass(frozen=True)
class Flag:
    session_id: int
    started_at: datetime
    title: str
    reasons: tuple[str, ...]
    note: str


def flag_reasons(row: SessionFacts) -> tuple[str, ...]:
    """Why a therapist should look at a session: high pain, pain rising, ended early."""
    reasons = []
    highest = max((p for p in (row.pain_before, row.pain_after) if p is not None), default=None)
    if highest is not None and highest >= HIGH_PAIN:
        reasons.append(translate("ReportNumbers", "pain {pain} of 10").format(pain=highest))
    before, after = row.pain_before, row.pain_after
    if before is not None and after is not None and after > before:
        rose = translate("ReportNumbers", "pain rose from {before} to {after}")
        reasons.append(rose.format(before=before, after=after))
    if row.status in ("ended-early", "partial"):
        reasons.append(translate("ReportNumbers", "ended early"))
    return tuple(reasons)


def flagged(rows: Iterable[SessionFacts], period: Period, notes: Mapping[int, str]) -> list[Flag]:
    """The period's sessions to look at, oldest first, each with its note."""
    found = [
        Flag(r.id, r.started_at, r.title, reasons, notes.get(r.id, ""))
        for r in rows
        if local_day(r.started_at) in period and (reasons := flag_reasons(r))
    ]
    return sorted(found, key=lambda flag: flag.started_at)


def efforts_per_week(
    rated: Iterable[tuple[datetime, str]], period: Period, first_weekday: int = 0
) -> dict[str, list[tuple[date, int]]]:
    """Sessions rated easy, about right and hard in each week of the period."""
    weeks = []
    week = week_start(period.first, first_weekday)
    while week <= period.last:
        weeks.append(week)
        week += timedelta(days=7)
    counts: dict[tuple[str, date], int] = defaultdict(int)
    for when, effort in rated:
        if local_day(when) in period:
            counts[(effort, week_start(local_day(when), first_weekday))] += 1
    return {effort: [(w, counts[(effort, w)]) for w in weeks] for effort in EFFORTS}


@dataclass(frozen=True)
class DoseChange:
    day: date
    exercise_id: str
    field: str  # reps, hold_seconds or band_level
    before: int | None  # None: a step offered and declined
    after: int | None


def dose_changes(
    plans: Iterable[tuple[date, Sequence[Entry]]],
    declined: Iterable[tuple[str, str, date]],
    period: Period,
) -> list[DoseChange]:
    """Progression steps taken (a dose that changed between one session and the next with
    that exercise) and declined (a suggestion answered "Not now", kept as the day it may be
    offered again), in the period."""
    last: dict[tuple[str, str], int] = {}
    changes = []
    for day, entries in sorted(plans, key=lambda plan: plan[0]):
        for entry in entries:
            values = {
                "reps": entry.prescription.reps,
                "hold_seconds": entry.prescription.hold_seconds,
                "band_level": entry.band_level,
            }
            for name, value in values.items():
                if not value:
                    continue
                key = (entry.exercise.id, name)
                if key in last and last[key] != value and day in period:
                    changes.append(DoseChange(day, entry.exercise.id, name, last[key], value))
                last[key] = value
    changes += [
        DoseChange(until - DECLINE_WAIT, exercise, name, None, None)
        for exercise, name, until in declined
        if until - DECLINE_WAIT in period
    ]
    return sorted(changes, key=lambda change: (change.day, change.exercise_id))


@dataclass(frozen=True)
class ReportNumbers:
    """Everything the therapist's report shows for its period."""

    period: Period
    sessions: int
    adherence: Adherence
    minutes: list[tuple[date, float]]  # per week, Monday first
    exercises: list[ExerciseTotal]
    pain: list[tuple[datetime, int | None, int | None]]  # rated sessions, oldest first
    efforts: dict[str, list[tuple[date, int]]]
    flags: list[Flag]
    changes: list[DoseChange]


def report_numbers(
    period: Period,
    rows: Sequence[SessionFacts],
    daily: tuple[Iterable[DayWork], Iterable[DayWork]],
    plans: Iterable[tuple[date, Sequence[Mapping[str, Any]]]],
    rated: tuple[Iterable[tuple[datetime, str]], Mapping[int, str]],
    declined: Iterable[tuple[str, str, date]],
    catalog: Catalog,
    affected: Side,
    first_weekday: int = 0,
) -> ReportNumbers:
    """The report's figures from the history's rows: `daily` is (reps, sets) per day,
    exercise and foot; `rated` is (efforts, notes); weeks start on `first_weekday`."""
    mine = [r for r in rows if local_day(r.started_at) in period]
    first_ever = min((local_day(r.started_at) for r in rows), default=None)
    cache: dict[int, tuple[list[Entry], dict[tuple[str, str], Dose]]] = {}
    dated: list[tuple[date, Sequence[Entry]]] = []
    planned = []
    for day, plan in plans:
        if id(plan) not in cache:  # sessions of one plan share its parsed list
            entries = entries_from_plan(plan, catalog)
            cache[id(plan)] = (entries, planned_doses(entries, affected))
        entries, doses = cache[id(plan)]
        dated.append((day, entries))
        if day in period:
            planned.append(doses)
    reps, sets = daily
    efforts, notes = rated
    return ReportNumbers(
        period,
        len(mine),
        adherence(rows, period, first_ever),
        minutes_per_week(mine, period.last, first_weekday),
        exercise_totals(work_by_exercise(reps, period), work_by_exercise(sets, period), planned),
        sorted(
            (
                (r.started_at, r.pain_before, r.pain_after)
                for r in mine
                if r.pain_before is not None or r.pain_after is not None
            ),
            key=lambda point: point[0],
        ),
        efforts_per_week(efforts, period, first_weekday),
        flagged(mine, period, notes),
        dose_changes(dated, declined, period),
    )
