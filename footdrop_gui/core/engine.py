"""The session engine: where a session is, derived from the clock alone.

Program time = now - start - time paused + jumps (skips and backs). The current step is the
one whose span contains the program time, so late, missed or irregular ticks never move a
boundary: a tick only asks "what now?" and reports the boundaries crossed since it last asked.
"""

from __future__ import annotations

import bisect
import itertools
from dataclasses import dataclass, replace
from enum import StrEnum

from footdrop_gui.core.clock import Clock
from footdrop_gui.core.program import Milestone, Program, Step, StepKind

# A tick this late means the app was frozen or the machine slept: the person was away.
STALL_SECONDS = 10.0
# Ticks come at least once a second while running. A gap this long that holds a whole hold
# (or movement) means the app never saw it, so it is an absence too, however short: a hold
# is credited only if the app saw it start or end (see SessionEngine.tick).
BLIND_SECONDS = 2.5
# Within this long of a rep's start, Back goes to the rep before instead of restarting it.
BACK_GRACE_SECONDS = 2.0


class State(StrEnum):
    READY = "ready"
    RUNNING = "running"
    PAUSED = "paused"
    AWAY = "away"  # paused by the engine because the person was away (sleep or freeze)
    FINISHED = "finished"


class EventKind(StrEnum):
    STEP_STARTED = "step-started"
    REP_DONE = "rep-done"
    SET_DONE = "set-done"
    SIDE_DONE = "side-done"
    EXERCISE_DONE = "exercise-done"
    SESSION_DONE = "session-done"
    PAUSED = "paused"
    RESUMED = "resumed"
    INTERRUPTED = "interrupted"  # the step in progress when the person was away


MILESTONE_EVENTS = {
    Milestone.REP: EventKind.REP_DONE,
    Milestone.SET: EventKind.SET_DONE,
    Milestone.SIDE: EventKind.SIDE_DONE,
    Milestone.EXERCISE: EventKind.EXERCISE_DONE,
}


@dataclass(frozen=True)
class Event:
    kind: EventKind
    index: int
    step: Step
    at: float  # program seconds at which it happened (a step's true boundary for step events)
    away_seconds: float = 0.0
    ended_early: bool = False
    # Clock seconds between the last moment the person was seen and now that count as nothing
    # (on PAUSED when away): the history leaves them out of the time an activity took.
    unseen_seconds: float = 0.0

    @property
    def went_away(self) -> bool:
        """A PAUSED event the engine caused because the person was away (not Space)."""
        return self.kind is EventKind.PAUSED and self.away_seconds > 0


class SessionEngine:
    """Runs a compiled program against a clock; every command returns the events it caused."""

    def __init__(self, program: Program, clock: Clock, stall_seconds: float = STALL_SECONDS):
        self.program = program
        self._clock = clock
        self._stall = stall_seconds
        steps = program.steps
        self._starts = list(itertools.accumulate((s.seconds for s in steps), initial=0))[:-1]
        self._total = float(program.total_seconds)
        self._state = State.READY
        self._index = 0
        self._t0 = 0.0
        self._paused_total = 0.0
        self._pause_began: float | None = None
        self._shift = 0.0
        self._last_tick = 0.0
        self._last_slept = 0.0
        self._frozen_elapsed = 0.0
        self._interrupted = False
        self._skipped_rep: tuple[object, ...] | None = None
        self.away_seconds = 0.0

    # -- reading -------------------------------------------------------------------------
    @property
    def state(self) -> State:
        return self._state

    @property
    def finished(self) -> bool:
        return self._state is State.FINISHED

    @property
    def index(self) -> int:
        return self._index

    @property
    def step(self) -> Step:
        return self.program.steps[self._index]

    def elapsed(self) -> float:
        """Program seconds done so far (frozen while paused)."""
        if self._state is State.READY:
            return 0.0
        if self._state is State.FINISHED:
            return self._frozen_elapsed
        ref = self._clock.now() if self._pause_began is None else self._pause_began
        return min(self._total, max(0.0, ref - self._t0 - self._paused_total + self._shift))

    def step_start(self, index: int) -> float:
        return float(self._starts[index])

    def remaining(self) -> float:
        """Seconds left in the current step: its deadline minus the program time."""
        return max(0.0, self._starts[self._index] + self.step.seconds - self.elapsed())

    def total_remaining(self) -> float:
        return max(0.0, self._total - self.elapsed())

    # -- commands ------------------------------------------------------------------------
    def start(self, from_step: int = 0) -> list[Event]:
        """Begin, at the first step or (resuming a saved session) at from_step."""
        if self._state is not State.READY:
            return []
        self._t0 = self._last_tick = self._clock.now()
        self._last_slept = self._clock.slept()
        self._state = State.RUNNING
        self._index = min(from_step, len(self.program.steps) - 1)
        self._shift = float(self._starts[self._index])
        events = [self._event(EventKind.STEP_STARTED, self._index)]
        if self.step.kind is StepKind.DONE:
            events += self._finish(ended_early=False)
        return events

    def tick(self) -> list[Event]:
        """Report what happened since the last call; notices a sleep or a frozen app."""
        if self._state is not State.RUNNING:
            return []
        now, slept = self._clock.now(), self._clock.slept()
        gap = now - self._last_tick
        away = max(slept - self._last_slept, gap)
        if away >= self._stall or (gap >= BLIND_SECONDS and self._unseen_hold(gap)):
            return self._went_away(now, slept - self._last_slept)
        self._last_tick, self._last_slept = now, slept
        return self._advance(self._index_at(self.elapsed()))

    def pause(self) -> list[Event]:
        if self._state is not State.RUNNING:
            return []
        events = self.tick()
        if self._state is not State.RUNNING:  # the tick itself found the person away
            return events
        self._pause_began = self._clock.now()
        self._state = State.PAUSED
        return [*events, self._event(EventKind.PAUSED, self._index)]

    def resume(self) -> list[Event]:
        """Carry on after a pause; a rep interrupted by an absence starts again."""
        if self._state not in (State.PAUSED, State.AWAY) or self._pause_began is None:
            return []
        now = self._clock.now()
        self._paused_total += now - self._pause_began
        self._pause_began = None
        self._state = State.RUNNING
        self._last_tick, self._last_slept = now, self._clock.slept()
        events = [self._event(EventKind.RESUMED, self._index)]
        if self._interrupted:
            self._interrupted = False
            events += self._jump(self._rep_start(self._index))
        return events

    def skip_step(self) -> list[Event]:
        """Move on to the next step now; the skipped step does not count as done."""
        return self._jump(self._index + 1) if self._can_move() else []

    def back(self) -> list[Event]:
        """Restart the current rep, or go to the previous one if this one just began."""
        if not self._can_move():
            return []
        start = self._rep_start(self._index)
        if self.elapsed() - self._starts[start] < BACK_GRACE_SECONDS and start > 0:
            start = self._rep_start(start - 1)
        return self._jump(start)

    def restart_exercise(self) -> list[Event]:
        """Back to this exercise's get-ready step (after being away, or by choice)."""
        if not self._can_move():
            return []
        entry = self.step.entry
        target = next(i for i, s in enumerate(self.program.steps) if s.entry == entry)
        return self._jump(target)

    def end(self) -> list[Event]:
        """Stop early; what was done stays done."""
        if self._state in (State.READY, State.FINISHED):
            return []
        return self._finish(ended_early=True)

    # -- internals -----------------------------------------------------------------------
    def _can_move(self) -> bool:
        paused_or_running = (State.RUNNING, State.PAUSED, State.AWAY)
        return self._state in paused_or_running and self.step.kind is not StepKind.DONE

    def _index_at(self, program_time: float) -> int:
        return bisect.bisect_right(self._starts, program_time) - 1

    def _event(
        self, kind: EventKind, index: int, away_seconds: float = 0.0, ended_early: bool = False
    ) -> Event:
        at = self._starts[index] if kind is EventKind.STEP_STARTED else self.elapsed()
        return Event(kind, index, self.program.steps[index], at, away_seconds, ended_early)

    def _advance(self, target: int) -> list[Event]:
        events: list[Event] = []
        while self._index < target:
            done = self.program.steps[self._index]
            milestones = set(done.completes)
            key = _rep_key(done)
            if key is not None and key == self._skipped_rep:  # part of this rep was skipped
                milestones.discard(Milestone.REP)
            for milestone in sorted(milestones, key=list(Milestone).index):
                events.append(
                    Event(
                        MILESTONE_EVENTS[milestone],
                        self._index,
                        done,
                        self._starts[self._index + 1],
                    )
                )
            self._index += 1
            events.append(self._event(EventKind.STEP_STARTED, self._index))
        if self.step.kind is StepKind.DONE:
            events += self._finish(ended_early=False)
        return events

    def _jump(self, target: int) -> list[Event]:
        """Put program time at the start of step target without completing what lies between."""
        self._skipped_rep = _rep_key(self.step) if target > self._index else None
        self._shift += self._starts[target] - self.elapsed()
        self._index = target
        events = [self._event(EventKind.STEP_STARTED, target)]
        if self.step.kind is StepKind.DONE:
            events += self._finish(ended_early=False)
        return events

    def _rep_start(self, index: int) -> int:
        """The first step of the rep (or get-ready, rest, switch) that index belongs to."""
        step = self.program.steps[index]
        if step.kind is StepKind.RELEASE and index > 0:
            return index - 1
        return index

    def _unseen_hold(self, gap: float) -> bool:
        """Whether a whole hold or movement lies in the last gap seconds, never seen."""
        seen_until = self.elapsed()
        seen_from = seen_until - gap
        first = bisect.bisect_left(self._starts, seen_from)
        return any(
            self.program.steps[i].kind in (StepKind.HOLD, StepKind.MOVE)
            and self._starts[i] + self.program.steps[i].seconds <= seen_until
            for i in range(first, self._index_at(seen_until) + 1)
        )

    def _went_away(self, now: float, slept: float) -> list[Event]:
        """Pause at the last moment the person was seen.

        A rep in progress is marked interrupted and starts again on resume. A timed activity
        (soak, ice) went on while they were away: that time counts, and one that ran out is
        finished, never extended.
        """
        unseen = now - self._last_tick  # sleep is not on the monotonic clock at all
        away = slept + unseen
        self.away_seconds = away
        self._pause_began = self._last_tick
        events = self._advance(self._index_at(self.elapsed()))
        if self.finished:
            return events
        if self.step.kind is StepKind.TIMED:
            credited = min(away, self.remaining())
            unseen = max(0.0, unseen - credited)
            self._shift += credited
            events += self._advance(self._index_at(self.elapsed()))
            if self.finished:
                return events
        else:
            self._interrupted = True
            events.append(self._event(EventKind.INTERRUPTED, self._index, away_seconds=away))
        self._state = State.AWAY
        paused = self._event(EventKind.PAUSED, self._index, away_seconds=away)
        events.append(replace(paused, unseen_seconds=unseen))
        return events

    def _finish(self, ended_early: bool) -> list[Event]:
        self._frozen_elapsed = self.elapsed()
        self._pause_began = None
        self._state = State.FINISHED
        return [self._event(EventKind.SESSION_DONE, self._index, ended_early=ended_early)]


def _rep_key(step: Step) -> tuple[object, ...] | None:
    """Identifies one rep (its hold and release share it); None for non-rep steps."""
    if step.kind not in (StepKind.HOLD, StepKind.RELEASE, StepKind.MOVE):
        return None
    return (step.entry, step.side, step.set_number, step.rep_number, step.direction)
