"""`footdrop --self-test` as the installed app runs it, here from source: a real process."""

from __future__ import annotations

import os
import subprocess
import sys


def self_test(env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "footdrop_gui", "--self-test"],
        capture_output=True,
        text=True,
        timeout=90,
        check=False,
        env=env,
    )


def test_self_test_passes_offscreen_and_reports_each_check() -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    done = self_test(env)
    assert done.returncode == 0, done.stdout + done.stderr
    lines = done.stdout.splitlines()
    assert lines[-1] == "self-test passed"
    checks = {line.split()[1].rstrip(":") for line in lines if line.startswith("  ")}
    for check in ("app", "icon", "catalog", "illustrations", "sounds", "window", "session"):
        assert check in checks, done.stdout
    assert "history" in checks and "speech" in checks, done.stdout
    assert "FAIL" not in done.stdout
    session = next(line for line in lines if line.split()[1] == "session:")
    assert "the journal saved it (1 rep, 3 s held, finished)" in session


def test_self_test_without_a_display_chooses_offscreen_itself() -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    env.pop("QT_QPA_PLATFORM", None)
    done = self_test(env)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "Qt platform offscreen (no display found)" in done.stdout
