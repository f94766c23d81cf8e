"""File -> Report for my therapist… and File -> Print my routine…: choose what goes on the
pages, then save them as a PDF file, print them, or look at them first (print preview)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QSize
from PySide6.QtGui import QShowEvent
from PySide6.QtPrintSupport import QPrintDialog, QPrinter, QPrintPreviewDialog
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from footdrop_gui.core.catalog import Catalog
from footdrop_gui.core.report_numbers import default_period
from footdrop_gui.core.routine import Routine
from footdrop_gui.core.translation import Plurals
from footdrop_gui.storage.export import ExportError, export_sessions_csv, export_visits_csv
from footdrop_gui.storage.journal import Journal
from footdrop_gui.storage.report_reads import read_history
from footdrop_gui.ui.dialogs import fit_to_screen
from footdrop_gui.ui.local_dates import edit_format
from footdrop_gui.ui.report import handout
from footdrop_gui.ui.report.pages import Built, page_size, paint_pages, prepare, write_pdf
from footdrop_gui.ui.report.therapist import (
    ReportInput,
    build_report,
    footer_of,
    gather,
    long_date,
    title_of,
)
from footdrop_gui.ui.scroll_page import scrolling
from footdrop_gui.ui.settings import AppSettings
from footdrop_gui.ui.theme import relative_font

TABLES = (
    (
        "sessions",
        QT_TRANSLATE_NOOP("ReportDialog", "Sessions, a row each (*.csv)"),
        export_sessions_csv,
    ),
    (
        "visits",
        QT_TRANSLATE_NOOP("ReportDialog", "Therapy visits, a row each (*.csv)"),
        export_visits_csv,
    ),
)


PaperCounts = Plurals("PaperCounts")  # the paper dialogs' counted phrases (see Plurals)


SAVE_PDF = QT_TRANSLATE_NOOP("PaperDialog", "Save as a PDF file…")


def _tr(context: str, text: object) -> str:
    """A marked string (QT_TRANSLATE_NOOP) of these dialogs in the person's language."""
    return QCoreApplication.translate(context, str(text))


def day_of(edit: QDateEdit) -> date:
    chosen = edit.date()
    return date(chosen.year(), chosen.month(), chosen.day())


class PaperDialog(QDialog):
    """What the pages hold (a form above) and three ways out: a PDF file, a printer, a look."""

    def __init__(self, title: str, intro: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        heading = QLabel(title.rstrip("…"))
        relative_font(heading, 1.4, bold=True)
        words = QLabel(intro)
        words.setWordWrap(True)
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.save_button = QPushButton(_tr("PaperDialog", SAVE_PDF))
        self.save_button.setObjectName("primaryButton")
        self.print_button = QPushButton(QCoreApplication.translate("PaperDialog", "Print…"))
        self.preview_button = QPushButton(
            QCoreApplication.translate("PaperDialog", "See the pages first…")
        )
        close = QPushButton(QCoreApplication.translate("PaperDialog", "Close"))
        close.clicked.connect(self.reject)
        self.save_button.clicked.connect(lambda: self.save_pdf())
        self.print_button.clicked.connect(self.print_pages)
        self.preview_button.clicked.connect(self.preview)
        buttons = QGridLayout()  # two a row: they fit a small screen at the largest text
        for place, button in enumerate(
            (self.save_button, self.print_button, self.preview_button, close)
        ):
            button.setMinimumHeight(44)
            buttons.addWidget(button, place // 2, place % 2)
        content = QWidget()
        form_part = QVBoxLayout(content)
        form_part.setContentsMargins(0, 0, 0, 0)
        form_part.addWidget(heading)
        form_part.addWidget(words)
        form_part.addLayout(self.form)
        form_part.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(scrolling(content), 1)  # the words scroll; the buttons stay
        layout.addLayout(buttons)

    def showEvent(self, event: QShowEvent) -> None:
        """Open big enough for the form at the text size chosen, within the screen."""
        if not self.property("sized"):
            self.setProperty("sized", True)
            metrics = self.fontMetrics()
            wanted = QSize(
                max(640, 56 * metrics.averageCharWidth()), max(520, 22 * metrics.height())
            )
            fit_to_screen(self, wanted)
        super().showEvent(event)

    # -- what a dialog says it prints -------------------------------------------------------
    def pages(self) -> tuple[Callable[[], Built], str, str]:
        """How to build the pages, the PDF's title, and each page's footer."""
        raise NotImplementedError

    def suggested_name(self) -> str:
        raise NotImplementedError

    # -- the three ways out --------------------------------------------------------------
    def save_pdf(self, target: str | None = None) -> Path | None:
        build, title, footer = self.pages()
        if target is None:
            suggested = str(Path.home() / self.suggested_name())
            target, _ = QFileDialog.getSaveFileName(
                self,
                _tr("PaperDialog", SAVE_PDF).rstrip("…"),
                suggested,
                QCoreApplication.translate("PaperDialog", "PDF files (*.pdf)"),
            )
        if not target:
            return None
        try:
            pages = write_pdf(Path(target), build, title, footer)
        except ExportError as exc:
            self._not_saved(exc)
            return None
        saved = PaperCounts.tr("Saved %n pages to {file}.", None, pages)
        QMessageBox.information(
            self, QCoreApplication.translate("PaperDialog", "Saved"), saved.format(file=target)
        )
        return Path(target)

    def printer(self) -> QPrinter:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.pages()[1])
        prepare(printer, page_size())
        return printer

    def paint_on(self, printer: QPrinter) -> int:
        build, _, footer = self.pages()
        try:
            return paint_pages(*build(), printer, footer)
        except ExportError as exc:
            self._warn(
                QCoreApplication.translate("PaperDialog", "Not printed"),
                QCoreApplication.translate(
                    "PaperDialog", "{problem}\n\nCheck the printer and try again."
                ),
                exc,
            )
            return 0

    def _not_saved(self, problem: ExportError) -> None:
        self._warn(
            QCoreApplication.translate("PaperDialog", "Not saved"),
            QCoreApplication.translate("PaperDialog", "{problem}\n\nTry another folder."),
            problem,
        )

    def _warn(self, title: str, sentence: str, problem: ExportError) -> None:
        """What went wrong and what to do, in a sentence with the problem's own words."""
        QMessageBox.warning(self, title, sentence.format(problem=problem))

    def print_pages(self) -> None:
        printer = self.printer()
        chooser = QPrintDialog(printer, self)
        if chooser.exec() == QDialog.DialogCode.Accepted:
            self.paint_on(printer)

    def preview(self) -> None:
        printer = self.printer()  # kept while the preview runs: it does not own it
        look = QPrintPreviewDialog(printer, self)
        pages_title = QCoreApplication.translate("PaperDialog", "{title}: the pages")
        look.setWindowTitle(pages_title.format(title=self.windowTitle().rstrip("…")))
        look.paintRequested.connect(self.paint_on)
        look.resize(self.screen().availableGeometry().size() * 0.85)
        look.exec()


class ReportDialog(PaperDialog):
    """The report for a therapist: which dates, and the name to print on it."""

    def __init__(
        self,
        journal: Journal,
        catalog: Catalog,
        routine: Routine,
        settings: AppSettings,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            self.tr("Report for my therapist…"),
            self.tr(
                "A few pages for your therapist: how often you exercised, what you did of your "
                "routine, charts of time and pain, sessions that hurt or ended early, and your "
                "visits with your questions."
            ),
            parent,
        )
        self._journal, self._catalog, self._routine = journal, catalog, routine
        self._settings, self._today = settings, today
        visits = {v.visit_date for v in journal.visits()}
        period = default_period(today, visits)
        self.name = QLineEdit(settings.report_name)
        self.name.setMaxLength(80)
        self.name.setMinimumHeight(44)
        self.name.setPlaceholderText(self.tr("Optional"))
        self.name.setAccessibleName(self.tr("Your name (for the report)"))
        self.first = self._date_edit(period.first, self.tr("From"))
        self.last = self._date_edit(period.last, self.tr("To"))
        self.form.addRow(self.tr("Your name (for the report)"), self.name)
        self.form.addRow(self.tr("From"), self.first)
        self.form.addRow(self.tr("To"), self.last)
        since = QLabel(
            self.tr("These dates start at your last therapy visit, on {day}.").format(
                day=long_date(period.first)
            )
            if period.first in visits
            else self.tr("These dates cover the last four weeks.")
        )
        since.setWordWrap(True)
        self.form.addRow(since)
        self.table_button = QPushButton(self.tr("Save a table for a spreadsheet…"))
        self.table_button.setToolTip(
            self.tr("Your sessions, a row each, or your therapy visits (CSV)")
        )
        self.table_button.setMinimumHeight(44)
        self.table_button.clicked.connect(lambda: self.save_table())
        self.form.addRow(self.table_button)
        self.first.dateChanged.connect(lambda day: self.last.setMinimumDate(day))
        self.last.setMinimumDate(self.first.date())

    def _date_edit(self, day: date, name: str) -> QDateEdit:
        edit = QDateEdit(QDate(day.year, day.month, day.day))
        edit.setCalendarPopup(True)
        edit.setDisplayFormat(edit_format())
        edit.setMaximumDate(QDate(self._today.year, self._today.month, self._today.day))
        edit.setMinimumHeight(44)
        edit.setAccessibleName(name)
        return edit

    def report_input(self) -> ReportInput:
        if self.name.text().strip() != self._settings.report_name:
            self._settings.report_name = self.name.text()
        return gather(
            read_history(self._journal),
            self._catalog,
            self._routine,
            self._settings.affected_side,
            self.name.text(),
            self._today,
            day_of(self.first),
            day_of(self.last),
        )

    def pages(self) -> tuple[Callable[[], Built], str, str]:
        data = self.report_input()
        return lambda: build_report(data, self._catalog), title_of(data), footer_of(data)

    def suggested_name(self) -> str:
        return f"foot-drop-report-{day_of(self.last).isoformat()}.pdf"

    def save_table(self, target: str | None = None, rows: str = TABLES[0][0]) -> int | None:
        """Every session (or visit) as a CSV file; the file type chosen says which."""
        if target is None:
            suggested = Path.home() / f"foot-drop-sessions-{self._today.isoformat()}.csv"
            filters = {_tr("ReportDialog", words): kind for kind, words, _ in TABLES}
            target, chosen = QFileDialog.getSaveFileName(
                self,
                self.tr("Save a table for a spreadsheet"),
                str(suggested),
                ";;".join(filters),
            )
            rows = filters.get(chosen, rows)
        if not target:
            return None
        write = next(export for kind, _, export in TABLES if kind == rows)
        try:
            count = write(self._journal.connection, Path(target))
        except ExportError as exc:
            self._not_saved(exc)
            return None
        rows_saved = self.tr("Saved %n rows to {file}.", "", count)
        QMessageBox.information(
            self,
            QCoreApplication.translate("PaperDialog", "Saved"),
            rows_saved.format(file=target),
        )
        return count


class HandoutDialog(PaperDialog):
    """A routine on paper, one page per exercise, to keep by the chair."""

    def __init__(
        self,
        routines: list[Routine],
        catalog: Catalog,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(
            self.tr("Print my routine…"),
            self.tr(
                "Your routine on paper, one page for each exercise, with its drawing, your dose, "
                "the steps and what to take care with. Large print, to keep by your chair."
            ),
            parent,
        )
        self._catalog = catalog
        self.routine = QComboBox()
        self.routine.setAccessibleName(self.tr("Routine to print"))
        self.routine.setMinimumHeight(44)
        for routine in routines:
            self.routine.addItem(routine.name, routine)
        self.form.addRow(self.tr("Routine"), self.routine)

    def chosen(self) -> Routine:
        routine: Routine = self.routine.currentData()
        return routine

    def pages(self) -> tuple[Callable[[], Built], str, str]:
        routine = self.chosen()
        title = handout.title_of(routine)
        return lambda: handout.build_handout(routine, self._catalog), title, title

    def suggested_name(self) -> str:
        return f"{self.chosen().name.lower().replace(' ', '-')}.pdf"
