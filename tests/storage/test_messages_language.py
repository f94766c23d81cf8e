"""What storage tells the person, in another language: each message a dialog or the command
line shows goes through the translator whole (a pseudo-language wraps every sentence, so a
bare English word is a sentence that was missed), with the paths filled in."""

from __future__ import annotations

from pathlib import Path

import pytest

from footdrop_gui.storage.backups import Kind, RestoreError, restore
from footdrop_gui.storage.db import HISTORY_FILE, open_store
from footdrop_gui.storage.errors import HistoryOpenError, HistoryWriteError, OpenProblem
from footdrop_gui.storage.export import ExportError, replacing
from footdrop_gui.storage.paths import DataDirError, ensure_data_dir
from footdrop_gui.storage.routine_files import (
    RoutineFileError,
    read_routine_file,
    save_routine_file,
)
from tests.helpers.pseudo_words import pseudo_language, untranslated
from tests.hostile_files import CASES

PATH = Path("/home/someone/.local/share/footdrop/history.sqlite3")


@pytest.mark.parametrize("kind", list(OpenProblem), ids=[k.name for k in OpenProblem])
def test_each_open_and_write_problem_is_said_in_the_language(kind: OpenProblem) -> None:
    with pseudo_language():
        opening = str(HistoryOpenError(kind, PATH))
        writing = str(HistoryWriteError(kind, PATH))
        short = kind.short_words
    for words in (opening, writing, short):
        assert words.startswith("[[") and untranslated(words, str(PATH)) == "", words
    assert "{" not in opening + writing  # the placeholders were filled after translating


def test_each_kind_of_backup_is_named_in_the_language() -> None:
    with pseudo_language():
        named = [kind.words for kind in Kind]
    assert named == [f"[[{kind.value}]]" for kind in Kind]


def test_a_damaged_history_set_aside_is_told_in_the_language(data_dir: Path) -> None:
    (data_dir / HISTORY_FILE).write_bytes(b"not a history" * 500)
    with pseudo_language():
        opened = open_store(data_dir, repair=True)
    opened.conn.close()
    (notice,) = opened.notices
    assert notice.startswith("[[Your exercise history file was damaged")
    assert untranslated(notice, str(data_dir)) == ""


def test_restoring_a_file_that_is_not_a_history_is_refused_in_the_language(
    data_dir: Path, tmp_path: Path
) -> None:
    other = tmp_path / "notes.sqlite3"
    other.write_bytes(b"not a history")
    opened = open_store(data_dir)
    try:
        with pseudo_language(), pytest.raises(RestoreError) as refused:
            restore(opened.conn, data_dir, other)
    finally:
        opened.conn.close()
    assert untranslated(str(refused.value), "notes.sqlite3") == ""


def test_routine_files_are_refused_in_the_language(tmp_path: Path) -> None:
    refused = 0
    for number, case in enumerate(CASES):
        folder = tmp_path / str(number)
        folder.mkdir()
        path = case.make(folder)
        try:
            with pseudo_language():
                read_routine_file(path)
        except RoutineFileError as exc:
            refused += 1
            assert untranslated(str(exc), path.name) == "", (case.label, str(exc))
    assert refused >= 5  # folders, pipes, devices, huge files, other encodings
    with pseudo_language(), pytest.raises(RoutineFileError) as saving:
        save_routine_file("{}", tmp_path / "no-folder" / "mine.json")
    assert untranslated(str(saving.value), "mine.json") == ""


def test_export_and_data_folder_problems_are_said_in_the_language(tmp_path: Path) -> None:
    a_file = tmp_path / "a-file"
    a_file.write_text("")
    with pseudo_language():
        with pytest.raises(ExportError) as into_a_folder, replacing(tmp_path):
            pass
        with pytest.raises(ExportError) as nowhere, replacing(tmp_path / "gone" / "x.csv"):
            pass
        with pytest.raises(DataDirError) as not_a_folder:
            ensure_data_dir(a_file)
    for problem in (into_a_folder, nowhere, not_a_folder):
        assert untranslated(str(problem.value), str(tmp_path)) == "", str(problem.value)
