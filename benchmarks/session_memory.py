"""Resident memory over a long session: after its first minute, and after thirty.

The real main window runs the daily routine (with toe lifts added until it lasts at least
thirty minutes) on a FakeClock moved ahead STEP seconds at a time, each step shown and
painted as the session screen would (the drawing moves, countdowns change, reps are saved
to the history, the coach plans its cues), so half an hour takes a minute or two. Sound and
speech engines are not started (no audio device is needed). VmRSS is read after a garbage
collection at one minute of session time and when thirty minutes have passed; growth
(last / first) above 1.10 means something is kept that should not be.

Usage: python benchmarks/session_memory.py   (prints JSON results)
"""

from __future__ import annotations

import gc
import json
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
STEP = 0.2  # seconds of session time per shown frame (the drawing moves at 12.5 frames/s)
FIRST, LAST = 60.0, 30 * 60.0


def vm_rss_mib() -> float:
    gc.collect()
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise RuntimeError("no VmRSS in /proc/self/status")


def main() -> dict[str, float]:
    sys.path.insert(0, str(ROOT))
    from PySide6.QtWidgets import QApplication

    from footdrop_gui import bundled
    from footdrop_gui.core.program import Entry, compile_program
    from footdrop_gui.startup.application import create_application
    from footdrop_gui.storage.journal import Journal
    from footdrop_gui.ui.main_window import MainWindow
    from footdrop_gui.ui.settings import AppSettings
    from footdrop_gui.ui.side_question import side_for
    from tests.helpers.fake_clock import FakeClock

    app = create_application(sys.argv[:1])
    catalog = bundled.catalog()
    with tempfile.TemporaryDirectory() as folder:
        data_dir = Path(folder)
        settings = AppSettings(data_dir)
        settings.acknowledge_safety()
        settings.affected_side = "left"
        journal, _ = Journal.open(data_dir)
        clock = FakeClock()
        window = MainWindow(catalog, bundled.routines(), settings, data_dir, journal, clock)
        window.resize(1280, 800)
        window.show()
        QApplication.processEvents()
        routine = window.daily_routine()
        entries = routine.program_entries(catalog)
        toe = catalog.get("toe-lifts")
        side = side_for(settings.affected_side)
        while compile_program(entries, side).total_seconds < LAST + 60:
            entries.append(Entry(toe, toe.prescription))
        window.runner.start(routine.name, entries)
        elapsed, first = 0.0, 0.0
        while elapsed < LAST:
            clock.advance(STEP)
            elapsed += STEP
            session = window.session
            assert session is not None, "the session ended before thirty minutes"
            session.refresh()
            QApplication.processEvents()  # painted, and anything deleteLater()'d goes
            if first == 0.0 and elapsed >= FIRST:
                first = vm_rss_mib()
        last = vm_rss_mib()
        reps = journal.connection.execute("SELECT COUNT(*) FROM activities").fetchone()[0]
        journal.close()
    del app
    return {"first_minute_mib": first, "thirty_minutes_mib": last, "saved_rows": reps}


if __name__ == "__main__":
    print(json.dumps(main()))
