"""How to run this installed copy of footdrop again: from a timer, at login, or "Start now".

The command must name the copy that is installed (the frozen bundle's program, or the
`footdrop` script of this Python environment), so a reminder opens the same app.
"""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

from PySide6.QtCore import QProcess

from footdrop_gui.storage.paths import default_data_dir


def footdrop_command() -> list[str]:
    """The program (an absolute path) and any arguments that run this copy of footdrop."""
    if getattr(sys, "frozen", False):
        return [str(Path(sys.executable).resolve())]
    script = Path(sys.argv[0]).resolve() if sys.argv and sys.argv[0] else None
    if script is not None and script.name == "footdrop" and script.is_file():
        return [str(script)]
    beside = Path(sys.executable).with_name("footdrop")  # a venv's or pip's script
    if beside.is_file():
        return [str(beside)]
    found = shutil.which("footdrop")
    if found:
        return [str(Path(found).resolve())]
    return [str(Path(sys.executable).resolve()), "-m", "footdrop_gui"]


def data_dir_args(data_dir: Path) -> list[str]:
    """--data-dir for a folder other than the usual one, so the reminder reads the same history."""
    return [] if data_dir == default_data_dir() else ["--data-dir", str(data_dir)]


def start_daily_routine(data_dir: Path) -> bool:
    """Open the app (a process of its own) and start the daily routine in it."""
    program, *args = footdrop_command()
    started, _pid = QProcess.startDetached(
        program, [*args, *data_dir_args(data_dir), "--start", "daily"]
    )
    return bool(started)
