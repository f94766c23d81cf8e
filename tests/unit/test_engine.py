"""The session engine, driven by a fake clock: exact boundaries, pauses, commands, being away."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from footdrop_gui import bundled
from footdrop_gui.core.engine import BLIND_SECONDS, Event, EventKind, SessionEngine, State
from footdrop_gui.core.program import Entry, Program, StepKind, compile_program
from tests.helpers.fake_clock import FakeClock

CATALOG = bundled.catalog()


def program(*ids: str) -> Program:
    return compile_program([Entry(CATALOG.get(i), CATALOG.get(i).prescription) for i in ids])


def started(events: list[Event]) -> list[int]:
    return [e.index for e in events if e.kind is EventKind.STEP_STARTED]


def kinds(events: list[Event]) -> list[EventKind]:
    return [e.kind for e in events]


def run_for(engine: SessionEngine, clock: FakeClock, seconds: float) -> list[Event]:
    """Let time pass with a tick every second at most, as the session screen does."""
    events: list[Event] = []
    while seconds > 0:
        step = min(1.0, seconds)
        clock.advance(step)
        seconds -= step
        events += engine.tick()
    return events


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


def test_remaining_time_is_a_deadline_minus_the_clock(clock: FakeClock) -> None:
    engine = SessionEngine(program("toe-lifts"), clock)
    assert kinds(engine.start()) == [EventKind.STEP_STARTED]
    assert engine.remaining() == 10
    clock.advance(9.25)
    assert engine.tick() == []
    assert engine.remaining() == pytest.approx(0.75)
    clock.advance(0.75)
    assert started(engine.tick()) == [1]
    assert engine.step.kind is StepKind.HOLD
    assert engine.remaining() == 3


def test_a_late_tick_reports_every_boundary_at_its_true_time(clock: FakeClock) -> None:
    engine = SessionEngine(program("toe-lifts"), clock)
    engine.start()
    clock.advance(9.9)
    assert engine.tick() == []
    clock.advance(1.1)
    assert started(engine.tick()) == [1]  # hold 1 at 10, seen
    clock.advance(6.5)  # a very late tick: 2.5 s into the second hold
    events = engine.tick()
    assert kinds(events) == [
        EventKind.STEP_STARTED,  # release 1 at 13
        EventKind.REP_DONE,  # rep 1 done at 15
        EventKind.STEP_STARTED,  # hold 2 at 15
    ]
    assert [e.at for e in events] == [13, 15, 15]
    assert engine.step.rep_number == 2
    assert engine.remaining() == pytest.approx(0.5)


def test_pause_freezes_time_and_resume_carries_on(clock: FakeClock) -> None:
    engine = SessionEngine(program("calf-stretch"), clock)
    engine.start()
    run_for(engine, clock, 22)  # 12 s into the first hold
    assert kinds(engine.pause()) == [EventKind.PAUSED]
    assert engine.state is State.PAUSED
    assert run_for(engine, clock, 300) == []
    assert engine.remaining() == pytest.approx(18)
    assert kinds(engine.resume()) == [EventKind.RESUMED]
    events = run_for(engine, clock, 18)
    assert kinds(events) == [EventKind.REP_DONE, EventKind.SET_DONE, EventKind.STEP_STARTED]
    assert engine.step.kind is StepKind.REST
    assert engine.elapsed() == pytest.approx(40)


def test_skip_moves_on_without_counting_the_skipped_hold(clock: FakeClock) -> None:
    engine = SessionEngine(program("calf-stretch"), clock)
    engine.start()
    run_for(engine, clock, 11)
    events = engine.skip_step()
    assert kinds(events) == [EventKind.STEP_STARTED]
    assert engine.step.kind is StepKind.REST
    assert engine.remaining() == 15


def test_back_restarts_the_rep_or_goes_to_the_one_before(clock: FakeClock) -> None:
    engine = SessionEngine(program("toe-lifts"), clock)
    engine.start()
    run_for(engine, clock, 10 + 5 + 2.5)  # 2.5 s into hold 2
    engine.back()
    assert (engine.step.kind, engine.step.rep_number, engine.remaining()) == (StepKind.HOLD, 2, 3)
    clock.advance(1)
    engine.back()  # within the first 2 s: the rep before
    assert (engine.step.kind, engine.step.rep_number, engine.remaining()) == (StepKind.HOLD, 1, 3)
    assert started(run_for(engine, clock, 3)) == [engine.index]
    assert engine.step.kind is StepKind.RELEASE
    engine.back()  # during a release: back to that rep's hold
    assert (engine.step.kind, engine.step.rep_number) == (StepKind.HOLD, 1)


def test_restart_the_exercise_and_end_early(clock: FakeClock) -> None:
    engine = SessionEngine(program("band-dorsiflexion-seated", "toe-lifts"), clock)
    engine.start()
    run_for(engine, clock, 10 + 4 * 4 + 1)  # set 1, rep 5
    assert (engine.step.set_number, engine.step.rep_number) == (1, 5)
    engine.restart_exercise()
    assert (engine.step.kind, engine.step.exercise_id) == (
        StepKind.GET_READY,
        "band-dorsiflexion-seated",
    )
    run_for(engine, clock, 4)
    events = engine.end()
    assert kinds(events) == [EventKind.SESSION_DONE]
    assert events[0].ended_early
    assert engine.state is State.FINISHED
    frozen = engine.elapsed()
    clock.advance(100)
    assert engine.elapsed() == frozen
    assert engine.tick() == [] and engine.skip_step() == []


def test_session_done_after_the_last_step(clock: FakeClock) -> None:
    engine = SessionEngine(program("ice-pack"), clock)
    engine.start()
    run_for(engine, clock, 10 + 899)
    events = run_for(engine, clock, 1)
    assert kinds(events) == [
        EventKind.REP_DONE,
        EventKind.SET_DONE,
        EventKind.SIDE_DONE,
        EventKind.EXERCISE_DONE,
        EventKind.STEP_STARTED,
        EventKind.SESSION_DONE,
    ]
    assert not events[-1].ended_early
    assert engine.total_remaining() == 0


def run_with_ticks(prog: Program, gaps: list[float]) -> list[tuple[EventKind, int, float]]:
    clock = FakeClock()
    engine = SessionEngine(prog, clock)
    log = [(e.kind, e.index, e.at) for e in engine.start()]
    gap_iter = iter(gaps)
    while not engine.finished:
        clock.advance(next(gap_iter, 1.0))
        for event in engine.tick():
            assert event.at <= engine.elapsed() + 1e-9  # never reported early
            log.append((event.kind, event.index, event.at))
    return log


@settings(max_examples=150, deadline=None)
@given(gaps=st.lists(st.floats(min_value=0.0, max_value=9.9), max_size=120))
def test_any_tick_schedule_gives_the_same_boundaries(gaps: list[float]) -> None:
    # Holds of 30 s: no tick under the away limit can hide a whole one.
    prog = program("calf-stretch", "achilles-stretch")
    check_same_boundaries(prog, gaps)


@settings(max_examples=150, deadline=None)
@given(gaps=st.lists(st.floats(min_value=0.0, max_value=BLIND_SECONDS - 0.01), max_size=120))
def test_any_tick_schedule_within_the_blind_limit_gives_the_same_boundaries(
    gaps: list[float],
) -> None:
    # Holds of 3 s: a tick late by more than BLIND_SECONDS may hide one (an absence).
    check_same_boundaries(program("toe-lifts", "calf-stretch"), gaps)


def check_same_boundaries(prog: Program, gaps: list[float]) -> None:
    reference = run_with_ticks(prog, [0.5] * 1000)
    assert run_with_ticks(prog, gaps) == reference
    starts = [(index, at) for kind, index, at in reference if kind is EventKind.STEP_STARTED]
    expected, t = [], 0
    for index, step in enumerate(prog.steps):
        expected.append((index, t))
        t += step.seconds
    assert starts == expected


def test_sleep_pauses_and_marks_the_rep_interrupted(clock: FakeClock) -> None:
    engine = SessionEngine(program("toe-lifts"), clock)
    engine.start()
    run_for(engine, clock, 11)  # 1 s into hold 1
    clock.suspend(12 * 60)
    events = engine.tick()
    assert kinds(events) == [EventKind.INTERRUPTED, EventKind.PAUSED]
    assert events[0].away_seconds == pytest.approx(720)
    assert events[0].step.kind is StepKind.HOLD
    assert engine.state is State.AWAY
    clock.advance(30)  # the person reads the question
    engine.resume()  # continue: the interrupted rep starts again
    assert (engine.step.kind, engine.step.rep_number, engine.remaining()) == (StepKind.HOLD, 1, 3)


def test_a_frozen_app_pauses_at_the_last_moment_it_was_seen(clock: FakeClock) -> None:
    engine = SessionEngine(program("calf-stretch"), clock)
    engine.start()
    run_for(engine, clock, 15)
    clock.advance(75)  # no ticks for 75 s: the app was frozen
    events = engine.tick()
    assert kinds(events) == [EventKind.INTERRUPTED, EventKind.PAUSED]
    assert events[-1].away_seconds == pytest.approx(75)
    assert engine.elapsed() == pytest.approx(15)
    engine.restart_exercise()
    assert engine.step.kind is StepKind.GET_READY


def test_a_soak_that_ran_out_while_away_is_finished_not_extended(clock: FakeClock) -> None:
    engine = SessionEngine(program("epsom-salt-soak", "toe-lifts"), clock)
    engine.start()
    run_for(engine, clock, 10 + 1100)
    clock.suspend(600)
    events = engine.tick()
    assert EventKind.REP_DONE in kinds(events)
    assert EventKind.INTERRUPTED not in kinds(events)
    assert engine.state is State.AWAY
    assert (engine.step.kind, engine.step.exercise_id) == (StepKind.GET_READY, "toe-lifts")
    assert engine.elapsed() == pytest.approx(1210)


def test_a_soak_with_time_left_after_a_short_absence_keeps_its_end(clock: FakeClock) -> None:
    engine = SessionEngine(program("epsom-salt-soak"), clock)
    engine.start()
    run_for(engine, clock, 10 + 100)
    clock.suspend(60)
    assert kinds(engine.tick()) == [EventKind.PAUSED]
    engine.resume()
    assert engine.step.kind is StepKind.TIMED
    assert engine.remaining() == pytest.approx(1200 - 100 - 60)


def test_a_rep_whose_hold_was_skipped_is_not_counted(clock: FakeClock) -> None:
    engine = SessionEngine(program("toe-lifts"), clock)
    engine.start()
    run_for(engine, clock, 11)
    engine.skip_step()  # skip hold 1: the release follows, but the rep is not done
    assert EventKind.REP_DONE not in kinds(run_for(engine, clock, 2))
    assert kinds(run_for(engine, clock, 5)).count(EventKind.REP_DONE) == 1  # rep 2 counts


def test_a_saved_session_resumes_at_its_next_step(clock: FakeClock) -> None:
    engine = SessionEngine(program("toe-lifts"), clock)
    events = engine.start(from_step=11)
    assert started(events) == [11]
    assert (engine.step.kind, engine.step.rep_number, engine.remaining()) == (StepKind.HOLD, 6, 3)
    assert engine.elapsed() == 10 + 5 * 5
