"""Only one copy of the app may use a data folder, so the history has one writer."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from footdrop_gui.app import AlreadyRunningError, hold_single_instance


def test_a_second_copy_is_told_the_app_is_already_open(qapp: QApplication, data_dir: Path) -> None:
    first = hold_single_instance(data_dir)
    with pytest.raises(AlreadyRunningError, match="already open"):
        hold_single_instance(data_dir)
    first.unlock()
    again = hold_single_instance(data_dir)  # free once the first copy has gone
    again.unlock()


CRASHING_COPY = """
import os, sys
from pathlib import Path
from footdrop_gui.app import hold_single_instance
lock = hold_single_instance(Path(sys.argv[1]))  # held until the crash
os._exit(9)  # dies without releasing the lock, as a crash would
"""


def test_a_lock_left_by_a_crash_is_taken_over(qapp: QApplication, data_dir: Path) -> None:
    subprocess.run([sys.executable, "-c", CRASHING_COPY, str(data_dir)], check=False, timeout=60)
    assert (data_dir / "app.lock").exists()
    lock = hold_single_instance(data_dir)
    assert lock.isLocked()
    lock.unlock()
