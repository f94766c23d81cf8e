"""`footdrop report pdf` and `footdrop handout pdf` in a real process, as a person types them."""

from __future__ import annotations

import stat
from datetime import date, timedelta
from pathlib import Path

from footdrop_gui import bundled
from footdrop_gui.core.catalog import Mode
from footdrop_gui.storage.journal import Journal
from tests.e2e.test_cli import footdrop
from tests.report.pdf_text import fill, info, words


def test_report_for_dates_given_on_the_command_line(data_dir: Path, tmp_path: Path) -> None:
    journal, _ = Journal.open(data_dir)
    fill(journal.connection, 60, date.today(), ["toe-lifts", "heel-lifts"])
    journal.close()
    target = tmp_path / "report.pdf"
    first = date.today() - timedelta(days=13)
    done = footdrop(
        "--data-dir", str(data_dir), "report", "pdf", str(target), "--from", first.isoformat()
    )
    assert done.returncode == 0, done.stderr
    assert "Saved your report" in done.stdout
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert f"{first.day} {first:%B %Y}" in words(target, 1, 1)
    assert "(14 days)" in words(target, 1, 1)


def test_report_dates_the_wrong_way_round_or_not_dates(data_dir: Path, tmp_path: Path) -> None:
    target = str(tmp_path / "r.pdf")
    wrong = footdrop("--data-dir", str(data_dir), "report", "pdf", target, "--from", "2026-11-20",
                     "--to", "2026-11-01")  # fmt: skip
    assert wrong.returncode == 2 and "--from must be on or before --to" in wrong.stderr
    garbled = footdrop("--data-dir", str(data_dir), "report", "pdf", target, "--to", "soon")
    assert garbled.returncode == 2 and "'soon' is not a date" in garbled.stderr
    assert not Path(target).exists()


def test_handout_has_a_page_per_exercise_of_the_daily_routine(
    data_dir: Path, tmp_path: Path
) -> None:
    target = tmp_path / "handout.pdf"
    done = footdrop("--data-dir", str(data_dir), "handout", "pdf", str(target))
    assert done.returncode == 0, done.stderr
    catalog, routine = bundled.catalog(), bundled.routines()[0]
    exercises = [
        catalog.get(e.exercise_id)
        for e in routine.entries
        if catalog.get(e.exercise_id).prescription.mode is not Mode.APPOINTMENT
    ]
    facts = info(target)
    assert facts["Pages"] == str(len(exercises))
    assert facts["Title"] == f"My exercises: {routine.name}"
    for page, exercise in enumerate(exercises, start=1):
        text = words(target, page, page)
        assert exercise.name in text and "How to do it" in text
        assert f"exercise {page} of {len(exercises)}" in text
    assert not (data_dir / "history.sqlite3").exists()  # a handout makes no history


def test_handout_of_an_unknown_routine_names_the_ones_there_are(
    data_dir: Path, tmp_path: Path
) -> None:
    done = footdrop("--data-dir", str(data_dir), "handout", "pdf", str(tmp_path / "h.pdf"), "nope")
    assert done.returncode == 2
    assert "there is no routine 'nope'" in done.stderr
    assert bundled.routines()[0].ref.key in done.stderr
