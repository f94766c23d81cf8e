"""What the session screen shows at a moment, worked out from the engine (no Qt).

Keeping this pure lets tests check the words and numbers a person sees with a fake clock,
and keeps the widgets free of timing logic.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import StrEnum

from footdrop_gui.core.describe import duration
from footdrop_gui.core.engine import SessionEngine, State
from footdrop_gui.core.program import Side, Step, StepKind
from footdrop_gui.core.translation import translate

# Drawing pose per step: 0 = start pose, 1 = end pose; MOVE swings between them, a hold
# moves into the end pose over its first LIFT_SECONDS and a release eases back over its
# whole length, so the drawing shows the tempo ("lower slowly") as well as the poses.
LIFT_SECONDS = 1.0
POSE_FOR_KIND = {
    StepKind.GET_READY: 0.0,
    StepKind.HOLD: 1.0,
    StepKind.RELEASE: 0.0,
    StepKind.REST: 0.0,
    StepKind.SWITCH_SIDE: 0.0,
    StepKind.SWITCH_DIRECTION: 0.0,
    StepKind.TIMED: 1.0,
    StepKind.DONE: 1.0,
}


class PhaseKind(StrEnum):
    """What the person is doing, shown as a colour band across the screen (with words)."""

    WORK = "work"
    REST = "rest"
    SWITCH = "switch"
    DONE = "done"


PHASE_FOR_KIND = {
    StepKind.GET_READY: PhaseKind.REST,
    StepKind.HOLD: PhaseKind.WORK,
    StepKind.RELEASE: PhaseKind.WORK,
    StepKind.MOVE: PhaseKind.WORK,
    StepKind.TIMED: PhaseKind.WORK,
    StepKind.REST: PhaseKind.REST,
    StepKind.SWITCH_SIDE: PhaseKind.SWITCH,
    StepKind.SWITCH_DIRECTION: PhaseKind.SWITCH,
    StepKind.DONE: PhaseKind.DONE,
}


@dataclass(frozen=True)
class SessionDisplay:
    """Everything the screen shows at one moment, as text and numbers."""

    exercise_id: str
    title: str
    phase: str
    phase_kind: PhaseKind
    countdown: str
    countdown_widest: str  # the longest number this step can show: the countdown's size fits it
    where: str  # "Set 1 of 3 · Rep 4 of 10"
    side: str  # "Right foot", "Both feet"
    next_up: str
    exercise_progress: float  # 0..1
    session_progress: float  # 0..1
    session_left: str
    paused: bool
    blend: float
    mirrored: bool
    show_motion: bool


def countdown_text(seconds: float) -> str:
    """Whole seconds still to go, rounded up: '3', '2', '1'; 'm:ss' from a minute up."""
    whole = math.ceil(seconds - 1e-9)
    return f"{whole // 60}:{whole % 60:02d}" if whole >= 60 else str(whole)


def side_text(step: Step, limb: str) -> str:
    """Which foot or leg, as the screen names it: "Right foot", "Both legs"."""
    leg = limb == "leg"
    if step.side is Side.BOTH:
        return translate("SessionDisplay", "Both legs") if leg else translate(
            "SessionDisplay", "Both feet"
        )
    if step.side is Side.LEFT:
        return translate("SessionDisplay", "Left leg") if leg else translate(
            "SessionDisplay", "Left foot"
        )
    return translate("SessionDisplay", "Right leg") if leg else translate(
        "SessionDisplay", "Right foot"
    )


def where_text(step: Step) -> str:
    """"Set 1 of 3 · Rep 4 of 10", or the half of it that applies."""
    has_set = step.set_count > 1 and step.set_number > 0
    has_rep = step.rep_count > 1 and step.rep_number > 0
    numbers = {"set": step.set_number, "sets": step.set_count}
    numbers |= {"rep": step.rep_number, "reps": step.rep_count}
    if has_set and has_rep:
        both = translate("SessionDisplay", "Set {set} of {sets} · Rep {rep} of {reps}")
        return both.format(**numbers)
    if has_set:
        return translate("SessionDisplay", "Set {set} of {sets}").format(**numbers)
    if has_rep:
        return translate("SessionDisplay", "Rep {rep} of {reps}").format(**numbers)
    return ""


# How far (in minutes) past a rounding boundary the time left must go before the words change,
# so a Back or Skip near a boundary does not make them flicker.
LEFT_HYSTERESIS_MINUTES = 0.15


def left_text(minutes: int) -> str:
    if minutes == 0:
        return translate("SessionDisplay", "less than a minute left")
    return translate("SessionDisplay", "about {minutes} min left").format(minutes=minutes)


class TimeLeft:
    """The whole session's time left, in words that change calmly and never mislead.

    Rounded to the nearest minute (so 61 s is "about 1 min", not "about 2 min" that becomes
    "less than a minute" two seconds later); "less than a minute" only when it is true; and
    a change needs the estimate to pass the boundary by a margin, so it never flickers.
    """

    def __init__(self) -> None:
        self._shown: int | None = None

    def minutes(self, seconds: float) -> int:
        """Minutes to show (0: less than a minute)."""
        value, shown, margin = seconds / 60, self._shown, LEFT_HYSTERESIS_MINUTES
        if (
            shown is None
            or (shown == 0) != (value < 1)
            or (shown > 0 and not shown - 0.5 - margin <= value < shown + 0.5 + margin)
        ):
            shown = 0 if value < 1 else math.floor(value + 0.5)
        self._shown = shown
        return shown


class DisplayModel:
    """Builds SessionDisplay snapshots for one engine; exercise spans are worked out once."""

    def __init__(self, engine: SessionEngine) -> None:
        self._engine = engine
        steps = engine.program.steps
        self._limbs = {
            e.exercise.id: "leg" if e.exercise.category == "stretch" else "foot"
            for e in engine.program.entries
        }
        self._names = {e.exercise.id: e.exercise.name for e in engine.program.entries}
        self._spans: dict[int, tuple[float, float]] = {}
        self._left = TimeLeft()
        for index, step in enumerate(steps):
            start = engine.step_start(index)
            first, _ = self._spans.get(step.entry, (start, start))
            self._spans[step.entry] = (first, start + step.seconds)

    def seconds_to_next_change(self) -> float:
        """How long until the countdown shows a different number."""
        remaining = self._engine.remaining()
        fraction = remaining - math.floor(remaining)
        return fraction if fraction > 1e-6 else 1.0

    def snapshot(self) -> SessionDisplay:
        engine = self._engine
        step = engine.step
        index = engine.index
        elapsed = engine.elapsed()
        next_step = engine.program.steps[min(index + 1, len(engine.program.steps) - 1)]
        exercise_id = step.exercise_id or engine.program.entries[-1].exercise.id
        start, end = self._spans.get(step.entry, (0.0, 1.0))
        total = engine.program.total_seconds or 1
        return SessionDisplay(
            exercise_id=exercise_id,
            title=self._names[exercise_id],
            phase=step.text,
            phase_kind=PHASE_FOR_KIND[step.kind],
            countdown="" if step.kind is StepKind.DONE else countdown_text(engine.remaining()),
            countdown_widest=countdown_text(step.seconds),
            where=where_text(step),
            side=side_text(step, self._limbs[exercise_id]),
            next_up=self._next_text(step, next_step),
            exercise_progress=min(1.0, max(0.0, (elapsed - start) / max(end - start, 1))),
            session_progress=min(1.0, elapsed / total),
            session_left=left_text(self._left.minutes(engine.total_remaining())),
            paused=engine.state in (State.PAUSED, State.AWAY),
            blend=self._blend(step, elapsed - engine.step_start(index)),
            mirrored=step.side is Side.LEFT,
            show_motion=step.kind in (StepKind.GET_READY, StepKind.MOVE),
        )

    def _next_text(self, step: Step, next_step: Step) -> str:
        if step.kind is StepKind.DONE:
            return ""
        if next_step.kind is StepKind.DONE:
            return translate("SessionDisplay", "Next: you are finished")
        if next_step.kind is StepKind.GET_READY and next_step.exercise_id:
            name = self._names[next_step.exercise_id]
            return translate("SessionDisplay", "Next exercise: {exercise}").format(exercise=name)
        return translate("SessionDisplay", "Next: {step}").format(step=next_step.text)

    def drawing_moves(self) -> bool:
        """True while the drawing is between poses: only then does the screen redraw often."""
        step = self._engine.step
        into_step = self._engine.elapsed() - self._engine.step_start(self._engine.index)
        if step.kind is StepKind.HOLD:
            return into_step < _lift_seconds(step)
        return step.kind in (StepKind.MOVE, StepKind.RELEASE)

    def _blend(self, step: Step, into_step: float) -> float:
        if step.kind is StepKind.MOVE:
            # One smooth swing from the start pose to the end pose and back per movement.
            return 0.5 - 0.5 * math.cos(2 * math.pi * into_step / step.seconds)
        if step.kind is StepKind.HOLD:
            return _ease(into_step / _lift_seconds(step))
        if step.kind is StepKind.RELEASE:
            return 1.0 - _ease(into_step / step.seconds)
        return POSE_FOR_KIND[step.kind]


def _lift_seconds(step: Step) -> float:
    return min(LIFT_SECONDS, step.seconds / 2)


def _ease(fraction: float) -> float:
    """0 to 1, starting and ending gently (as a limb moves)."""
    fraction = min(1.0, max(0.0, fraction))
    return 0.5 - 0.5 * math.cos(math.pi * fraction)


def away_text(seconds: float) -> str:
    return duration(max(1, round(seconds / 60)) * 60) if seconds >= 60 else duration(round(seconds))
