"""The words of each exercise agree with how a session runs it (no Qt).

People follow three things at once: the steps in the library, the session screen and the
spoken coach. They must never contradict each other: an exercise done "on each leg" gets a
side change in the session and its steps say so; one done with both feet together gets none;
every standing exercise names something sturdy to hold, in its steps and its cautions.
"""

from __future__ import annotations

import re

import pytest

from footdrop_gui import bundled
from footdrop_gui.core.catalog import Exercise, Mode, Posture, Sides
from footdrop_gui.core.program import Entry, Side, StepKind, compile_program
from footdrop_gui.cues.script import announcement

TIMED_EXERCISES = [e for e in bundled.catalog().exercises if e.is_timed_session]
IDS = [e.id for e in TIMED_EXERCISES]
ONE_SIDE_WORDS = re.compile(r"\b(one|other) (foot|leg)\b|\bswitch\b|\beach (foot|leg)\b", re.I)


def _limb(exercise: Exercise) -> str:
    """The word the session uses for a side ("Switch to your left leg")."""
    program = compile_program([Entry(exercise, exercise.prescription)])
    switch = next(s for s in program.steps if s.kind is StepKind.SWITCH_SIDE)
    return switch.text.split()[-1]


def _spoken(exercise: Exercise) -> list[str]:
    """Everything the coach can say for this exercise, fullest form of each line."""
    program = compile_program([Entry(exercise, exercise.prescription)])
    return [announcement(step)[0] for step in program.steps if step.exercise_id == exercise.id]


@pytest.mark.parametrize("exercise_id", IDS)
def test_sides_in_the_session_agree_with_the_steps(exercise_id: str) -> None:
    exercise = bundled.catalog().get(exercise_id)
    program = compile_program([Entry(exercise, exercise.prescription)])
    switches = [s for s in program.steps if s.kind is StepKind.SWITCH_SIDE]
    steps = " ".join(exercise.steps)
    if exercise.prescription.sides is Sides.EACH:
        assert len(switches) == 1, "one foot, then the other: one side change"
        limb = _limb(exercise)
        assert f"other {limb}" in steps, f"the last step should say to do the other {limb}"
        assert "both feet" not in steps.lower() and "both legs" not in steps.lower()
        assert {s.side for s in program.steps if s.is_work} == {Side.LEFT, Side.RIGHT}
    else:
        assert switches == []
        assert ONE_SIDE_WORDS.search(steps) is None, ONE_SIDE_WORDS.search(steps)
        assert {s.side for s in program.steps if s.is_work} == {Side.BOTH}


@pytest.mark.parametrize("exercise_id", IDS)
def test_the_spoken_coach_names_a_side_only_for_one_sided_exercises(exercise_id: str) -> None:
    exercise = bundled.catalog().get(exercise_id)
    spoken = " ".join(_spoken(exercise))
    named = re.search(r"\b(Right|Left) (foot|leg)\b", spoken)
    if exercise.prescription.sides is Sides.EACH:
        assert named is not None, spoken
        assert "Switch to your" in spoken
    else:
        assert named is None, named
        assert ONE_SIDE_WORDS.search(spoken) is None


@pytest.mark.parametrize("exercise_id", IDS)
def test_every_spoken_cue_is_an_action_the_steps_describe(exercise_id: str) -> None:
    """The cue's first word (the action: lift, pull, lean...) is a word of the steps."""
    exercise = bundled.catalog().get(exercise_id)
    words = set(re.findall(r"[a-z]+", " ".join(exercise.steps).lower()))
    cues = exercise.cues
    spoken = {
        Mode.REPS: [cues.hold, cues.release],
        Mode.CADENCE: [cues.move],
        Mode.TIMED: [cues.timed],
    }[exercise.prescription.mode]
    for cue in spoken:
        action = cue.split()[0].lower()
        assert action in words, f"'{cue}': the steps never say '{action}'"


@pytest.mark.parametrize("exercise_id", IDS)
def test_a_standing_exercise_names_its_support_in_the_steps_and_cautions(
    exercise_id: str,
) -> None:
    exercise = bundled.catalog().get(exercise_id)
    if exercise.posture is not Posture.STANDING:
        assert exercise.support is None
        return
    assert exercise.support is not None
    assert exercise.support in " ".join(exercise.steps).lower()
    assert any(exercise.support in c.lower() for c in exercise.cautions)
    assert any("balance" in c for c in exercise.cautions)


def test_no_exercise_tells_a_person_with_foot_drop_to_stand_hands_free() -> None:
    for exercise in bundled.catalog().exercises:
        text = " ".join([exercise.position, *exercise.steps, *exercise.easier]).lower()
        assert "on your hips" not in text, exercise.id
        assert "arms folded" not in text, exercise.id


@pytest.mark.parametrize("exercise_id", ["band-dorsiflexion-seated", "band-dorsiflexion-standing"])
def test_band_pulls_train_the_muscles_that_lift_the_foot(exercise_id: str) -> None:
    """The band is tied in front and over the top of the foot; the toes pull up against it."""
    exercise = bundled.catalog().get(exercise_id)
    steps = " ".join(exercise.steps).lower()
    assert "over the top of" in steps
    assert "toes up toward your shin, against the band" in steps
    assert "tie" in steps
    assert "hold both ends" not in steps and "push back" not in steps
    assert any("tibialis anterior" in m for m in exercise.muscles)
    assert "toes up" in exercise.cues.hold


def test_the_calf_stretch_is_one_form_with_both_feet_together() -> None:
    calf = bundled.catalog().get("calf-stretch")
    steps = " ".join(calf.steps).lower()
    assert calf.prescription.sides is Sides.TOGETHER
    assert "side by side" in steps and "both heels" in steps
    assert "step" not in steps.replace("steps", "")  # no foot stepped back
