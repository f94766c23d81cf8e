"""Time from process start to the first paint: the app (sound and speech on) vs a bare window.

Each run is a fresh process. The parent notes CLOCK_MONOTONIC (system-wide on Linux) just
before starting it; the child writes the same clock at the end of its first painted frame
(and, for the app, when the exercise list can be clicked: painted with its rows, enabled,
nothing in front) and exits. Median of several runs each, the app, a bare window and the
library's widgets alone (no app code: benchmarks/library_widgets.py) taking turns so load
affects all alike, after one unmeasured run of each so that all read their files from the
page cache (as benchmarks/bundle_size.py does).

The app runs as someone who has used it before would start it: safety notice acknowledged,
one data folder for every run (so the unmeasured first run leaves what a first start leaves,
such as the drawn thumbnails), no --data-dir, its folder found the usual way (XDG_DATA_HOME
points into a temporary folder). With --history-years N that folder holds N years of daily
sessions (benchmarks/history_data.py) before the first run.
The package is byte-compiled first, as an installed copy is: this machine sets
PYTHONDONTWRITEBYTECODE, and an editable install would otherwise compile every module on
every start, which no user's install does.

Usage: python benchmarks/first_paint.py [--history-years N]   (prints JSON results)
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

RUNS = 9
PROBE = Path(__file__).with_name("first_paint_probe.py")
PACKAGE = Path(__file__).resolve().parent.parent / "footdrop_gui"
# The app; a bare window (the baseline); the library's widgets with no app behind them (a
# reference: what Qt alone costs for that screen, benchmarks/library_widgets.py).
KINDS = ("app", "bare", "widgets")


def one_run(kind: str, folder: str) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as scratch:
        marker = Path(scratch) / "painted"
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
            "XDG_DATA_HOME": folder,
        }
        env.pop("FOOTDROP_DATA_DIR", None)
        started = time.monotonic()  # CLOCK_MONOTONIC: the same clock in every process
        subprocess.run(
            [sys.executable, str(PROBE), kind, str(marker)], env=env, check=True, timeout=60
        )
        painted = json.loads(marker.read_text())
        times = {
            moment: 1000 * (at - started) for moment, at in painted.items() if moment != "rss_kib"
        }
        return {**times, "rss_mib": painted["rss_kib"] / 1024}


def prepared_folder(folder: str, history_years: int) -> None:
    """A data folder as someone who has used the app leaves it: the notice read, a foot
    chosen, and with history_years of daily sessions."""
    data_dir = Path(folder) / "footdrop"
    data_dir.mkdir(mode=0o700)
    (data_dir / "settings.ini").write_text(
        "[safety]\nacknowledged_version=1\n[you]\naffected_side=left\n"
    )
    if history_years:
        sys.path.insert(0, str(Path(__file__).parent))
        from history_data import fill

        from footdrop_gui.storage.journal import Journal

        journal, _ = Journal.open(data_dir)
        exercises = ["toe-lifts", "heel-lifts", "calf-stretch"]
        fill(journal.connection, 365 * history_years, date.today(), exercises)
        journal.close()


def main(history_years: int = 0) -> dict[str, float]:
    compileall.compile_dir(PACKAGE, quiet=1)
    with tempfile.TemporaryDirectory() as folder:
        prepared_folder(folder, history_years)
        for kind in KINDS:  # warm the page cache; not measured
            one_run(kind, folder)
        runs: dict[str, list[dict[str, float]]] = {kind: [] for kind in KINDS}
        for _ in range(RUNS):
            for kind in KINDS:
                runs[kind].append(one_run(kind, folder))
    app, bare, widgets = runs["app"], runs["bare"], runs["widgets"]
    return {
        "app_ms": statistics.median(run["first"] for run in app),
        "library_ms": statistics.median(run["library"] for run in app),
        "bare_ms": statistics.median(run["first"] for run in bare),
        "widgets_ms": statistics.median(run["library"] for run in widgets),
        "app_rss_mib": statistics.median(run["rss_mib"] for run in app),
        "load_average": os.getloadavg()[0],
    }


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--history-years", type=int, default=0)
    print(json.dumps(main(parser.parse_args().history_years)))
