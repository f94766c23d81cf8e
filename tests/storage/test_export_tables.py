"""The tidier exports: a row per session and a row per therapy visit, with the per-rep
export's safety (whole file or none, 0600, no formula can run in a spreadsheet)."""

from __future__ import annotations

import csv
import stat
from datetime import date
from pathlib import Path

import pytest

from footdrop_gui.storage.export import ExportError, export_sessions_csv, export_visits_csv
from footdrop_gui.storage.journal import Journal, Rating, TherapyVisit
from tests.storage.sessions import program, run_session


def read(path: Path) -> list[dict[str, str]]:
    with path.open(newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def test_a_row_per_session_with_minutes_reps_and_how_it_went(
    journal: Journal, tmp_path: Path
) -> None:
    toe = program("toe-lifts")
    whole = run_session(journal, toe, 10_000)
    part = run_session(journal, toe, 30)
    journal.set_rating(whole, Rating(4, 3, "about-right", '=HYPERLINK("http://x")'))
    target = tmp_path / "sessions.csv"
    assert export_sessions_csv(journal.connection, target) == 2
    rows = read(target)
    assert [r["status"] for r in rows] == ["finished", "ended-early"]
    by_id = {r.id: r for r in journal.sessions()}
    assert rows[0]["reps_done"] == rows[0]["reps_planned"] == str(by_id[whole].planned_reps)
    assert int(rows[1]["reps_done"]) == by_id[part].done_reps < by_id[part].planned_reps
    assert (rows[0]["pain_before"], rows[0]["pain_after"]) == ("4", "3")
    assert rows[0]["difficulty"] == "about-right"
    assert rows[0]["note"] == '\'=HYPERLINK("http://x")'  # text, never a formula
    ended = by_id[whole].ended_at
    assert ended is not None
    assert float(rows[0]["minutes"]) == round((ended - by_id[whole].started_at).seconds / 60, 1)
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_visits_with_their_questions_oldest_first(journal: Journal, tmp_path: Path) -> None:
    journal.add_visit(TherapyVisit(date(2026, 11, 20), "Gait check", "+ask about stairs"))
    journal.add_visit(TherapyVisit(date(2026, 10, 2), "First visit", ""))
    target = tmp_path / "visits.csv"
    assert export_visits_csv(journal.connection, target) == 2
    assert [list(r.values()) for r in read(target)] == [
        ["2026-10-02", "First visit", ""],
        ["2026-11-20", "Gait check", "'+ask about stairs"],
    ]


def test_a_folder_that_is_not_there_leaves_no_file(journal: Journal, tmp_path: Path) -> None:
    with pytest.raises(ExportError, match="Choose another folder"):
        export_visits_csv(journal.connection, tmp_path / "gone" / "visits.csv")
    assert [p.name for p in tmp_path.iterdir()] == ["data"]  # the history folder only
