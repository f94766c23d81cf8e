"""Routine files from a hostile world: every one is refused calmly with its reason (or read),
never a hang, a traceback or a whole huge value echoed back; saving fails with words too."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest

from footdrop_gui import bundled, commands
from footdrop_gui.core.routine import UNSAVED, Routine, default_entry
from footdrop_gui.core.routine_file import routine_to_file
from footdrop_gui.storage.routine_files import (
    RoutineFileError,
    read_routine_file,
    save_routine_file,
)
from tests.hostile_files import CASES, GOOD_TEXT, LONGEST_QUOTE, Case

CATALOG = bundled.catalog()


def plan(path: Path) -> tuple[int, str]:
    """`footdrop plan FILE` in this process: its exit code and what it printed on stderr."""
    out, err = io.StringIO(), io.StringIO()
    code = commands.print_plan([str(path)], as_json=False, out=out, err=err)
    return code, err.getvalue()


@pytest.mark.parametrize("case", CASES, ids=[c.label for c in CASES])
def test_each_hostile_file_is_refused_in_one_calm_line(case: Case, tmp_path: Path) -> None:
    path = case.make(tmp_path)
    code, said = plan(path)
    if case.words is None:
        assert (code, said) == (0, "")
        return
    assert code == 2
    assert said.startswith("footdrop: ") and said.endswith("\n") and said.count("\n") == 1
    assert case.words in said
    assert len(said) < 2 * LONGEST_QUOTE + 200  # the place and reason, never the whole value
    said.encode("utf-8")  # printable anywhere: no lone surrogate left in the message


def test_a_utf8_mark_is_read_as_if_it_were_not_there(tmp_path: Path) -> None:
    path = tmp_path / "r.json"
    path.write_bytes(b"\xef\xbb\xbf" + GOOD_TEXT.encode())
    assert read_routine_file(path) == GOOD_TEXT


def test_a_named_pipe_on_the_command_line_returns_at_once(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.json")
    done = subprocess.run(
        [sys.executable, "-m", "footdrop_gui", "plan", str(tmp_path / "pipe.json")],
        capture_output=True, text=True, timeout=30, check=False,
    )  # fmt: skip
    assert (done.returncode, done.stderr) == (2, "footdrop: pipe.json is a named pipe, "
                                                  "not a routine file.\n")  # fmt: skip


def routine(name: str) -> Routine:
    return Routine(UNSAVED, name, "", (default_entry(CATALOG.get("toe-lifts")),))


def test_saving_writes_the_whole_file_or_says_why_not(tmp_path: Path) -> None:
    target = tmp_path / "mine.json"
    save_routine_file(routine_to_file(routine("Mine"), CATALOG), target)
    assert read_routine_file(target) == routine_to_file(routine("Mine"), CATALOG)
    with pytest.raises(RoutineFileError, match="broken character"):
        save_routine_file(routine_to_file(routine("Mine \ud800"), CATALOG), target)
    assert "Mine" in target.read_text()  # the file already there is left whole
    os.mkfifo(tmp_path / "pipe.json")
    with pytest.raises(RoutineFileError, match="is a named pipe"):
        save_routine_file("{}", tmp_path / "pipe.json")
    with pytest.raises(RoutineFileError, match=r"folder to save .* does not exist"):
        save_routine_file("{}", tmp_path / "missing" / "x.json")
    with pytest.raises(RoutineFileError, match="is a device"):
        save_routine_file("{}", Path("/dev/null"))
    assert sorted(p.name for p in tmp_path.iterdir()) == ["mine.json", "pipe.json"]
