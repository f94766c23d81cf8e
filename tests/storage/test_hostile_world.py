"""Every case of the reliability probes (tests/reliability) as a test of its own, smaller."""

from __future__ import annotations

import random
import shutil
from pathlib import Path

import pytest

from tests.reliability import probe_damaged_files, probe_full_disk, probe_hard_kills
from tests.reliability.world import small_disk


@pytest.mark.parametrize("case", probe_damaged_files.CASES)
def test_a_damaged_or_foreign_file_is_opened_or_kept_byte_for_byte(
    data_dir: Path, case: str
) -> None:
    probe_damaged_files.CASES[case](data_dir, random.Random(case))
    assert probe_damaged_files.window_start(data_dir) is None


@pytest.mark.parametrize("case", ["header then random", "truncated 0", "a foreign -wal", "text"])
def test_export_of_a_damaged_or_foreign_file_moves_nothing(
    data_dir: Path, tmp_path: Path, case: str
) -> None:
    probe_damaged_files.CASES[case](data_dir, random.Random(case))
    assert probe_damaged_files.command_line(data_dir) is None


def test_hard_kills_at_any_moment_lose_no_committed_rep(data_dir: Path) -> None:
    expected: dict[int, int] = {}
    for kill_after in (0, 1, 4, None, 2):
        committed, problems = probe_hard_kills.run_once(data_dir, kill_after)
        assert problems == []
        expected.update(committed)
        found = probe_hard_kills.saved(data_dir)
        assert all(found.get(session, 0) >= count for session, count in expected.items())
    assert not (data_dir / "set-aside").exists()


def test_a_session_that_fills_the_disk_loses_no_committed_rep(tmp_path: Path) -> None:
    with small_disk(600) as disk:
        if disk is not None:
            assert probe_full_disk.round_on_tmpfs(disk, 1) == []
            return
    folder = tmp_path / "limited"
    folder.mkdir()
    assert probe_full_disk.round_with_limit(folder, 1) == []
    shutil.rmtree(folder)
