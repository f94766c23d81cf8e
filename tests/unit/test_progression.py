"""Progression: suggested, not suggested, and capped, from made-up history."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest

from footdrop_gui import bundled
from footdrop_gui.core.progression import Outcome, suggest
from footdrop_gui.core.routine import RoutineEntry, default_entry

CATALOG = bundled.catalog()
TODAY = date(2026, 11, 25)
TOE = CATALOG.get("toe-lifts")  # 12 reps (5-30), hold 3 s (1-10)
BAND = CATALOG.get("band-dorsiflexion-seated")  # 10 reps (5-20), hold 2 s (1-10), band


def good(days_ago: int, pain: tuple[int, int] | None = (3, 2)) -> Outcome:
    before, after = pain if pain else (None, None)
    return Outcome(TODAY - timedelta(days=days_ago), True, "about-right", before, after)


GOOD_WEEK = [good(1), good(2), good(3, (4, 3))]


def test_three_good_sessions_suggest_two_more_reps() -> None:
    suggestion = suggest(default_entry(TOE), TOE, GOOD_WEEK, None, TODAY)
    assert suggestion is not None
    assert (suggestion.field, suggestion.current, suggestion.proposed) == ("reps", 12, 14)
    assert "Try 14 reps instead of 12" in suggestion.text
    applied = suggestion.apply(default_entry(TOE))
    assert applied.prescription.reps == 14


@pytest.mark.parametrize(
    "outcomes",
    [
        GOOD_WEEK[:2],  # not enough sessions yet
        [replace(GOOD_WEEK[0], complete=False), *GOOD_WEEK[1:]],
        [replace(GOOD_WEEK[0], effort="hard"), *GOOD_WEEK[1:]],
        [replace(GOOD_WEEK[0], effort=None), *GOOD_WEEK[1:]],  # not rated
        [good(1, (3, 5)), *GOOD_WEEK[1:]],  # hurt more after
        [good(1, (6, 5)), good(2, (5, 4)), good(3, (3, 3))],  # pain rising over the sessions
    ],
)
def test_not_suggested_unless_all_went_well(outcomes: list[Outcome]) -> None:
    assert suggest(default_entry(TOE), TOE, outcomes, None, TODAY) is None


def test_a_declined_suggestion_waits_a_week() -> None:
    entry = default_entry(TOE)
    assert suggest(entry, TOE, GOOD_WEEK, TODAY + timedelta(days=3), TODAY) is None
    assert suggest(entry, TOE, GOOD_WEEK, TODAY, TODAY) is not None


def test_reps_stop_at_the_therapists_limit_then_the_hold_grows() -> None:
    entry = replace(default_entry(TOE), limits={"reps": 13})
    first = suggest(entry, TOE, GOOD_WEEK, None, TODAY)
    assert first is not None and (first.field, first.proposed) == ("reps", 13)
    at_limit = first.apply(entry)
    second = suggest(at_limit, TOE, GOOD_WEEK, None, TODAY)
    assert second is not None and (second.field, second.proposed) == ("hold_seconds", 4)


def test_never_past_the_exercise_range() -> None:
    top = replace(TOE.prescription, reps=30, hold_seconds=10)
    assert suggest(RoutineEntry(TOE.id, top), TOE, GOOD_WEEK, None, TODAY) is None


def test_band_exercises_move_to_the_next_band_last() -> None:
    top = replace(BAND.prescription, reps=20, hold_seconds=10)
    entry = RoutineEntry(BAND.id, top, band_level=2, limits={"band_level": 3})
    suggestion = suggest(entry, BAND, GOOD_WEEK, None, TODAY)
    assert suggestion is not None
    assert (suggestion.field, suggestion.current, suggestion.proposed) == ("band_level", 2, 3)
    assert "green band (level 3 of 6) instead of the red one" in suggestion.text
    assert suggest(suggestion.apply(entry), BAND, GOOD_WEEK, None, TODAY) is None  # the limit


def test_timed_activities_are_never_pushed() -> None:
    ice = CATALOG.get("ice-pack")
    assert suggest(default_entry(ice), ice, GOOD_WEEK, None, TODAY) is None
