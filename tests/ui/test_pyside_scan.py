"""PySide's scan of every later import (it reads each module's source) is off in the app and
in the commands: about 20 ms of each start-up."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

# Imports a small module that names PySide6, after the given set-up, and prints how many
# source files were read for it (PySide's scan reads them through inspect.getsource).
COUNT_READS = """
import inspect, sys
{setup}
reads = []
real = inspect.getsource
inspect.getsource = lambda module: reads.append(module.__name__) or real(module)
sys.path.insert(0, {folder!r})
import names_pyside
print(reads.count("names_pyside"))
"""


def source_reads(setup: str, folder: Path) -> int:
    (folder / "names_pyside.py").write_text("import PySide6.QtCore\n")
    script = textwrap.dedent(COUNT_READS).format(setup=setup, folder=str(folder))
    done = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=60
    )
    return int(done.stdout.split()[-1])


def test_pyside_reads_every_later_import_unless_told_not_to(tmp_path: Path) -> None:
    """The scan exists (this PySide6 would read the module) and the skip stops it."""
    assert source_reads("import PySide6.QtCore", tmp_path) == 1
    skipped = "from footdrop_gui.pyside_scan import skip_feature_scan\nskip_feature_scan()"
    assert source_reads(skipped, tmp_path) == 0


@pytest.mark.parametrize(
    "setup",
    [
        "import footdrop_gui.startup",  # the window's start-up
        "from footdrop_gui.__main__ import main\nmain(['exercises', '--json'])",  # a command
    ],
)
def test_the_app_and_its_commands_start_without_the_scan(setup: str, tmp_path: Path) -> None:
    assert source_reads(setup, tmp_path) == 0
