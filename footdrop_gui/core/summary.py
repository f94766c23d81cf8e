"""What a session achieved, per exercise and side, tallied from the engine's events."""

from __future__ import annotations

from dataclasses import dataclass, field

from footdrop_gui.core.engine import Event, EventKind
from footdrop_gui.core.program import Milestone, Program, Side, StepKind


@dataclass
class SummaryRow:
    """One exercise on one side (or both feet together).

    Reps and sets are counted once each, however often they were redone (Back, repeat set,
    restart), so the summary never claims more than the plan.
    """

    exercise_id: str
    name: str
    side: Side
    reps_planned: int = 0
    sets_planned: int = 0
    done_reps: dict[tuple[int, int, str], int] = field(default_factory=dict)  # -> seconds held
    done_sets: set[int] = field(default_factory=set)

    @property
    def reps_done(self) -> int:
        return len(self.done_reps)

    @property
    def sets_done(self) -> int:
        return len(self.done_sets)

    @property
    def hold_seconds(self) -> int:
        """Seconds held (or of a timed activity) in completed reps."""
        return sum(self.done_reps.values())


class SessionTally:
    """Counts completed reps, sets and hold time as the engine's events arrive."""

    def __init__(self, program: Program) -> None:
        self._program = program
        self._rows: dict[tuple[int, Side], SummaryRow] = {}
        names = {e.exercise.id: e.exercise.name for e in program.entries}
        for step in program.steps:
            if step.exercise_id is None or not step.completes:
                continue
            row = self._rows.setdefault(
                (step.entry, step.side),
                SummaryRow(step.exercise_id, names[step.exercise_id], step.side),
            )
            row.reps_planned += Milestone.REP in step.completes
            row.sets_planned += Milestone.SET in step.completes

    def record(self, event: Event) -> None:
        row = self._rows.get((event.step.entry, event.step.side))
        if row is None:
            return
        step = event.step
        if event.kind is EventKind.REP_DONE:
            rep = (step.set_number, step.rep_number, step.direction)
            row.done_reps[rep] = held_seconds(self._program, event.index)
        elif event.kind is EventKind.SET_DONE:
            row.done_sets.add(step.set_number)

    def rows(self) -> list[SummaryRow]:
        return list(self._rows.values())


def held_seconds(program: Program, index: int) -> int:
    """Hold time of the rep that ends at step index (a release follows its hold)."""
    step = program.steps[index]
    if step.kind is StepKind.RELEASE:
        step = program.steps[index - 1]
    return step.seconds if step.kind in (StepKind.HOLD, StepKind.TIMED) else 0
