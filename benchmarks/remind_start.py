"""`footdrop remind --dry-run`, start to exit, from a warm cache: the work a reminder timer
starts several times a day, so it must stay light (QtCore only, no window, no widgets).

The data folder has reminders on and one due, so the run reads the history, the settings and
the daily routine's length: the slowest path. Prints one JSON line: the median in ms.
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RUNS = 15


def main() -> int:
    with tempfile.TemporaryDirectory(prefix="footdrop-bench-") as folder:
        data_dir = Path(folder)
        (data_dir / "settings.ini").write_text("[reminders]\nenabled=true\ntimes=00:00\n")
        command = [sys.executable, "-m", "footdrop_gui", "--data-dir", folder, "remind"]
        subprocess.run([*command, "--dry-run"], check=True, capture_output=True)  # warm up
        times = []
        for _ in range(RUNS):
            start = time.perf_counter()
            subprocess.run([*command, "--dry-run"], check=True, capture_output=True)
            times.append((time.perf_counter() - start) * 1000)
    print(json.dumps({"median_ms": statistics.median(times), "min_ms": min(times)}))
    return 0


if __name__ == "__main__":
    sys.exit(main())
