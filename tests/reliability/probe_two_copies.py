"""Two copies of the app started together, 50 times: exactly one runs, the other says the app
is already open; a lock file left empty, garbage or by a killed copy never locks anyone out.

Each copy is a real process taking the lock the app's start takes (InstanceLock), released
at the same moment; every fifth round starts with an
untrustworthy lock file, and every tenth with the lock file of a copy that was killed.
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from tests.reliability.copies import start_together

NAME = "two copies started together"
ROUNDS = 50
KILLED_COPY = """
import os, sys
from pathlib import Path
from footdrop_gui.storage.instance_lock import InstanceLock
InstanceLock.acquire(Path(sys.argv[1]))
os._exit(9)
"""


def probe() -> tuple[int, int, list[str]]:
    failures: list[str] = []
    held = 0
    with tempfile.TemporaryDirectory(prefix="footdrop-copies-") as temp:
        folder = Path(temp)
        for number in range(ROUNDS):
            if number % 10 == 9:
                subprocess.run([sys.executable, "-c", KILLED_COPY, temp], check=False, timeout=60)
            elif number % 5 == 4:
                (folder / "app.lock").write_bytes(b"" if number % 2 else b"\xff garbage 12345\n")
            try:
                said = sorted(start_together(folder))
            except Exception as exc:
                failures.append(f"round {number + 1}: {exc!r}")
                continue
            if said == ["already open", "running"]:
                held += 1
            else:
                failures.append(f"round {number + 1}: the copies said {said}")
    return ROUNDS, held, failures
