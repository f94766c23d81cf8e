"""Plain-words descriptions of doses and durations, shared by the command line and the screens.

Every phrase is a whole clause with placeholders (see core/translation.py); the clauses of a
dose are joined with commas, which reads right in the languages shipped.
"""

from __future__ import annotations

from footdrop_gui.core.catalog import Mode, Prescription, Sides
from footdrop_gui.core.translation import Plurals, translate

# Counted phrases, named as their contexts so lupdate finds them (see Plurals).
Duration = Plurals("Duration")
Dose = Plurals("Dose")


def plural(count: int, word: str) -> str:
    """'1 set', '3 sets': digits and a spelled-out unit, as the UX guide asks."""
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


def duration(seconds: int) -> str:
    """A duration in the largest whole units: '30 seconds', '3 minutes', '1 minute 30 seconds'."""
    minutes, rest = divmod(seconds, 60)
    if not minutes:
        return _seconds(rest)
    if not rest:
        return _minutes(minutes)
    return translate("Duration", "{minutes} {seconds}").format(
        minutes=_minutes(minutes), seconds=_seconds(rest)
    )


def _seconds(n: int) -> str:
    return Duration.tr("%n seconds", None, n)


def _minutes(n: int) -> str:
    return Duration.tr("%n minutes", None, n)


def describe_prescription(p: Prescription) -> str:
    """One line that says what a person will do, e.g. '3 sets of 10 reps on each foot, ...'."""
    each = p.sides is Sides.EACH
    if p.mode is Mode.APPOINTMENT:
        return translate("Dose", "A visit with your therapist, noted in your history (no timer)")
    if p.mode is Mode.TIMED:
        how_long = duration(p.duration_seconds)
        if each:
            return translate("Dose", "{duration} on each foot").format(duration=how_long)
        return how_long
    if p.mode is Mode.CADENCE:
        ways = _ways(p.directions)
        if p.sets > 1:
            reps = Dose.tr("%n sets of {reps} each way ({ways})", None, p.sets)
        else:
            reps = translate("Dose", "{reps} each way ({ways})")
        parts = [
            reps.format(reps=p.reps, ways=ways),
            translate("Dose", "about {duration} each").format(
                duration=duration(p.cadence_seconds)
            ),
        ]
    elif p.reps == 1:
        hold = duration(p.hold_seconds)
        if each:
            parts = [translate("Dose", "Hold {duration} on each leg").format(duration=hold)]
        else:
            parts = [translate("Dose", "Hold {duration}").format(duration=hold)]
        parts.append(Dose.tr("%n times", None, p.sets))
    else:
        reps = Dose.tr("%n reps", None, p.reps)
        if p.sets > 1:
            reps = Dose.tr("%n sets of {reps}", None, p.sets).format(reps=reps)
        parts = [
            reps,
            translate("Dose", "hold {duration}").format(duration=duration(p.hold_seconds)),
        ]
        if p.release_seconds:
            parts.append(
                translate("Dose", "lower over {duration}").format(
                    duration=duration(p.release_seconds)
                )
            )
    if p.mode is not Mode.REPS or p.reps > 1:
        parts.insert(
            1,
            translate("Dose", "on each foot") if each else translate("Dose", "both feet together"),
        )
    if p.sets > 1 and p.rest_seconds:
        parts.append(
            translate("Dose", "{duration} rest between").format(duration=duration(p.rest_seconds))
        )
    return ", ".join(parts)


def direction_text(direction: str) -> str:
    """A catalog direction in the chosen language ("clockwise"); an unknown one as written."""
    known = {
        "clockwise": translate("Direction", "clockwise"),
        "counterclockwise": translate("Direction", "counterclockwise"),
    }
    return known.get(direction, direction)


def _ways(directions: tuple[str, ...]) -> str:
    """'clockwise then counterclockwise'."""
    text = direction_text(directions[0]) if directions else ""
    for direction in directions[1:]:
        text = translate("Dose", "{first} then {second}").format(
            first=text, second=direction_text(direction)
        )
    return text
