"""Compile exercises and their prescriptions into one flat list of timed steps.

A flat program makes the session engine trivial and exact: the current step is found from
elapsed time alone, and every step already knows its exercise, side, set and rep, what it
completes (a rep, a set, a side, the exercise) and the words to show and say.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum

from footdrop_gui.core.catalog import Exercise, Mode, Prescription, Sides
from footdrop_gui.core.describe import direction_text, duration
from footdrop_gui.core.translation import translate

GET_READY_SECONDS = 10
SWITCH_SIDE_SECONDS = 10
SWITCH_DIRECTION_SECONDS = 5


class StepKind(StrEnum):
    GET_READY = "get-ready"
    HOLD = "hold"
    RELEASE = "release"
    MOVE = "move"
    REST = "rest"
    SWITCH_SIDE = "switch-side"
    SWITCH_DIRECTION = "switch-direction"
    TIMED = "timed"
    DONE = "done"


class Side(StrEnum):
    LEFT = "left"
    RIGHT = "right"
    BOTH = "both"


class Milestone(StrEnum):
    """What finishing a step completes; the engine reports these as events."""

    REP = "rep"
    SET = "set"
    SIDE = "side"
    EXERCISE = "exercise"


@dataclass(frozen=True)
class Step:
    kind: StepKind
    seconds: int
    text: str
    exercise_id: str | None = None
    entry: int = -1  # which routine entry (an exercise can appear twice in a routine)
    side: Side = Side.BOTH
    set_number: int = 0
    set_count: int = 0
    rep_number: int = 0
    rep_count: int = 0
    direction: str = ""
    completes: frozenset[Milestone] = field(default_factory=frozenset)

    @property
    def is_work(self) -> bool:
        """Steps where the person is exercising (not getting ready, resting or switching)."""
        return self.kind in (StepKind.HOLD, StepKind.RELEASE, StepKind.MOVE, StepKind.TIMED)


@dataclass(frozen=True)
class Entry:
    """One exercise in a routine with the prescription to run it at.

    The affected foot may get extra sets or a longer hold (only when one foot is affected).
    """

    exercise: Exercise
    prescription: Prescription
    affected_extra_sets: int = 0
    affected_extra_hold: int = 0
    band_level: int | None = None  # saved with the session, so history knows the band

    def dose_for(self, side: Side, affected: Side) -> Prescription:
        """The prescription for one side: the affected foot's extras added where they apply."""
        p = self.prescription
        if side is Side.BOTH or side is not affected:
            return p
        extra_hold = self.affected_extra_hold if p.mode is Mode.REPS else 0
        return replace(
            p, sets=p.sets + self.affected_extra_sets, hold_seconds=p.hold_seconds + extra_hold
        )


@dataclass(frozen=True)
class Program:
    entries: tuple[Entry, ...]
    steps: tuple[Step, ...]

    @property
    def total_seconds(self) -> int:
        return sum(step.seconds for step in self.steps)


def compile_program(entries: Sequence[Entry], affected: Side = Side.BOTH) -> Program:
    """The steps for a routine, ending with a single DONE step; appointments are left out.

    With one affected foot, per-side exercises start with it and it gets its extras;
    with both (or not sure), the right foot goes first and both sides get the same dose.
    """
    runnable = [e for e in entries if e.prescription.mode is not Mode.APPOINTMENT]
    steps: list[Step] = []
    for index, entry in enumerate(runnable):
        coming = _exercise_steps(entry, index, affected)
        ready = translate("SessionSteps", "Get ready: {exercise}")
        ready = ready.format(exercise=entry.exercise.name)
        steps.append(
            Step(
                StepKind.GET_READY,
                GET_READY_SECONDS,
                ready,
                entry.exercise.id,
                index,
                coming[0].side,
            )
        )
        steps.extend(coming)
    done = translate("SessionSteps", "Well done. You have finished.")
    steps.append(Step(StepKind.DONE, 0, done))
    return Program(tuple(runnable), tuple(steps))


def _sides(prescription: Prescription, first: Side) -> list[Side]:
    if prescription.sides is Sides.TOGETHER:
        return [Side.BOTH]
    return [Side.LEFT, Side.RIGHT] if first is Side.LEFT else [Side.RIGHT, Side.LEFT]


def _limb(exercise: Exercise) -> str:
    return "leg" if exercise.category == "stretch" else "foot"


def _switch_text(side: Side, limb: str) -> str:
    """The words for changing sides, one whole sentence for each side and limb."""
    if limb == "leg":
        if side is Side.LEFT:
            return translate("SessionSteps", "Switch to your left leg")
        return translate("SessionSteps", "Switch to your right leg")
    if side is Side.LEFT:
        return translate("SessionSteps", "Switch to your left foot")
    return translate("SessionSteps", "Switch to your right foot")


def _exercise_steps(entry: Entry, index: int, affected: Side) -> list[Step]:
    exercise, p = entry.exercise, entry.prescription
    steps: list[Step] = []
    sides = _sides(p, affected)
    for side_number, side in enumerate(sides):
        if side_number:
            steps.append(
                Step(
                    StepKind.SWITCH_SIDE,
                    SWITCH_SIDE_SECONDS,
                    _switch_text(side, _limb(exercise)),
                    exercise.id,
                    index,
                    side,
                )
            )
        steps.extend(_side_steps(entry, entry.dose_for(side, affected), index, side))
    last = steps[-1]
    steps[-1] = _with(last, Milestone.EXERCISE)
    return steps


def _side_steps(entry: Entry, p: Prescription, index: int, side: Side) -> list[Step]:
    exercise = entry.exercise
    if p.mode is Mode.TIMED:
        step = Step(
            StepKind.TIMED, p.duration_seconds, exercise.cues.timed, exercise.id, index, side
        )
        return [_with(step, Milestone.REP, Milestone.SET, Milestone.SIDE)]
    steps: list[Step] = []
    for set_number in range(1, p.sets + 1):
        if set_number > 1 and p.rest_seconds:
            rest_text = translate("SessionSteps", "Rest, {duration}").format(
                duration=duration(p.rest_seconds)
            )
            steps.append(
                Step(
                    StepKind.REST,
                    p.rest_seconds,
                    rest_text,
                    exercise.id,
                    index,
                    side,
                    set_number - 1,
                    p.sets,
                )
            )
        steps.extend(_set_steps(exercise, p, index, side, set_number))
        steps[-1] = _with(steps[-1], Milestone.SET)
    steps[-1] = _with(steps[-1], Milestone.SIDE)
    return steps


def _set_steps(
    exercise: Exercise, p: Prescription, index: int, side: Side, set_number: int
) -> Iterator[Step]:
    def step(kind: StepKind, seconds: int, text: str, rep: int, direction: str = "") -> Step:
        return Step(
            kind,
            seconds,
            text,
            exercise.id,
            index,
            side,
            set_number,
            p.sets,
            rep,
            p.reps,
            direction,
        )

    if p.mode is Mode.CADENCE:
        for number, direction in enumerate(p.directions):
            if number:
                yield step(
                    StepKind.SWITCH_DIRECTION,
                    SWITCH_DIRECTION_SECONDS,
                    translate("SessionSteps", "Now the other way: {direction}").format(
                        direction=direction_text(direction)
                    ),
                    0,
                    direction,
                )
            for rep in range(1, p.reps + 1):
                text = translate("SessionSteps", "{movement}, {direction}").format(
                    movement=exercise.cues.move, direction=direction_text(direction)
                )
                yield _with(
                    step(StepKind.MOVE, p.cadence_seconds, text, rep, direction), Milestone.REP
                )
        return
    for rep in range(1, p.reps + 1):
        hold = step(StepKind.HOLD, p.hold_seconds, exercise.cues.hold, rep)
        if p.release_seconds:
            yield hold
            yield _with(
                step(StepKind.RELEASE, p.release_seconds, exercise.cues.release, rep), Milestone.REP
            )
        else:
            yield _with(hold, Milestone.REP)


def _with(step: Step, *milestones: Milestone) -> Step:
    return replace(step, completes=step.completes | frozenset(milestones))
