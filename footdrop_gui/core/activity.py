"""What the journal saves: each completed rep, hold, movement, timed activity or set.

ActivityLog turns the engine's events into Activity records the moment they complete, with
planned and actual seconds (actual includes pauses, never time the person was away) and
wall-clock start and end times. Wall-clock times carry their UTC offset: a start worked out
as "end minus duration" is then right across a daylight-saving change, which a bare local
clock time is not.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from footdrop_gui.core.clock import Clock
from footdrop_gui.core.engine import Event, EventKind
from footdrop_gui.core.program import Program, Step, StepKind

REP_STARTS = (StepKind.HOLD, StepKind.MOVE, StepKind.TIMED)


def local_now() -> datetime:
    """Now, in local time with its true UTC offset (right even in the hour a clock goes back,
    where a plain datetime.now() cannot tell which of the two 01:30s it is)."""
    return datetime.now(UTC).astimezone()


@dataclass(frozen=True)
class Activity:
    step_index: int
    kind: str  # rep (hold and release), hold (no release), move, timed, set
    exercise_id: str
    side: str
    set_number: int
    rep_number: int
    planned_seconds: float
    actual_seconds: float
    hold_seconds: float
    started_at: datetime
    ended_at: datetime
    interrupted: bool = False


def rep_kind(program: Program, index: int) -> str:
    """'rep', 'hold', 'move' or 'timed' for the rep that ends at step index."""
    step = program.steps[index]
    if step.kind is StepKind.RELEASE:
        return "rep"
    return {StepKind.HOLD: "hold", StepKind.MOVE: "move"}.get(step.kind, "timed")


class ActivityLog:
    """Follows one session's events and reports each activity as it completes."""

    def __init__(
        self, program: Program, clock: Clock, wall: Callable[[], datetime] = local_now
    ) -> None:
        self._program = program
        self._clock = clock
        self._wall = wall
        self._rep_started: tuple[int, float] | None = None  # (step index, clock time)
        self._set_started: dict[tuple[int, str, int], float] = {}
        self._unseen = 0.0  # clock seconds the person was away, taken out of every span

    def on_events(self, events: list[Event]) -> list[Activity]:
        done: list[Activity] = []
        # Everything in this batch happened by the last moment the person was seen.
        self._unseen += sum(e.unseen_seconds for e in events)
        now = self._clock.now() - self._unseen
        for event in events:
            step = event.step
            if event.kind is EventKind.STEP_STARTED and step.kind in REP_STARTS:
                self._rep_started = (event.index, now)
                self._set_started.setdefault(_set_key(step), now)
            elif event.kind is EventKind.REP_DONE and self._rep_started is not None:
                done.append(self._rep(event.index, now, interrupted=False))
            elif event.kind is EventKind.INTERRUPTED and self._rep_started is not None:
                done.append(self._rep(event.index, now, interrupted=True))
            elif event.kind is EventKind.SET_DONE:
                done.append(self._set(event, now))
        return done

    def _rep(self, end_index: int, now: float, interrupted: bool) -> Activity:
        assert self._rep_started is not None
        start_index, started = self._rep_started
        first = self._program.steps[start_index]
        steps = self._program.steps[start_index : end_index + 1]
        self._rep_started = None
        hold = first.seconds if first.kind in (StepKind.HOLD, StepKind.TIMED) else 0
        return self._activity(
            first,
            end_index,
            rep_kind(self._program, end_index),
            planned=sum(s.seconds for s in steps),
            hold=0 if interrupted else hold,
            started=started,
            now=now,
            interrupted=interrupted,
        )

    def _set(self, event: Event, now: float) -> Activity:
        step = event.step
        started = self._set_started.pop(_set_key(step), now)
        planned = sum(
            s.seconds
            for s in self._program.steps
            if _set_key(s) == _set_key(step) and s.kind is not StepKind.REST
        )
        return self._activity(step, event.index, "set", planned, 0, started, now, False)

    def _activity(
        self,
        step: Step,
        index: int,
        kind: str,
        planned: float,
        hold: float,
        started: float,
        now: float,
        interrupted: bool,
    ) -> Activity:
        ended_at = self._wall()
        return Activity(
            step_index=index,
            kind=kind,
            exercise_id=step.exercise_id or "",
            side=step.side.value,
            set_number=step.set_number,
            rep_number=0 if kind == "set" else step.rep_number,
            planned_seconds=float(planned),
            actual_seconds=now - started,
            hold_seconds=float(hold),
            started_at=ended_at - timedelta(seconds=now - started),
            ended_at=ended_at,
            interrupted=interrupted,
        )


def _set_key(step: Step) -> tuple[int, str, int]:
    return (step.entry, step.side.value, step.set_number)
