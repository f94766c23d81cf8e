"""The built-in routines, and refusal of a routine that names an unknown exercise."""

from __future__ import annotations

import json

import pytest

from footdrop_gui import bundled
from footdrop_gui.core.routine import RoutineError, RoutineRef, parse_routines

CATALOG = bundled.catalog()


def test_daily_routine_stretches_before_and_after_the_strength_work() -> None:
    daily = next(r for r in bundled.routines() if r.ref == RoutineRef.built_in("daily-routine"))
    categories = [CATALOG.get(i).category for i in daily.exercise_ids]
    assert categories[0] == "stretch" and categories[-1] == "stretch"
    assert {"strength", "mobility", "massage"} <= set(categories)
    assert "ankle-circles" in daily.exercise_ids
    assert "band-dorsiflexion-seated" in daily.exercise_ids


def test_soothe_and_recover_is_massage_soak_and_rest() -> None:
    wanted = RoutineRef.built_in("soothe-and-recover")
    soothe = next(r for r in bundled.routines() if r.ref == wanted)
    assert soothe.exercise_ids == ("tennis-ball-massage", "epsom-salt-soak", "rest-elevated")


def test_a_routine_with_an_unknown_exercise_is_refused() -> None:
    text = json.dumps(
        {
            "schema_version": 1,
            "routines": [
                {
                    "id": "mine",
                    "name": "Mine",
                    "description": "x",
                    "exercises": ["toe-lifts", "hop"],
                }
            ],
        }
    )
    with pytest.raises(RoutineError) as caught:
        parse_routines(text, CATALOG, "routines.json")
    assert str(caught.value) == (
        "routines.json: routine 'mine': exercises[2]: 'hop' is not a known exercise"
    )
