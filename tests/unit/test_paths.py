"""Where the data folder is, and that it is created private to the user."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from footdrop_gui.storage.paths import (
    DataDirError,
    default_data_dir,
    ensure_data_dir,
    resolve_data_dir,
)


def test_flag_beats_environment_beats_default(tmp_path: Path) -> None:
    env = {"FOOTDROP_DATA_DIR": str(tmp_path / "env")}
    assert resolve_data_dir(str(tmp_path / "flag"), env) == tmp_path / "flag"
    assert resolve_data_dir(None, env) == tmp_path / "env"
    assert resolve_data_dir(None, {}) == default_data_dir()
    assert default_data_dir().name == "footdrop"


def test_new_folder_is_private(tmp_path: Path) -> None:
    folder = ensure_data_dir(tmp_path / "deep" / "footdrop")
    assert folder.is_dir()
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700


def test_a_file_in_the_way_is_explained(tmp_path: Path) -> None:
    blocker = tmp_path / "taken"
    blocker.write_text("not a folder")
    with pytest.raises(DataDirError, match="is a file, not a folder"):
        ensure_data_dir(blocker)


def test_a_place_that_cannot_hold_a_folder_is_explained(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("x")
    with pytest.raises(DataDirError, match=r"could not be created.*--data-dir"):
        ensure_data_dir(tmp_path / "file" / "sub")
