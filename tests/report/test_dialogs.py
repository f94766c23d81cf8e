"""File -> Report for my therapist… and File -> Print my routine…: the same pages to a PDF
file, a printer and the print preview; the name for the report is remembered."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

import pytest
from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from footdrop_gui import bundled
from footdrop_gui.storage.journal import Journal, TherapyVisit
from footdrop_gui.ui.main_window import MainWindow
from footdrop_gui.ui.report.dialog import HandoutDialog, ReportDialog, day_of
from footdrop_gui.ui.report.pages import page_size, prepare
from footdrop_gui.ui.settings import TEXT_SCALES, AppSettings
from footdrop_gui.ui.theme import apply_body_font, apply_text_scale
from tests.report.pdf_text import fill, info, words
from tests.ui.test_small_screen import ROOMS, at_size

TODAY = date.today()


@pytest.fixture(autouse=True)
def quiet_messages(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    said: list[str] = []
    for kind in ("information", "warning"):
        monkeypatch.setattr(QMessageBox, kind, lambda _p, title, text, said=said: said.append(text))
    return said


def pdf_printer(path: Path) -> QPrinter:
    printer = QPrinter()
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printer.setOutputFileName(str(path))
    prepare(printer, page_size())  # as the dialog's printer starts
    return printer


def report_dialog(qtbot: QtBot, journal: Journal, data_dir: Path) -> ReportDialog:
    dialog = ReportDialog(
        journal, bundled.catalog(), bundled.routines()[0], AppSettings(data_dir), TODAY
    )
    qtbot.addWidget(dialog)
    return dialog


def test_the_report_starts_at_the_last_visit_and_remembers_the_name(
    qtbot: QtBot, journal: Journal, data_dir: Path, tmp_path: Path
) -> None:
    fill(journal.connection, 40, TODAY, ["toe-lifts", "heel-lifts"])
    journal.add_visit(TherapyVisit(TODAY - timedelta(days=9), "Check", "Stairs?"))
    dialog = report_dialog(qtbot, journal, data_dir)
    assert (day_of(dialog.first), day_of(dialog.last)) == (TODAY - timedelta(days=9), TODAY)
    dialog.name.setText("  Ann Example ")
    saved = dialog.save_pdf(str(tmp_path / "report.pdf"))
    assert saved is not None and info(saved)["Title"] == "Exercise report for Ann Example"
    assert "(10 days)" in words(saved, 1, 1)
    assert report_dialog(qtbot, journal, data_dir).name.text() == "Ann Example"


def test_printing_and_the_preview_paint_the_pages_the_pdf_has(
    qtbot: QtBot, journal: Journal, data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fill(journal.connection, 90, TODAY, ["toe-lifts", "heel-lifts", "calf-stretch"])
    dialog = report_dialog(qtbot, journal, data_dir)
    dialog.first.setDate(dialog.first.date().addDays(-60))
    saved = dialog.save_pdf(str(tmp_path / "saved.pdf"))
    assert saved is not None
    printed = tmp_path / "printed.pdf"
    assert dialog.paint_on(pdf_printer(printed)) == int(info(saved)["Pages"])
    assert words(printed) == words(saved)

    previewed = tmp_path / "previewed.pdf"

    def look(preview: QPrintPreviewDialog) -> int:
        gc.collect()  # the preview's printer must outlive any Python reference dropped
        printer = preview.printer()
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(previewed))
        preview.paintRequested.emit(printer)
        return 0

    monkeypatch.setattr(QPrintPreviewDialog, "exec", look)
    dialog.preview()
    assert words(previewed) == words(saved)


def test_a_report_that_cannot_be_saved_says_so(
    qtbot: QtBot, journal: Journal, data_dir: Path, tmp_path: Path, quiet_messages: list[str]
) -> None:
    dialog = report_dialog(qtbot, journal, data_dir)
    assert dialog.save_pdf(str(tmp_path / "no-such-folder" / "r.pdf")) is None
    assert quiet_messages[-1].startswith(f"Cannot write to {tmp_path / 'no-such-folder'}")


def test_the_handout_offers_the_daily_routine_first(qtbot: QtBot, tmp_path: Path) -> None:
    routines = list(bundled.routines())
    dialog = HandoutDialog(routines, bundled.catalog())
    qtbot.addWidget(dialog)
    assert dialog.routine.currentText() == routines[0].name
    dialog.routine.setCurrentIndex(1)
    saved = dialog.save_pdf(str(tmp_path / "h.pdf"))
    assert saved is not None and info(saved)["Title"] == f"My exercises: {routines[1].name}"


def test_the_tables_for_a_spreadsheet_follow_the_file_type_chosen(
    qtbot: QtBot, journal: Journal, data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    fill(journal.connection, 10, TODAY, ["toe-lifts"], days_off=0.0)
    journal.add_visit(TherapyVisit(TODAY, "Check", "Stairs?"))
    dialog = report_dialog(qtbot, journal, data_dir)
    for words_chosen, name, rows in (
        ("Sessions, a row each (*.csv)", "s.csv", 10),
        ("Therapy visits, a row each (*.csv)", "v.csv", 1),
    ):
        target = str(tmp_path / name)
        monkeypatch.setattr(
            QFileDialog, "getSaveFileName", lambda *_a, t=target, w=words_chosen: (t, w)
        )
        assert dialog.save_table() == rows
    assert (tmp_path / "v.csv").read_text().splitlines()[1].endswith("Check,Stairs?")


def test_the_file_menu_opens_the_report_and_the_handout(
    qtbot: QtBot, journal: Journal, data_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QDialog

    window = MainWindow(
        bundled.catalog(), bundled.routines(), AppSettings(data_dir), data_dir, journal
    )
    qtbot.addWidget(window)
    opened: list[QDialog] = []
    monkeypatch.setattr(QDialog, "exec", lambda dialog: opened.append(dialog) or 0)
    file_menu = window.menuBar().actions()[0].menu()
    actions = {a.text(): a for a in file_menu.actions()}
    actions["&Report for my therapist…"].trigger()
    actions["&Print my routine…"].trigger()
    assert [type(d) for d in opened] == [ReportDialog, HandoutDialog]
    assert actions["&Print my routine…"].shortcut().toString() == "Ctrl+P"
    handout = opened[1]
    assert isinstance(handout, HandoutDialog)
    assert handout.chosen() == window.daily_routine()


@pytest.fixture
def texts(qapp: QApplication) -> Iterator[QApplication]:
    """The app's body font; the text size back to normal afterwards."""
    apply_body_font(qapp)
    yield qapp
    apply_text_scale(qapp, 1.0)


@pytest.mark.parametrize("scale", TEXT_SCALES)
@pytest.mark.parametrize("room", ROOMS)
def test_both_dialogs_fit_every_room_at_every_text_size(
    texts: QApplication, journal: Journal, data_dir: Path, room: str, scale: float
) -> None:
    width, height = at_size(texts, room, scale)
    settings = AppSettings(data_dir)
    for made in (
        ReportDialog(journal, bundled.catalog(), bundled.routines()[0], settings, TODAY),
        HandoutDialog(list(bundled.routines()), bundled.catalog()),
    ):
        hint = made.minimumSizeHint()
        assert hint.width() <= width and hint.height() <= height, (type(made), hint)
        made.deleteLater()


def test_a_name_with_commas_comes_back_whole(data_dir: Path) -> None:
    AppSettings(data_dir).report_name = "Smith, Ann"
    assert AppSettings(data_dir).report_name == "Smith, Ann"
    (data_dir / "settings.ini").write_text("[report]\nname=Smith, Ann\n")  # edited by hand
    assert AppSettings(data_dir).report_name == "Smith, Ann"
