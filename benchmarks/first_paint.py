"""Time from process start to the first paint: the app (sound and speech on) vs a bare window.

Each run is a fresh process. The parent notes CLOCK_MONOTONIC (system-wide on Linux) just
before starting it; the child writes the same clock at its first paint event (and, for the
app, when the exercise list is first painted) and exits. Median of several runs each, app
and bare window alternating so load affects both alike, after one unmeasured run of each so
that both read their files from the page cache (as benchmarks/bundle_size.py does).

The app runs as someone who has used it before (safety notice acknowledged) would start it:
no --data-dir, its folder found the usual way (XDG_DATA_HOME points into a temporary folder).
The package is byte-compiled first, as an installed copy is: this machine sets
PYTHONDONTWRITEBYTECODE, and an editable install would otherwise compile every module on
every start, which no user's install does.

Usage: python benchmarks/first_paint.py   (prints JSON results)
"""

from __future__ import annotations

import compileall
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RUNS = 9
PROBE = Path(__file__).with_name("first_paint_probe.py")
PACKAGE = Path(__file__).resolve().parent.parent / "footdrop_gui"


def one_run(kind: str) -> dict[str, float]:
    with tempfile.TemporaryDirectory() as folder:
        data_dir = Path(folder) / "footdrop"
        data_dir.mkdir()
        (data_dir / "settings.ini").write_text(
            "[safety]\nacknowledged_version=1\n[you]\naffected_side=left\n"
        )
        marker = Path(folder) / "painted"
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
        return {moment: 1000 * (at - started) for moment, at in painted.items()}


def main() -> dict[str, float]:
    compileall.compile_dir(PACKAGE, quiet=1)
    one_run("app"), one_run("bare")  # warm the page cache; not measured
    app, bare = [], []
    for _ in range(RUNS):
        app.append(one_run("app"))
        bare.append(one_run("bare"))
    return {
        "app_ms": statistics.median(run["first"] for run in app),
        "library_ms": statistics.median(run["library"] for run in app),
        "bare_ms": statistics.median(run["first"] for run in bare),
    }


if __name__ == "__main__":
    print(json.dumps(main()))
