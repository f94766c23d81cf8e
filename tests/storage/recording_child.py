"""A real process that runs a toe-lift session on a fake clock and saves every rep, for the
tests and probes that kill it: `python -m tests.storage.recording_child DATA_DIR [--pause]`.

It prints "opened NOTICE?" once, then "SESSION SAVED" after each committed rep, and "closed"
after a clean end. With --pause it waits for a line on stdin after each rep, so the parent
can kill it exactly between two reps.
"""

from __future__ import annotations

import sys
from pathlib import Path

from footdrop_gui import bundled
from footdrop_gui.core.activity import ActivityLog
from footdrop_gui.core.engine import SessionEngine
from footdrop_gui.core.program import Entry, compile_program
from footdrop_gui.storage.journal import Journal
from tests.helpers.fake_clock import FakeClock


def main(data_dir: Path, pause: bool) -> None:
    journal, notice = Journal.open(data_dir)
    print("opened", notice is not None, flush=True)
    exercise = bundled.catalog().get("toe-lifts")
    program = compile_program([Entry(exercise, exercise.prescription)])
    clock = FakeClock()
    engine, log = SessionEngine(program, clock), ActivityLog(program, clock)
    session = journal.start_session("Toe lifts", program)
    engine.start()
    saved = 0
    while not engine.finished:
        clock.advance(1)
        for activity in log.on_events(engine.tick()):
            journal.record(session, activity)
            saved += 1
            print(session, saved, flush=True)
            if pause:
                sys.stdin.readline()
    journal.end_session(session, ended_early=False)
    journal.close()
    print("closed", flush=True)


if __name__ == "__main__":
    main(Path(sys.argv[1]), "--pause" in sys.argv[2:])
