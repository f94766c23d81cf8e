"""The CSV export matches the database, and a failed export leaves nothing half-written."""

from __future__ import annotations

import csv
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from footdrop_gui.storage.export import COLUMNS, ExportError
from footdrop_gui.storage.journal import Journal, Rating
from tests.storage.sessions import program, run_session


def read(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def test_export_matches_the_database(journal: Journal, tmp_path: Path) -> None:
    first = run_session(journal, program("calf-stretch"), 200)
    second = run_session(journal, program("toe-lifts"), 10 + 5 * 2 + 1)
    journal.set_rating(second, Rating(pain_before=5, pain_after=4, effort="hard", note="a, b"))
    target = tmp_path / "history.csv"
    count = journal.export_csv(target)
    rows = read(target)
    assert count == len(rows)
    assert list(rows[0]) == list(COLUMNS)
    for session in (first, second):
        saved = journal.activities(session)
        exported = [r for r in rows if r["session_id"] == str(session)]
        assert [r["activity"] for r in exported] == [a.kind for a in saved]
        assert [float(r["actual_seconds"]) for r in exported] == [a.actual_seconds for a in saved]
    rated = [r for r in rows if r["session_id"] == str(second)]
    assert {(r["pain_before"], r["effort"], r["note"]) for r in rated} == {("5", "hard", "a, b")}


def test_a_session_with_nothing_done_still_appears(journal: Journal, tmp_path: Path) -> None:
    run_session(journal, program("toe-lifts"), 3)
    target = tmp_path / "out.csv"
    journal.export_csv(target)
    (row,) = read(target)
    assert (row["session_title"], row["activity"]) == ("Toe lifts", "")


def test_an_unwritable_place_is_refused_and_leaves_no_file(
    journal: Journal, tmp_path: Path
) -> None:
    with pytest.raises(ExportError, match=r"Cannot write to .*missing"):
        journal.export_csv(tmp_path / "missing" / "out.csv")
    (tmp_path / "exists.csv").write_text("keep me")
    folder_in_the_way = tmp_path / "taken"
    folder_in_the_way.mkdir()
    with pytest.raises(ExportError, match=r"Cannot write .*taken"):
        journal.export_csv(folder_in_the_way)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["data", "exists.csv", "taken"]


def test_the_command_line_exports_and_explains_failures(
    journal: Journal, data_dir: Path, tmp_path: Path
) -> None:
    run_session(journal, program("calf-stretch"), 200)
    target = tmp_path / "mine.csv"

    def footdrop(*args: str) -> subprocess.CompletedProcess[str]:
        command = [sys.executable, "-m", "footdrop_gui", "--data-dir", str(data_dir), *args]
        return subprocess.run(command, capture_output=True, text=True, check=False, timeout=60)

    done = footdrop("export", "csv", str(target))
    assert done.returncode == 0, done.stderr
    assert len(read(target)) == 6  # three holds and the three sets they complete
    failed = footdrop("export", "csv", str(tmp_path / "nowhere" / "x.csv"))
    assert failed.returncode == 1
    assert failed.stderr.startswith("footdrop: Cannot write to")
    assert "Traceback" not in failed.stderr


FORMULAS = ["=1+1", "+SUM(A1:A9)", "-2+3", "@cmd", "\tindent", "\rreturn", '=HYPERLINK("x")']


def test_text_a_spreadsheet_would_run_is_exported_as_plain_text(
    journal: Journal, tmp_path: Path
) -> None:
    sessions = []
    for text in FORMULAS:
        session = run_session(journal, program("toe-lifts"), 3)
        journal.connection.execute("UPDATE sessions SET title = ? WHERE id = ?", (text, session))
        journal.set_rating(session, Rating(pain_before=3, note=text))
        sessions.append(session)
    safe = run_session(journal, program("toe-lifts"), 3)
    journal.set_rating(safe, Rating(pain_before=2, note="a - b = c"))
    target = tmp_path / "out.csv"
    journal.export_csv(target)
    rows = {row["session_id"]: row for row in read(target)}
    for session, text in zip(sessions, FORMULAS, strict=True):
        row = rows[str(session)]
        assert (row["session_title"], row["note"]) == ("'" + text, "'" + text)
        assert row["pain_before"] == "3"  # numbers stay numbers
    assert rows[str(safe)]["note"] == "a - b = c"
    assert rows[str(safe)]["session_title"] == "Toe lifts"


def test_a_folder_that_cannot_be_written_is_explained_and_left_empty(
    journal: Journal, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "read-only"
    folder.mkdir()

    def refuse(*_args: object, **_kwargs: object) -> object:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("tempfile.mkstemp", refuse)
    with pytest.raises(ExportError, match=r"Cannot write to .*read-only \(Permission denied\)"):
        journal.export_csv(folder / "out.csv")
    assert list(folder.iterdir()) == []


def test_a_device_or_pipe_is_never_replaced_by_the_export(journal: Journal, tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.csv")
    for target in (Path("/dev/null"), tmp_path / "pipe.csv"):
        with pytest.raises(ExportError, match="it is not an ordinary file"):
            journal.export_csv(target)
    assert stat.S_ISCHR(os.stat("/dev/null").st_mode)
    assert stat.S_ISFIFO(os.stat(tmp_path / "pipe.csv").st_mode)
