"""Copies of the app started at the same moment, as real processes taking the app's lock
(the whole app's start is tried in tests/ui/test_single_instance.py)."""

from __future__ import annotations

import select
import subprocess
import sys
from pathlib import Path

COPY = """
import sys
from pathlib import Path
from footdrop_gui.storage.instance_lock import AlreadyRunningError, InstanceLock
print("ready", flush=True)
sys.stdin.readline()  # the starting gun: both copies are loaded and waiting
try:
    lock = InstanceLock.acquire(Path(sys.argv[1]))  # what the app's start does first
except AlreadyRunningError:
    print("already open", flush=True)
    sys.exit(19)
print("running", flush=True)
sys.stdin.readline()  # runs until told to quit, holding its lock
"""


def start_together(data_dir: Path, count: int = 2) -> list[str]:
    """Start count copies, release them at once; what each said (running / already open)."""
    copies = [
        subprocess.Popen(
            [sys.executable, "-c", COPY, str(data_dir)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        for _ in range(count)
    ]
    try:
        for copy in copies:
            assert copy.stdout is not None and copy.stdout.readline().strip() == "ready"
        for copy in copies:
            assert copy.stdin is not None
            copy.stdin.write("\n")
            copy.stdin.flush()
        return [copy.stdout.readline().strip() for copy in copies if copy.stdout is not None]
    finally:
        for copy in copies:
            if copy.stdin is not None:
                copy.stdin.close()
            copy.wait(timeout=60)
            if copy.stdout is not None:
                copy.stdout.close()


def first_to_finish(
    apps: list[subprocess.Popen[str]], timeout: float
) -> tuple[subprocess.Popen[str], str]:
    """The first process to end (its stderr closes) and what it said there; waits on the
    pipes, not on a clock."""
    pipes = {app.stderr: app for app in apps if app.stderr is not None}
    said: dict[subprocess.Popen[str], str] = {app: "" for app in apps}
    while True:
        ready, _, _ = select.select(list(pipes), [], [], timeout)
        if not ready:
            raise TimeoutError("no copy finished")
        for pipe in ready:
            chunk = pipe.readline()
            app = pipes[pipe]
            if not chunk:
                app.wait(timeout=timeout)
                return app, said[app]
            said[app] += chunk
