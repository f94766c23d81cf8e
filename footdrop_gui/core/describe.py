"""Plain-words descriptions of doses and durations, shared by the command line and the screens."""

from __future__ import annotations

from footdrop_gui.core.catalog import Mode, Prescription, Sides


def plural(count: int, word: str) -> str:
    """'1 set', '3 sets': digits and a spelled-out unit, as the UX guide asks."""
    return f"{count} {word}" if count == 1 else f"{count} {word}s"


def duration(seconds: int) -> str:
    """A duration in the largest whole units: '30 seconds', '3 minutes', '1 minute 30 seconds'."""
    minutes, rest = divmod(seconds, 60)
    if not minutes:
        return plural(rest, "second")
    if not rest:
        return plural(minutes, "minute")
    return f"{plural(minutes, 'minute')} {plural(rest, 'second')}"


def describe_prescription(p: Prescription) -> str:
    """One line that says what a person will do, e.g. '3 sets of 10 reps on each foot, ...'."""
    each = p.sides is Sides.EACH
    if p.mode is Mode.APPOINTMENT:
        return "A visit with your therapist, noted in your history (no timer)"
    if p.mode is Mode.TIMED:
        return f"{duration(p.duration_seconds)}{' on each foot' if each else ''}"
    if p.mode is Mode.CADENCE:
        ways = " then ".join(p.directions)
        parts = [
            f"{_sets(p)}{p.reps} each way ({ways})",
            f"about {duration(p.cadence_seconds)} each",
        ]
    elif p.reps == 1:
        parts = [f"Hold {duration(p.hold_seconds)}{' on each leg' if each else ''}"]
        parts.append(plural(p.sets, "time"))
    else:
        parts = [f"{_sets(p)}{plural(p.reps, 'rep')}", f"hold {duration(p.hold_seconds)}"]
        if p.release_seconds:
            parts.append(f"lower over {duration(p.release_seconds)}")
    if p.mode is not Mode.REPS or p.reps > 1:
        parts.insert(1, "on each foot" if each else "both feet together")
    if p.sets > 1 and p.rest_seconds:
        parts.append(f"{duration(p.rest_seconds)} rest between")
    return ", ".join(parts)


def _sets(p: Prescription) -> str:
    return f"{p.sets} sets of " if p.sets > 1 else ""
