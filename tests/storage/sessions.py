"""Helpers that run sessions with a fake clock and save them, as the app does."""

from __future__ import annotations

from datetime import datetime

from footdrop_gui import bundled
from footdrop_gui.core.activity import ActivityLog
from footdrop_gui.core.engine import SessionEngine
from footdrop_gui.core.program import Entry, Program, compile_program
from footdrop_gui.storage.journal import Journal
from tests.helpers.fake_clock import FakeClock

CATALOG = bundled.catalog()


def program(exercise_id: str) -> Program:
    exercise = CATALOG.get(exercise_id)
    return compile_program([Entry(exercise, exercise.prescription)])


def run_session(journal: Journal, prog: Program, seconds: float, end: bool = True) -> int:
    """Follow a session with a fake clock, saving each activity as the app does."""
    clock = FakeClock()
    engine = SessionEngine(prog, clock)
    log = ActivityLog(prog, clock, wall=lambda: datetime(2026, 11, 20, 9, 0))
    session = journal.start_session(prog.entries[0].exercise.name, prog)
    engine.start()
    while seconds > 0 and not engine.finished:
        clock.advance(1)
        seconds -= 1
        for activity in log.on_events(engine.tick()):
            journal.record(session, activity)
    if end:
        journal.end_session(session, ended_early=not engine.finished)
    return session
