"""Time from process start to the first paint: the app (sound and speech on) vs a bare window.

Each run is a fresh process. The parent notes CLOCK_MONOTONIC (system-wide on Linux) just
before starting it; the child writes the same clock at its first paint event and exits.
Median of several runs each, app and bare window alternating so load affects both alike.

Usage: python benchmarks/first_paint.py   (prints JSON results)
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RUNS = 7
PROBE = Path(__file__).with_name("first_paint_probe.py")


def one_run(kind: str) -> float:
    with tempfile.TemporaryDirectory() as folder:
        data_dir = Path(folder) / "data"
        data_dir.mkdir()
        (data_dir / "settings.ini").write_text(
            "[safety]\nacknowledged_version=1\n[you]\naffected_side=left\n"
        )
        marker = Path(folder) / "painted"
        env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
        started = time.monotonic()  # CLOCK_MONOTONIC: the same clock in every process
        subprocess.run(
            [sys.executable, str(PROBE), kind, str(data_dir), str(marker)],
            env=env,
            check=True,
            timeout=60,
        )
        return 1000 * (float(marker.read_text()) - started)


def main() -> dict[str, float]:
    app, bare = [], []
    for _ in range(RUNS):
        app.append(one_run("app"))
        bare.append(one_run("bare"))
    return {"app_ms": statistics.median(app), "bare_ms": statistics.median(bare)}


if __name__ == "__main__":
    print(json.dumps(main()))
