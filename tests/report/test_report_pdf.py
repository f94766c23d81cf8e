"""The therapist's report, read back from the PDF: pages, title, the figures a therapist
reads, flagged sessions with their notes, visits, an empty history and a bad path."""

from __future__ import annotations

import stat
import subprocess
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from footdrop_gui import bundled
from footdrop_gui.core.progress import local_day
from footdrop_gui.core.report_numbers import Period, minutes_per_week
from footdrop_gui.storage.export import ExportError
from footdrop_gui.storage.journal import Journal, Rating, TherapyVisit
from footdrop_gui.storage.report_reads import read_history
from footdrop_gui.ui.report.command import save_report
from footdrop_gui.ui.report.therapist import gather
from footdrop_gui.ui.settings import AppSettings
from footdrop_gui.ui.theme import Scheme, apply_scheme
from tests.report.pdf_text import fill, info, words

TODAY = date.today()
ROUTINE = ["calf-stretch", "toe-lifts", "heel-lifts", "ankle-circles", "band-dorsiflexion-seated"]


@pytest.fixture
def three_months(journal: Journal) -> Journal:
    fill(journal.connection, 90, TODAY, ROUTINE)
    return journal


def report(journal: Journal | None, data_dir: Path, target: Path, days: int = 90) -> int:
    return save_report(journal, data_dir, target, (TODAY - timedelta(days=days - 1), TODAY), TODAY)


def test_three_months_fit_two_to_four_pages_with_title_creator_and_name(
    qtbot: QtBot, three_months: Journal, data_dir: Path, tmp_path: Path
) -> None:
    AppSettings(data_dir).report_name = "Ann Example"
    target = tmp_path / "report.pdf"
    pages = report(three_months, data_dir, target)
    facts = info(target)
    assert 2 <= pages <= 4 and facts["Pages"] == str(pages)
    assert facts["Title"] == "Exercise report for Ann Example"
    assert facts["Creator"] == "Foot Drop Exercises"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    assert f"page {pages} of {pages}" in words(target)


def test_adherence_agrees_with_the_history_counted_another_way(
    qtbot: QtBot, three_months: Journal, data_dir: Path, tmp_path: Path
) -> None:
    rows = three_months.connection.execute(
        "SELECT started_at, status FROM sessions WHERE deleted = 0"
    ).fetchall()
    days = {local_day(datetime.fromisoformat(r[0])) for r in rows}
    full = sum(1 for r in rows if r[1] == "finished")
    target = tmp_path / "report.pdf"
    report(three_months, data_dir, target)
    text = words(target)
    assert f"Days with a session: {len(days)} of 90 ({round(100 * len(days) / 90)}%)" in text
    assert f"Sessions done in full: {full}; done in part: {len(rows) - full} (of {len(rows)})" in (
        text
    )
    for name in ("Calf stretch", "Toe lifts", "Seated band pull", "Left foot", "Right foot"):
        assert name in text


def test_flagged_sessions_carry_their_notes_and_visits_their_questions(
    qtbot: QtBot, journal: Journal, data_dir: Path, tmp_path: Path
) -> None:
    fill(journal.connection, 20, TODAY, ROUTINE, days_off=0.0, seed=3)
    journal.connection.execute("DELETE FROM ratings")
    journal.connection.execute("UPDATE sessions SET status = 'finished'")
    newest = journal.sessions()
    journal.set_rating(newest[1].id, Rating(8, 8, "hard", "<i>sore</i>"))
    journal.set_rating(newest[4].id, Rating(2, 5, "hard", "Shin ached"))
    journal.connection.execute(
        "UPDATE sessions SET status = 'ended-early' WHERE id = ?", (newest[7].id,)
    )
    journal.set_rating(newest[9].id, Rating(5, 3, "easy", "Felt good"))
    journal.add_visit(TherapyVisit(TODAY - timedelta(days=12), "Gait check", "Green band next?"))
    target = tmp_path / "report.pdf"
    report(journal, data_dir, target, days=20)
    text = words(target)
    assert "pain 8 of 10" in text and "<i>sore</i>" in text  # words, never markup
    assert "pain rose from 2 to 5" in text and "Shin ached" in text
    assert "ended early" in text
    assert "Felt good" not in text  # eased pain is not a reason to look
    assert "Gait check" in text and "Green band next?" in text


def test_an_empty_history_gives_a_short_kind_report(
    qtbot: QtBot, data_dir: Path, tmp_path: Path
) -> None:
    target = tmp_path / "report.pdf"
    assert report(None, data_dir, target) == 1
    text = words(target)
    assert "No sessions in this period" in text and "That is all right" in text
    assert "Daily foot-drop routine" in text  # the routine in use is still there


@pytest.mark.parametrize("where", ["missing/report.pdf", "a-folder"])
def test_a_path_that_cannot_be_written_is_said_plainly_and_leaves_nothing(
    qtbot: QtBot, data_dir: Path, tmp_path: Path, where: str
) -> None:
    (tmp_path / "a-folder").mkdir()
    before = sorted(tmp_path.rglob("*"))
    with pytest.raises(ExportError, match=r"^Cannot write .*(Choose|\))"):
        report(None, data_dir, tmp_path / where)
    assert sorted(tmp_path.rglob("*")) == before


def test_history_screen_and_report_show_the_same_minutes(
    qtbot: QtBot, three_months: Journal, data_dir: Path
) -> None:
    from footdrop_gui.ui.history_view import HistoryView

    view = HistoryView(three_months, bundled.catalog(), today=lambda: TODAY)
    qtbot.addWidget(view)
    view.refresh()
    view.tabs.setCurrentIndex(2)
    assert view.charts is not None
    shown = view.charts.minutes.accessibleDescription()
    data = gather(
        read_history(three_months),
        bundled.catalog(),
        bundled.routines()[0],
        None,
        "",
        TODAY,
        TODAY - timedelta(days=89),
    )
    everything = minutes_per_week(three_months.sessions(), TODAY)
    assert data.numbers.minutes == [w for w in everything if w[0] >= data.numbers.minutes[0][0]]
    latest = round(data.numbers.minutes[-1][1])
    assert f"latest {latest} minute" in shown
    assert data.numbers.period == Period(TODAY - timedelta(days=89), TODAY)
    assert data.numbers.adherence.days_done == len(
        {d for d in view._marked[0] if d >= TODAY - timedelta(days=89)}
    )


def test_pages_are_letter_in_the_united_states_and_a4_elsewhere() -> None:
    from PySide6.QtCore import QLocale
    from PySide6.QtGui import QPageSize

    from footdrop_gui.ui.report.pages import page_size

    us = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    uk = QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom)
    germany = QLocale(QLocale.Language.German, QLocale.Country.Germany)
    assert page_size(us).id() == QPageSize.PageSizeId.Letter
    assert page_size(uk).id() == page_size(germany).id() == QPageSize.PageSizeId.A4


def test_the_pages_are_dark_on_white_when_the_screen_is_dark(
    qapp: QApplication, data_dir: Path, tmp_path: Path
) -> None:
    apply_scheme(qapp, Scheme.DARK)
    try:
        report(None, data_dir, tmp_path / "report.pdf")
    finally:
        apply_scheme(qapp, Scheme.LIGHT)
    page = tmp_path / "page"
    subprocess.run(
        ["pdftoppm", "-r", "30", "-gray", "-singlefile", "-f", "1", "-l", "1", "-png",
         str(tmp_path / "report.pdf"), str(page)],
        check=True,
    )  # fmt: skip
    image = QImage(str(page.with_suffix(".png")))
    top = [  # the title and dates, where the page's first words are
        QColor(image.pixel(x, y)).lightness()
        for y in range(image.height() // 12)
        for x in range(image.width())
    ]
    assert sum(1 for value in top if value < 90) > 40  # dark words, not a scheme's white
