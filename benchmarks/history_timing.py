"""History with ten years of daily sessions: time to open the History page and its Progress
charts, and to commit a rep.

Opening: build the page, read every session, and paint it once (median of 5, each on a
fresh view). Progress: switch that view to the charts tab, which reads the daily totals and
draws the four charts (about 3,650 points a line), and paint it once (median of 5).
Committing: one rep saved in its own transaction with synchronous=FULL, 300
times (median and 95th percentile).

Usage: python benchmarks/history_timing.py   (prints JSON results)
"""

from __future__ import annotations

import json
import shutil
import statistics
import sys
import tempfile
import time
from datetime import date, datetime
from pathlib import Path

from PySide6.QtWidgets import QApplication

YEARS_OF_DAYS = 3650
EXERCISES = ["toe-lifts", "heel-lifts", "calf-stretch"]  # about 27 reps a session


def main() -> dict[str, float]:
    sys.path.insert(0, str(Path(__file__).parent))
    from history_data import fill

    from footdrop_gui import bundled
    from footdrop_gui.core.activity import Activity
    from footdrop_gui.startup.application import create_application
    from footdrop_gui.storage.journal import Journal
    from footdrop_gui.ui.history_view import HistoryView

    app = create_application(sys.argv[:1])
    data_dir = Path(tempfile.mkdtemp(dir=Path.home()))  # the disk a person's data is on
    journal, _ = Journal.open(data_dir)
    sessions, reps = fill(journal._conn, YEARS_OF_DAYS, date(2026, 11, 24), EXERCISES, 0.0)

    opening, progress = [], []
    for _ in range(5):
        started = time.perf_counter()
        view = HistoryView(journal, bundled.catalog())
        view.resize(1280, 760)
        view.refresh()
        view.show()
        view.repaint()
        QApplication.processEvents()
        opening.append(1000 * (time.perf_counter() - started))
        started = time.perf_counter()
        view.tabs.setCurrentIndex(2)  # Progress
        view.repaint()
        QApplication.processEvents()
        progress.append(1000 * (time.perf_counter() - started))
        view.close()
        view.deleteLater()
        QApplication.processEvents()

    toe = bundled.catalog().get("toe-lifts")
    from footdrop_gui.core.program import Entry, compile_program

    program = compile_program([Entry(toe, toe.prescription)])
    session = journal.start_session("Toe lifts", program)
    commits = []
    for number in range(300):
        now = datetime.now().astimezone()
        activity = Activity(2, "rep", "toe-lifts", "both", 1, number, 5, 5.1, 3, now, now)
        started = time.perf_counter()
        journal.record(session, activity)
        commits.append(1000 * (time.perf_counter() - started))
    journal.close()
    shutil.rmtree(data_dir)
    del app
    return {
        "sessions": sessions,
        "reps": reps,
        "open_median_ms": statistics.median(opening),
        "progress_median_ms": statistics.median(progress),
        "commit_median_ms": statistics.median(commits),
        "commit_p95_ms": statistics.quantiles(commits, n=20)[-1],
    }


if __name__ == "__main__":
    print(json.dumps(main()))
