"""The therapist's report from ten years of daily sessions: time from reading the history to
a PDF on disk, for the usual period (since the last visit), median of 5.

Usage: python benchmarks/report_timing.py [--whole]   (prints JSON; --whole: all ten years)
"""

from __future__ import annotations

import json
import shutil
import statistics
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

YEARS_OF_DAYS = 3650
EXERCISES = ["toe-lifts", "heel-lifts", "calf-stretch"]  # as the History bench


def main(whole: bool) -> dict[str, float]:
    sys.path.insert(0, str(Path(__file__).parent))
    from history_data import fill

    from footdrop_gui.storage.journal import Journal
    from footdrop_gui.ui.report.command import ensure_app, save_report

    app = ensure_app()
    data_dir = Path(tempfile.mkdtemp(dir=Path.home()))  # the disk a person's data is on
    journal, _ = Journal.open(data_dir)
    today = date.today()
    sessions, _ = fill(journal.connection, YEARS_OF_DAYS, today, EXERCISES)
    period = (today - timedelta(days=YEARS_OF_DAYS - 1), today) if whole else (None, None)
    times, pages = [], 0
    for number in range(5):
        started = time.perf_counter()
        pages = save_report(journal, data_dir, data_dir / f"report-{number}.pdf", period, today)
        times.append(1000 * (time.perf_counter() - started))
    journal.close()
    shutil.rmtree(data_dir)
    del app
    return {"sessions": sessions, "pages": pages, "median_ms": statistics.median(times)}


if __name__ == "__main__":
    print(json.dumps(main("--whole" in sys.argv[1:])))
