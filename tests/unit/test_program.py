"""Each catalog exercise at its default prescription compiles to exactly the expected steps."""

from __future__ import annotations

import pytest

from footdrop_gui import bundled
from footdrop_gui.core.program import (
    Entry,
    Milestone,
    Program,
    Side,
    StepKind,
    compile_program,
)

CATALOG = bundled.catalog()
Row = tuple[str, str, int]  # kind, side, seconds


def ready(side: str = "both") -> list[Row]:
    return [("get-ready", side, 10)]


def reps(count: int, hold: int, release: int, side: str) -> list[Row]:
    one = [("hold", side, hold)] + ([("release", side, release)] if release else [])
    return one * count


def sets(count: int, rest: int, one_set: list[Row], side: str) -> list[Row]:
    rows: list[Row] = []
    for number in range(count):
        if number:
            rows.append(("rest", side, rest))
        rows += one_set
    return rows


def per_side(build: object) -> list[Row]:
    assert callable(build)
    return [*build("right"), ("switch-side", "left", 10), *build("left")]


def circles(side: str) -> list[Row]:
    one_way = [("move", side, 3)] * 10
    return [*one_way, ("switch-direction", side, 5), *one_way]


DONE: list[Row] = [("done", "both", 0)]
EXPECTED: dict[str, list[Row]] = {
    "toe-lifts": ready() + reps(12, 3, 2, "both") + DONE,
    "towel-toe-curls": ready() + reps(12, 3, 2, "both") + DONE,
    "heel-lifts": ready() + reps(12, 3, 2, "both") + DONE,
    "ankle-circles": ready("right") + per_side(circles) + DONE,
    "band-dorsiflexion-seated": ready("right")
    + per_side(lambda s: sets(3, 30, reps(10, 2, 2, s), s))
    + DONE,
    "band-dorsiflexion-standing": ready("right")
    + per_side(lambda s: sets(3, 30, reps(10, 3, 2, s), s))
    + DONE,
    "tennis-ball-massage": ready("right") + per_side(lambda s: [("timed", s, 180)]) + DONE,
    "epsom-salt-soak": [*ready(), ("timed", "both", 1200), *DONE],
    "ice-pack": [*ready(), ("timed", "both", 900), *DONE],
    "rest-elevated": [*ready(), ("timed", "both", 600), *DONE],
    "calf-stretch": ready() + sets(3, 15, [("hold", "both", 30)], "both") + DONE,
    "achilles-stretch": ready("right")
    + per_side(lambda s: sets(2, 15, [("hold", s, 30)], s))
    + DONE,
    "hamstring-stretch": ready() + sets(3, 15, [("hold", "both", 30)], "both") + DONE,
    "quadriceps-stretch": ready("right")
    + per_side(lambda s: sets(2, 15, [("hold", s, 30)], s))
    + DONE,
}


def program_for(exercise_id: str, affected: Side = Side.BOTH) -> Program:
    exercise = CATALOG.get(exercise_id)
    return compile_program([Entry(exercise, exercise.prescription)], affected)


@pytest.mark.parametrize("exercise_id", sorted(EXPECTED))
def test_default_program_steps(exercise_id: str) -> None:
    steps = program_for(exercise_id).steps
    assert [(s.kind.value, s.side.value, s.seconds) for s in steps] == EXPECTED[exercise_id]


def test_every_timed_catalog_exercise_has_an_expected_program() -> None:
    timed = {e.id for e in CATALOG.exercises if e.is_timed_session}
    assert timed == set(EXPECTED)


def test_calf_stretch_is_three_holds_of_thirty_seconds_with_rests_between() -> None:
    program = program_for("calf-stretch")
    holds = [s for s in program.steps if s.kind is StepKind.HOLD]
    assert [(s.set_number, s.set_count, s.seconds) for s in holds] == [
        (1, 3, 30),
        (2, 3, 30),
        (3, 3, 30),
    ]
    assert program.total_seconds == 10 + 3 * 30 + 2 * 15


def test_band_pull_counts_reps_and_sets_and_marks_milestones() -> None:
    steps = program_for("band-dorsiflexion-seated").steps
    releases = [s for s in steps if s.kind is StepKind.RELEASE]
    assert len(releases) == 60
    assert all(Milestone.REP in s.completes for s in releases)
    assert [s.rep_number for s in releases[:10]] == list(range(1, 11))
    assert sum(Milestone.SET in s.completes for s in steps) == 6
    assert sum(Milestone.SIDE in s.completes for s in steps) == 2
    assert sum(Milestone.EXERCISE in s.completes for s in steps) == 1
    assert steps[-2].completes == frozenset(Milestone)


def test_the_affected_side_goes_first() -> None:
    steps = program_for("band-dorsiflexion-standing", affected=Side.LEFT).steps
    assert steps[1].side is Side.LEFT
    switch = next(s for s in steps if s.kind is StepKind.SWITCH_SIDE)
    assert switch.text == "Switch to your right foot"


def test_words_for_each_phase_come_from_the_catalog() -> None:
    steps = program_for("toe-lifts").steps
    assert steps[0].text == "Get ready: Toe lifts"
    assert steps[1].text == "Lift your toes and hold"
    assert steps[2].text == "Lower your toes"
    assert program_for("calf-stretch").steps[2].text == "Rest, 15 seconds"
    assert program_for("achilles-stretch").steps[4].text == "Switch to your left leg"


def test_a_routine_runs_its_exercises_in_order_and_leaves_out_visits() -> None:
    entries = [
        Entry(CATALOG.get(eid), CATALOG.get(eid).prescription)
        for eid in ("calf-stretch", "physical-therapy", "toe-lifts")
    ]
    program = compile_program(entries)
    readies = [s.exercise_id for s in program.steps if s.kind is StepKind.GET_READY]
    assert readies == ["calf-stretch", "toe-lifts"]
    assert program.total_seconds == 130 + 10 + 12 * 5
    assert [s.kind for s in program.steps].count(StepKind.DONE) == 1


def test_the_affected_foot_gets_its_extra_sets_and_longer_hold() -> None:
    band = CATALOG.get("band-dorsiflexion-standing")  # 3 x 10, hold 3 s
    entry = Entry(band, band.prescription, affected_extra_sets=1, affected_extra_hold=2)
    steps = compile_program([entry], affected=Side.LEFT).steps
    left_holds = [s for s in steps if s.kind is StepKind.HOLD and s.side is Side.LEFT]
    right_holds = [s for s in steps if s.kind is StepKind.HOLD and s.side is Side.RIGHT]
    assert steps[1].side is Side.LEFT  # the affected foot first
    assert (len(left_holds), {s.seconds for s in left_holds}) == (40, {5})
    assert (len(right_holds), {s.seconds for s in right_holds}) == (30, {3})
    assert {s.set_count for s in left_holds} == {4}


def test_extras_need_a_known_affected_foot() -> None:
    band = CATALOG.get("band-dorsiflexion-standing")
    entry = Entry(band, band.prescription, affected_extra_sets=1, affected_extra_hold=2)
    steps = compile_program([entry], affected=Side.BOTH).steps
    assert steps[1].side is Side.RIGHT
    assert sum(s.kind is StepKind.HOLD for s in steps) == 60
