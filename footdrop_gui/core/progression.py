"""When to suggest doing a little more: pure rules over an exercise's recent sessions.

After the last few sessions of an exercise were done in full, felt easy or about right, and
pain did not rise, suggest one step: two more reps, one more second of hold, or the next
band strength; never past the exercise's range or the therapist's limit. A declined
suggestion waits a week.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Any

from footdrop_gui.core.catalog import Exercise, Mode
from footdrop_gui.core.routine import BAND_LEVELS, RoutineEntry, band_colour, band_text
from footdrop_gui.core.translation import translate

SESSIONS_NEEDED = 3
DECLINE_WAIT = timedelta(days=7)
FINE_EFFORTS = ("easy", "about-right")


@dataclass(frozen=True)
class Outcome:
    """How one session went for one exercise (newest first when in a list)."""

    day: date
    complete: bool
    effort: str | None
    pain_before: int | None
    pain_after: int | None


@dataclass(frozen=True)
class Suggestion:
    exercise_id: str
    field: str  # reps, hold_seconds or band_level
    current: int
    proposed: int
    text: str

    def apply(self, entry: RoutineEntry) -> RoutineEntry:
        if self.field == "band_level":
            return replace(entry, band_level=self.proposed)
        change: dict[str, Any] = {self.field: self.proposed}
        return replace(entry, prescription=replace(entry.prescription, **change))


def ready_for_more(outcomes: list[Outcome]) -> bool:
    """The last few sessions were complete, felt fine, and pain did not rise."""
    recent = outcomes[:SESSIONS_NEEDED]
    if len(recent) < SESSIONS_NEEDED:
        return False
    for outcome in recent:
        if not outcome.complete or outcome.effort not in FINE_EFFORTS:
            return False
        if None not in (outcome.pain_before, outcome.pain_after):
            assert outcome.pain_before is not None and outcome.pain_after is not None
            if outcome.pain_after > outcome.pain_before:
                return False
    befores = [o.pain_before for o in recent if o.pain_before is not None]
    return len(befores) < 2 or befores[0] <= befores[-1]  # newest no worse than oldest


def _ceiling(entry: RoutineEntry, exercise: Exercise, name: str) -> int:
    high = len(BAND_LEVELS) if name == "band_level" else exercise.ranges[name].high
    return min(high, entry.limits.get(name, high))


def next_step(entry: RoutineEntry, exercise: Exercise) -> tuple[str, int, int] | None:
    """(field, current, proposed) for one step more, or None when everything is at its top."""
    p = entry.prescription
    candidates: list[tuple[str, int, int]] = []
    if p.mode in (Mode.REPS, Mode.CADENCE) and p.reps > 1 and "reps" in exercise.ranges:
        candidates.append(("reps", p.reps, 2))
    if p.mode is Mode.REPS and "hold_seconds" in exercise.ranges:
        candidates.append(("hold_seconds", p.hold_seconds, 1))
    if entry.band_level is not None:
        candidates.append(("band_level", entry.band_level, 1))
    for name, current, step in candidates:
        proposed = min(current + step, _ceiling(entry, exercise, name))
        if proposed > current:
            return name, current, proposed
    return None


def suggest(
    entry: RoutineEntry,
    exercise: Exercise,
    outcomes: list[Outcome],
    declined_until: date | None,
    today: date,
) -> Suggestion | None:
    if declined_until is not None and today < declined_until:
        return None
    if not ready_for_more(outcomes):
        return None
    step = next_step(entry, exercise)
    if step is None:
        return None
    name, current, proposed = step
    values = {"sessions": SESSIONS_NEEDED, "exercise": exercise.name}
    values |= {"proposed": proposed, "current": current}
    if name == "reps":
        text = translate(
            "Progression",
            "Your last {sessions} sessions of {exercise} were done in full and felt fine. "
            "Ready for a little more? Try {proposed} reps instead of {current}.",
        )
    elif name == "hold_seconds":
        text = translate(
            "Progression",
            "Your last {sessions} sessions of {exercise} were done in full and felt fine. "
            "Ready for a little more? Try holding {proposed} seconds instead of {current}.",
        )
    else:
        values |= {"band": band_text(proposed), "colour": band_colour(current)}
        text = translate(
            "Progression",
            "Your last {sessions} sessions of {exercise} were done in full and felt fine. "
            "Ready for a little more? Try the {band} instead of the {colour} one.",
        )
    text = text.format(**values)
    return Suggestion(exercise.id, name, current, proposed, text)

