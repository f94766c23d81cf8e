"""Looking back: sessions (newest first) with their detail, a calendar, progress charts and
therapy visits. Reads go through the journal; nothing here writes SQL."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QKeySequence, QShortcut, QTextCharFormat
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCalendarWidget,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QTableView,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from footdrop_gui.core.activity import Activity
from footdrop_gui.core.catalog import Catalog
from footdrop_gui.core.describe import duration
from footdrop_gui.core.progress import local_day, streaks
from footdrop_gui.core.report_numbers import exercise_days, minutes_per_week, session_seconds
from footdrop_gui.core.routine import band_text
from footdrop_gui.storage.export import ExportError
from footdrop_gui.storage.journal import Journal, SessionRow, TherapyVisit
from footdrop_gui.ui.dialogs import ask, save_dialog
from footdrop_gui.ui.history_writes import KEPT, SESSIONS, VISITS, HistoryWrites, touches
from footdrop_gui.ui.local_dates import clock, day_month, first_weekday, list_date, long_day
from footdrop_gui.ui.rating_form import RatingForm
from footdrop_gui.ui.scroll_page import scrolling
from footdrop_gui.ui.theme import CALENDAR_MARK, look_of, relative_font
from footdrop_gui.ui.top_bar import TopBar
from footdrop_gui.ui.visits_view import VisitsView
from footdrop_gui.ui.whole_label import WholeLabel

if TYPE_CHECKING:
    from footdrop_gui.ui.history_charts import ProgressCharts

# A session's title in the table, by how it ended (a finished one shows its title alone).
STATUS_WORDS = {
    "ended-early": QT_TRANSLATE_NOOP("HistoryView", "{title} (ended early)"),
    "partial": QT_TRANSLATE_NOOP("HistoryView", "{title} (part done)"),
    "running": QT_TRANSLATE_NOOP("HistoryView", "{title} (not finished)"),
}
# One exercise's heading in a session's detail, by foot.
SIDE_WORDS = {
    "left": QT_TRANSLATE_NOOP("HistoryView", "{exercise}, left foot"),
    "right": QT_TRANSLATE_NOOP("HistoryView", "{exercise}, right foot"),
    "both": QT_TRANSLATE_NOOP("HistoryView", "{exercise}, both feet"),
}
HEADERS = (
    QT_TRANSLATE_NOOP("HistoryView", "Date"),
    QT_TRANSLATE_NOOP("HistoryView", "What"),
    QT_TRANSLATE_NOOP("HistoryView", "Time"),
    QT_TRANSLATE_NOOP("HistoryView", "Reps done"),
    QT_TRANSLATE_NOOP("HistoryView", "Pain"),
)
_ROOT = QModelIndex()
# Column widths are measured on this many rows, not on years of them (History opens fast).
RESIZE_SAMPLE_ROWS = 60


def pain_text(row: SessionRow) -> str:
    if row.pain_before is None and row.pain_after is None:
        return ""
    before = "-" if row.pain_before is None else str(row.pain_before)
    after = "-" if row.pain_after is None else str(row.pain_after)
    return f"{before} → {after}"


class SessionsModel(QAbstractTableModel):
    """Sessions for the table; a model (not items) so years of history open at once."""

    def __init__(self) -> None:
        super().__init__()
        self.rows: list[SessionRow] = []

    def set_rows(self, rows: list[SessionRow]) -> None:
        self.beginResetModel()
        self.rows = rows
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> object:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return _tr(HEADERS[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = 0) -> object:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        row = self.rows[index.row()]
        column = index.column()
        if column == 0:
            return list_date(row.started_at)
        if column == 1:
            status = STATUS_WORDS.get(row.status)
            return _tr(status).format(title=row.title) if status else row.title
        if column == 2:
            return duration(round(session_seconds(row) / 60) * 60) if row.ended_at else ""
        if column == 3:
            return QCoreApplication.translate("HistoryView", "{done} of {planned}").format(
                done=row.done_reps, planned=row.planned_reps
            )
        return pain_text(row)


class HistoryView(QWidget):
    """The History page; `closed` returns to the library."""

    closed = Signal()

    def __init__(
        self,
        journal: Journal,
        catalog: Catalog,
        today: Callable[[], date] = date.today,
        parent: QWidget | None = None,
        writes: HistoryWrites | None = None,
    ) -> None:
        super().__init__(parent)
        self._journal = journal
        self._writes = writes or HistoryWrites(self)  # the window's, shared by every page
        self._writes.changed.connect(self._history_changed)
        self._catalog = catalog
        self._today = today
        self._charts_stale = True
        self._deleted: int | None = None
        self._visits: list[TherapyVisit] = []
        self._marked: tuple[set[date], set[date]] = (set(), set())

        heading = QLabel(self.tr("Your history"))
        relative_font(heading, 1.7, bold=True)
        self.streak = QLabel()
        relative_font(self.streak, 1.1)
        self.export_button = QPushButton(self.tr("Save as a file…"))
        self.export_button.setToolTip(
            self.tr("Save all your sessions as a CSV file for your therapist")
        )
        self.export_button.clicked.connect(self.export)
        self.back_button = QPushButton(self.tr("Back to exercises"))
        self.back_button.setObjectName("primaryButton")
        self.back_button.clicked.connect(self.closed)
        for button in (self.export_button, self.back_button):
            button.setMinimumHeight(44)
        self.streak.setWordWrap(True)
        groups = ((heading,), (self.streak,), (self.export_button, self.back_button))
        top = TopBar(groups, self.streak, self)

        self.undo_bar = QWidget()
        self.undo_bar.setObjectName("undoBar")
        undo_row = QHBoxLayout(self.undo_bar)
        self.undo_text = QLabel(self.tr("Session deleted."))
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.setToolTip(self.tr("Bring the session back (Ctrl+Z)"))
        self.undo_button.clicked.connect(self.undo_delete)
        undo_row.addWidget(self.undo_text, 1)
        undo_row.addWidget(self.undo_button)
        self.undo_bar.hide()
        QShortcut(QKeySequence.StandardKey.Undo, self, self.undo_delete)

        self.tabs = QTabWidget()
        self.tabs.addTab(self._sessions_tab(), self.tr("Sessions"))
        self.tabs.addTab(scrolling(self._calendar_tab()), self.tr("Calendar"))
        self.charts: ProgressCharts | None = None  # made when first shown: History opens fast
        self.charts_scroll = QScrollArea()
        self.charts_scroll.setWidgetResizable(True)
        self.charts_scroll.setAccessibleName(self.tr("Progress charts"))
        self.tabs.addTab(self.charts_scroll, self.tr("Progress"))
        self.visits = VisitsView(journal, self._writes)  # the calendar shows its visits too
        self.visits_page = scrolling(self.visits)
        self.tabs.addTab(self.visits_page, self.tr("Therapy visits"))
        self.tabs.currentChanged.connect(lambda _index: self._draw_charts_if_shown())

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(top)
        layout.addWidget(self.undo_bar)
        layout.addWidget(self.tabs, 1)

    # -- building the tabs ----------------------------------------------------------------
    def _history_changed(self, part: str) -> None:
        if touches(part, SESSIONS, VISITS):
            self.refresh()

    def _sessions_tab(self) -> QWidget:
        self.model = SessionsModel()
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.setAlternatingRowColors(True)
        self.table.setAccessibleName(self.tr("Your sessions, newest first"))
        header = self.table.horizontalHeader()
        # Every column as wide as its words (a long routine name is cut at 18 letters' width,
        # never squeezed to "…" by the others); the last one takes what room is left.
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setMaximumSectionSize(self.table.fontMetrics().horizontalAdvance("M") * 18)
        header.setStretchLastSection(True)
        header.setResizeContentsPrecision(RESIZE_SAMPLE_ROWS)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.selectionModel().currentRowChanged.connect(self._show_detail)

        # The routine's name, then when and how it went: short lines, never cut off.
        self.detail_title = WholeLabel(self.tr("Choose a session to see what you did."))
        relative_font(self.detail_title, 1.2, bold=True)
        self.detail_when = WholeLabel()
        self.detail_rating = WholeLabel()
        self.detail = QTreeWidget()
        self.detail.setMinimumHeight(0)  # the list scrolls; the words and buttons above stay whole
        self.detail.setHeaderHidden(True)
        self.detail.setAccessibleName(self.tr("What you did in this session"))
        self.rate_button = QPushButton(self.tr("How it went…"))
        self.rate_button.setToolTip(self.tr("Note pain, how hard it felt, and a note"))
        self.rate_button.clicked.connect(self.edit_rating)
        self.delete_button = QPushButton(self.tr("Delete…"))
        self.delete_button.setToolTip(self.tr("Remove this session (you can undo)"))
        self.delete_button.clicked.connect(self.delete_selected)
        buttons = QHBoxLayout()
        for button in (self.rate_button, self.delete_button):
            button.setMinimumHeight(44)
            button.setEnabled(False)
            buttons.addWidget(button)
        buttons.addStretch(1)
        detail_page = QWidget()
        detail_layout = QVBoxLayout(detail_page)
        detail_layout.addWidget(self.detail_title)
        detail_layout.addWidget(self.detail_when)
        detail_layout.addWidget(self.detail_rating)
        detail_layout.addLayout(buttons)
        detail_layout.addWidget(self.detail, 1)
        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(detail_page)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([620, 380])
        return splitter

    def _calendar_tab(self) -> QWidget:
        self.calendar = QCalendarWidget()
        self.calendar.setGridVisible(True)
        self.calendar.setAccessibleName(self.tr("Calendar of your sessions and visits"))
        for part, name in (
            (QTableView, self.tr("Days of the month")),
            (QSpinBox, self.tr("Year")),
        ):
            inner = self.calendar.findChild(part)
            if inner is not None:
                inner.setAccessibleName(name)
        self.calendar.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)
        self.calendar.selectionChanged.connect(self._show_day)
        self.day_text = QLabel()
        self.day_text.setWordWrap(True)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(self.calendar, 1)
        key = QLabel(
            self.tr(
                "Days in bold, with a coloured square, are days you exercised. "
                "Underlined days had a therapy visit."
            )
        )
        key.setWordWrap(True)
        layout.addWidget(key)
        layout.addWidget(self.day_text)
        return page

    # -- loading ----------------------------------------------------------------------------
    def _exercise_name(self, exercise_id: str) -> str:
        try:
            return self._catalog.get(exercise_id).name
        except KeyError:
            return exercise_id

    def refresh(self) -> None:
        """Read the history again (after a session, a delete, an undo)."""
        rows = self._journal.sessions()
        self.model.set_rows(rows)
        days = exercise_days(rows)
        current, longest = streaks(days, self._today())
        self.streak.setText(
            self.tr("Days in a row: {current} now, {longest} at most").format(
                current=current, longest=longest
            )
            if rows
            else self.tr("No sessions yet.")
        )
        self._visits = self._journal.visits()
        self._mark_calendar(days, {v.visit_date for v in self._visits})
        self._charts_stale = True
        self._draw_charts_if_shown()
        self.visits.refresh()
        if rows:
            self.table.selectRow(0)
        else:
            self._show_detail(QModelIndex(), QModelIndex())

    def changeEvent(self, event: QEvent) -> None:
        """A new scheme: mark the calendar again in its colours."""
        if event.type() == QEvent.Type.PaletteChange:
            self._mark_calendar(*self._marked)
        super().changeEvent(event)

    def _mark_calendar(self, days: set[date], visit_days: set[date]) -> None:
        self._marked = (days, visit_days)
        plain = QTextCharFormat()
        plain.setForeground(self.palette().color(self.palette().ColorRole.Text))
        for weekend in (Qt.DayOfWeek.Saturday, Qt.DayOfWeek.Sunday):
            self.calendar.setWeekdayTextFormat(weekend, plain)  # not Qt's alarming red
        self.calendar.setDateTextFormat(QDate(), QTextCharFormat())  # clear the old marks
        mark = QTextCharFormat()
        mark.setFontWeight(700)
        # A solid square that stands out from the other days (3:1 at least, see test_theme).
        back, text = CALENDAR_MARK[look_of(self.palette())]
        mark.setBackground(QBrush(QColor(back)))
        mark.setForeground(QBrush(QColor(text)))
        for day in days:
            self.calendar.setDateTextFormat(QDate(day.year, day.month, day.day), mark)
        for day in visit_days:
            when = QDate(day.year, day.month, day.day)
            visit = self.calendar.dateTextFormat(when)
            visit.setFontUnderline(True)
            self.calendar.setDateTextFormat(when, visit)

    def _draw_charts_if_shown(self) -> None:
        """Charts are drawn while their tab is open, once per change: History opens fast."""
        if self.tabs.currentWidget() is self.charts_scroll and self._charts_stale:
            self._draw_charts()

    def _draw_charts(self) -> None:
        """Charts are drawn only when their tab is shown, so History opens quickly."""
        if self.charts is None:
            # Imported and made when first shown: History opens without the charts' ~20 ms
            from footdrop_gui.ui.history_charts import ProgressCharts

            self.charts = ProgressCharts(self._exercise_name)
            self.charts_scroll.setWidget(self.charts)
        weekly = minutes_per_week(self.model.rows, self._today(), first_weekday())
        self.charts.show_data(weekly, self._journal.daily_reps(), self._journal.pain_series())
        self._charts_stale = False

    # -- one session ------------------------------------------------------------------------
    def selected(self) -> SessionRow | None:
        index = self.table.currentIndex()
        return self.model.rows[index.row()] if index.isValid() else None

    def _show_detail(self, current: QModelIndex | QPersistentModelIndex, _previous: object) -> None:
        self.detail.clear()
        row = self.model.rows[current.row()] if current.isValid() else None
        self.rate_button.setEnabled(row is not None)
        self.delete_button.setEnabled(row is not None)
        if row is None:
            self.detail_title.setText(self.tr("Choose a session to see what you did."))
            self.detail_when.hide()
            self.detail_rating.hide()
            return
        self.detail_when.show()
        self.detail_rating.show()
        self.detail_title.setText(row.title)
        self.detail_when.setText(
            self.tr("{day} at {time}").format(
                day=long_day(row.started_at), time=clock(row.started_at)
            )
        )
        rating = self._journal.rating(row.id)
        parts = []
        if rating is not None:
            if row.pain_before is not None or row.pain_after is not None:
                parts.append(self.tr("Pain {pain}").format(pain=pain_text(row)))
            if rating.effort:
                felt = FELT.get(rating.effort)
                parts.append(
                    _tr(felt)
                    if felt
                    else self.tr("felt {effort}").format(effort=rating.effort.replace("-", " "))
                )
            if rating.note:
                parts.append(self.tr("“{note}”").format(note=rating.note))
        self.detail_rating.setText(self.tr(", ").join(parts) or self.tr("Not rated."))
        groups: dict[tuple[str, str], QTreeWidgetItem] = {}
        bands = self._journal.session_bands(row.id)
        for activity in self._journal.activities(row.id):
            key = (activity.exercise_id, activity.side)
            if key not in groups:
                title = _tr(SIDE_WORDS[key[1]]).format(exercise=self._exercise_name(key[0]))
                if key[0] in bands:
                    title = self.tr("{exercise_and_foot}, {band}").format(
                        exercise_and_foot=title, band=band_text(bands[key[0]])
                    )
                groups[key] = QTreeWidgetItem([title])
                self.detail.addTopLevelItem(groups[key])
            groups[key].addChild(QTreeWidgetItem([activity_text(activity)]))
        self.detail.expandAll()

    def _show_day(self) -> None:
        chosen = self.calendar.selectedDate().toPython()
        that_day = [
            self.tr("{title} ({done} of {planned} reps)").format(
                title=r.title, done=r.done_reps, planned=r.planned_reps
            )
            for r in self.model.rows
            if local_day(r.started_at) == chosen
        ]
        that_day += [
            self.tr("Therapy visit: {note}").format(note=v.note)
            if v.note
            else self.tr("Therapy visit: no note")
            for v in self._visits
            if v.visit_date == chosen
        ]
        self.day_text.setText(self.tr("; ").join(that_day) or self.tr("Nothing noted on this day."))

    def edit_rating(self) -> None:
        row = self.selected()
        if row is None:
            return
        form = RatingForm()
        form.set_rating(self._journal.rating(row.id))
        dialog = save_dialog(self, self.tr("How it went"), QLabel(row.title, wordWrap=True), form)
        while dialog.exec() == QDialog.DialogCode.Accepted:  # a failed save opens it again
            with self._writes.saving(self, self.tr("How it went"), SESSIONS, KEPT) as saved:
                self._journal.set_rating(row.id, form.rating())
            if saved:
                self._select(row.id)
                return

    def _select(self, session_id: int) -> None:
        for number, row in enumerate(self.model.rows):
            if row.id == session_id:
                self.table.selectRow(number)

    def delete_selected(self) -> None:
        row = self.selected()
        if row is None:
            return
        if not ask(
            self,
            self.tr("Delete this session?"),
            self.tr(
                "Delete “{title}” from {day}? You can undo this until you close the app."
            ).format(title=row.title, day=day_month(row.started_at)),
        ):
            return
        with self._writes.saving(self, self.tr("Deleting the session"), SESSIONS) as saved:
            self._journal.delete_session(row.id)
        if saved:
            self._deleted = row.id
            self.undo_text.setText(self.tr("“{title}” deleted.").format(title=row.title))
            self.undo_bar.show()

    def undo_delete(self) -> None:
        if self._deleted is None:
            return
        with self._writes.saving(self, self.tr("Bringing the session back"), SESSIONS) as saved:
            self._journal.restore_session(self._deleted)
        if saved:
            restored, self._deleted = self._deleted, None
            self.undo_bar.hide()
            self._select(restored)

    def export(self) -> None:
        suggested = str(Path.home() / f"foot-drop-history-{self._today().isoformat()}.csv")
        target, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save your history"), suggested, self.tr("CSV files (*.csv)")
        )
        if not target:
            return
        try:
            rows = self._journal.export_csv(Path(target))
        except ExportError as exc:
            QMessageBox.warning(
                self,
                self.tr("Not saved"),
                self.tr("{problem}\n\nTry another folder.").format(problem=exc),
            )
            return
        QMessageBox.information(
            self,
            self.tr("Saved"),
            self.tr("Saved %n rows to {file}.", "", rows).format(file=target),
        )


def _tr(text: object) -> str:
    """One of this page's marked strings (QT_TRANSLATE_NOOP) in the person's language."""
    return QCoreApplication.translate("HistoryView", str(text))


# How a session felt, as its rating saved it.
FELT = {
    "easy": QT_TRANSLATE_NOOP("HistoryView", "felt easy"),
    "about-right": QT_TRANSLATE_NOOP("HistoryView", "felt about right"),
    "hard": QT_TRANSLATE_NOOP("HistoryView", "felt hard"),
}


def activity_text(a: Activity) -> str:
    """One line per saved rep, hold, set or timed activity."""
    took = duration(round(a.actual_seconds))
    if a.kind == "set":
        text = QCoreApplication.translate("HistoryView", "Set {set} done, {took}")
        return text.format(set=a.set_number, took=took)
    held = duration(round(a.hold_seconds))
    timed = a.kind == "timed"
    if not a.hold_seconds:
        text = (
            QCoreApplication.translate("HistoryView", "Timed: {took}")
            if timed
            else QCoreApplication.translate("HistoryView", "Rep {rep}: {took}")
        )
    elif held == took:
        text = (
            QCoreApplication.translate("HistoryView", "Timed: held {held}")
            if timed
            else QCoreApplication.translate("HistoryView", "Rep {rep}: held {held}")
        )
    else:
        text = (
            QCoreApplication.translate("HistoryView", "Timed: held {held}, {took} in all")
            if timed
            else QCoreApplication.translate("HistoryView", "Rep {rep}: held {held}, {took} in all")
        )
    text = text.format(rep=a.rep_number, held=held, took=took)
    return (
        QCoreApplication.translate("HistoryView", "{activity} (interrupted)").format(activity=text)
        if a.interrupted
        else text
    )
