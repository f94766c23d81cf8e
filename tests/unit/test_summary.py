"""The end-of-session summary counts each rep and set once, whatever was redone or skipped."""

from __future__ import annotations

from footdrop_gui import bundled
from footdrop_gui.core.engine import Event, SessionEngine
from footdrop_gui.core.program import Entry, Side, compile_program
from footdrop_gui.core.summary import SessionTally
from tests.helpers.fake_clock import FakeClock


def run(engine: SessionEngine, clock: FakeClock, tally: SessionTally, seconds: float) -> None:
    events: list[Event] = []
    while seconds > 0:
        clock.advance(min(1.0, seconds))
        seconds -= 1.0
        events += engine.tick()
    for event in events:
        tally.record(event)


def test_redone_reps_are_counted_once_and_holds_add_up() -> None:
    exercise = bundled.catalog().get("band-dorsiflexion-standing")  # hold 3 s, lower 2 s
    program = compile_program([Entry(exercise, exercise.prescription)])
    clock, tally = FakeClock(), SessionTally(program)
    engine = SessionEngine(program, clock)
    for event in engine.start():
        tally.record(event)
    run(engine, clock, tally, 10 + 5 * 3 + 1)  # 3 reps done, rep 4 under way
    for event in engine.restart_exercise():
        tally.record(event)
    run(engine, clock, tally, 10 + 5 * 10)  # get ready, then the whole set again
    right, left = tally.rows()
    assert (right.side, left.side) == (Side.RIGHT, Side.LEFT)
    assert (right.reps_done, right.reps_planned) == (10, 30)
    assert (right.sets_done, right.sets_planned) == (1, 3)
    assert right.hold_seconds == 10 * 3
    assert (left.reps_done, left.hold_seconds) == (0, 0)


def test_a_timed_activity_counts_its_minutes() -> None:
    soak = bundled.catalog().get("epsom-salt-soak")
    program = compile_program([Entry(soak, soak.prescription)])
    clock, tally = FakeClock(), SessionTally(program)
    engine = SessionEngine(program, clock)
    engine.start()
    run(engine, clock, tally, 10 + 1200)
    (row,) = tally.rows()
    assert (row.reps_done, row.sets_done, row.hold_seconds) == (1, 1, 1200)
