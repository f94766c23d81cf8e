"""Time the person was away is never counted as exercise (engine, history and summary agree)."""

from __future__ import annotations

from datetime import datetime

import pytest

from footdrop_gui import bundled
from footdrop_gui.core.activity import Activity, ActivityLog
from footdrop_gui.core.engine import Event, SessionEngine, State
from footdrop_gui.core.program import Entry, Program, compile_program
from footdrop_gui.core.summary import SessionTally
from tests.helpers.fake_clock import FakeClock

CATALOG = bundled.catalog()


def program(exercise_id: str) -> Program:
    exercise = CATALOG.get(exercise_id)
    return compile_program([Entry(exercise, exercise.prescription)])


class Followed:
    """A session with what the history saves and what the summary shows, side by side."""

    def __init__(self, exercise_id: str) -> None:
        self.clock = FakeClock()
        self.program = program(exercise_id)
        self.engine = SessionEngine(self.program, self.clock)
        self.log = ActivityLog(self.program, self.clock, wall=lambda: datetime(2026, 11, 29))
        self.tally = SessionTally(self.program)
        self.saved: list[Activity] = []
        self._follow(self.engine.start())

    def _follow(self, events: list[Event]) -> None:
        for event in events:
            self.tally.record(event)
        self.saved += self.log.on_events(events)

    def run(self, seconds: float) -> None:
        """Time passes with a tick every second, as the session screen does."""
        while seconds > 0:
            step = min(1.0, seconds)
            self.clock.advance(step)
            seconds -= step
            self._follow(self.engine.tick())

    def freeze(self, seconds: float) -> None:
        """The app is frozen: no tick for this long, then one."""
        self.clock.advance(seconds)
        self._follow(self.engine.tick())

    def resume(self) -> None:
        self._follow(self.engine.resume())

    def held_in_history(self) -> float:
        return sum(a.hold_seconds for a in self.saved if a.kind != "set" and not a.interrupted)

    def held_in_summary(self) -> int:
        return sum(row.hold_seconds for row in self.tally.rows())


def test_a_long_freeze_in_a_hold_is_not_saved_as_time_taken() -> None:
    session = Followed("calf-stretch")
    session.run(10 + 1)  # 1 s into the first 30 s hold
    session.freeze(40)
    assert session.engine.state is State.AWAY
    (interrupted,) = session.saved
    assert interrupted.interrupted
    assert interrupted.actual_seconds == pytest.approx(1)  # not 41: the 40 s away are left out
    assert interrupted.hold_seconds == 0
    assert session.held_in_history() == session.held_in_summary() == 0


def test_after_an_absence_the_redone_hold_counts_its_own_time() -> None:
    session = Followed("calf-stretch")
    session.run(10 + 1)
    session.freeze(40)
    session.resume()  # the hold starts again
    session.run(30)
    done = [a for a in session.saved if a.kind != "set" and not a.interrupted]
    assert [(a.rep_number, a.actual_seconds, a.hold_seconds) for a in done] == [(1, 30, 30)]
    assert session.held_in_history() == session.held_in_summary() == 30


def test_a_freeze_just_under_the_away_limit_credits_no_hold_it_did_not_see() -> None:
    session = Followed("toe-lifts")  # holds of 3 s, lowered for 2 s
    session.run(10 + 1)  # 1 s into the first hold
    session.freeze(9.9)  # under the 10 s limit, but the whole second hold went by unseen
    assert session.engine.state is State.AWAY
    assert session.held_in_history() == session.held_in_summary() == 0
    session.resume()
    assert (session.engine.step.rep_number, session.engine.remaining()) == (1, 3)


def test_a_short_stall_inside_a_long_hold_is_no_absence() -> None:
    session = Followed("calf-stretch")
    session.run(10 + 5)
    session.freeze(9)  # the app saw the hold start and sees it still going: it was held
    assert session.engine.state is State.RUNNING
    session.run(16)
    assert session.held_in_history() == session.held_in_summary() == 30


def test_a_late_tick_that_sees_part_of_each_hold_is_no_absence() -> None:
    session = Followed("toe-lifts")
    session.run(10 + 2)  # 2 s into hold 1
    session.freeze(4)  # ends 1 s into hold 2: both holds were seen
    assert session.engine.state is State.RUNNING
    assert session.held_in_summary() == session.held_in_history() == 3


def test_a_set_does_not_count_the_time_away_either() -> None:
    session = Followed("band-dorsiflexion-seated")
    session.run(10 + 2)
    session.freeze(60)
    session.resume()
    session.run(4 * 10)  # the set's ten reps
    (done_set,) = [a for a in session.saved if a.kind == "set"]
    assert done_set.actual_seconds == pytest.approx(2 + 40)
