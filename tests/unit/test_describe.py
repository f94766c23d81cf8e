"""The one-line plan a person reads under an exercise's name, and in `footdrop exercises`."""

from __future__ import annotations

import pytest

from footdrop_gui import bundled
from footdrop_gui.core.describe import describe_prescription, duration


@pytest.mark.parametrize(
    ("seconds", "text"),
    [(1, "1 second"), (30, "30 seconds"), (60, "1 minute"), (90, "1 minute 30 seconds")],
)
def test_durations_read_in_plain_units(seconds: int, text: str) -> None:
    assert duration(seconds) == text


@pytest.mark.parametrize(
    ("exercise_id", "text"),
    [
        ("toe-lifts", "12 reps, both feet together, hold 3 seconds, lower over 2 seconds"),
        (
            "band-dorsiflexion-seated",
            "3 sets of 10 reps, on each foot, hold 2 seconds, lower over 2 seconds, "
            "30 seconds rest between",
        ),
        ("calf-stretch", "Hold 30 seconds, 3 times, 15 seconds rest between"),
        ("achilles-stretch", "Hold 30 seconds on each leg, 2 times, 15 seconds rest between"),
        ("tennis-ball-massage", "3 minutes on each foot"),
        ("epsom-salt-soak", "20 minutes"),
    ],
)
def test_shipped_exercises_describe_their_default(exercise_id: str, text: str) -> None:
    assert describe_prescription(bundled.catalog().get(exercise_id).prescription) == text


def test_ankle_circles_name_both_directions() -> None:
    text = describe_prescription(bundled.catalog().get("ankle-circles").prescription)
    assert text.startswith("10 each way (clockwise then counterclockwise), on each foot")
