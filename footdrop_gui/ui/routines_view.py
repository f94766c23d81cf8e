"""Your routines: the built-in templates (read-only, copy to change) and your own ones."""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from footdrop_gui.core.catalog import Catalog
from footdrop_gui.core.describe import duration
from footdrop_gui.core.program import Side, compile_program
from footdrop_gui.core.routine import UNSAVED, Routine, RoutineError, RoutineRef
from footdrop_gui.core.routine_file import parse_routine_file, routine_to_file
from footdrop_gui.storage.routine_files import (
    RoutineFileError,
    display_name,
    read_routine_file,
    save_routine_file,
)
from footdrop_gui.storage.routine_store import RoutineStore
from footdrop_gui.ui.dialogs import ask
from footdrop_gui.ui.history_writes import KEPT, ROUTINES, HistoryWrites, touches
from footdrop_gui.ui.routine_editor import MOVE_DOWN, MOVE_UP, RoutineEditor, key_names
from footdrop_gui.ui.scroll_page import scrolling
from footdrop_gui.ui.theme import relative_font


class RoutinesView(QWidget):
    """Emits start_requested(routine) to run one, closed to go back to the library."""

    start_requested = Signal(Routine)
    closed = Signal()

    def __init__(
        self,
        store: RoutineStore,
        builtins: tuple[Routine, ...],
        catalog: Catalog,
        affected: Callable[[], Side],
        parent: QWidget | None = None,
        writes: HistoryWrites | None = None,
    ) -> None:
        super().__init__(parent)
        self._store = store
        self._writes = writes or HistoryWrites(self)  # the window's, shared by every page
        self._writes.changed.connect(self._history_changed)
        self._builtins = builtins
        self._catalog = catalog
        self._affected = affected
        self._deleted: int | None = None
        heading = QLabel(self.tr("Your routines"))
        relative_font(heading, 1.7, bold=True)
        self.back_button = QPushButton(self.tr("Back to exercises"))
        self.back_button.setMinimumHeight(44)
        self.back_button.clicked.connect(self.closed)
        top = QHBoxLayout()
        top.addWidget(heading, 1)
        top.addWidget(self.back_button)
        self.undo_bar = QWidget()
        self.undo_bar.setObjectName("undoBar")
        undo_row = QHBoxLayout(self.undo_bar)
        self.undo_text = QLabel()
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.clicked.connect(self.undo_delete)
        undo_row.addWidget(self.undo_text, 1)
        undo_row.addWidget(self.undo_button)
        self.undo_bar.hide()
        QShortcut(QKeySequence.StandardKey.Undo, self, self.undo_delete)
        self.notice = QLabel(wordWrap=True)
        self.notice.setObjectName("noticeBanner")
        self.notice.hide()

        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Routines"))
        self.list.setWordWrap(True)  # a long name wraps rather than being cut at large text
        self.list.currentRowChanged.connect(self._update_buttons)
        self.list.itemActivated.connect(lambda _item: self.start())
        self.about = QLabel()
        self.about.setWordWrap(True)
        self.about.setAlignment(Qt.AlignmentFlag.AlignTop)

        self.buttons: dict[str, QPushButton] = {}
        actions = (
            ("start", self.tr("▶  Start"), self.start, self.tr("Run this routine now (Enter)")),
            ("edit", self.tr("Edit…"), self.edit, self.tr("Change its exercises and doses")),
            ("copy", self.tr("Make a copy"), self.copy, self.tr("Copy it into your own routines")),
            ("rename", self.tr("Rename…"), self.rename, self.tr("Give it a new name")),
            (
                "daily",
                self.tr("Use as my daily routine"),
                self.make_daily,
                self.tr("The big Start button runs it"),
            ),
            ("up", self.tr("Move up"), lambda: self.move_selected(-1), key_names(MOVE_UP)),
            ("down", self.tr("Move down"), lambda: self.move_selected(1), key_names(MOVE_DOWN)),
            ("delete", self.tr("Delete…"), self.delete, self.tr("Remove it (you can undo)")),
            # The two longest, "Use as my daily routine" and this, share a column: narrower.
            (
                "import",
                self.tr("Open a routine file…"),
                self.import_file,
                self.tr("A routine from your therapist"),
            ),
            (
                "export",
                self.tr("Save as a file…"),
                self.export,
                self.tr("A routine file for your therapist"),
            ),
        )
        grid = QGridLayout()
        for number, (key, text, slot, tip) in enumerate(actions):
            button = QPushButton(text)
            button.setMinimumHeight(44)
            button.setToolTip(tip)
            button.clicked.connect(slot)
            self.buttons[key] = button
            grid.addWidget(button, number // 2, number % 2)
        self.buttons["start"].setObjectName("primaryButton")
        self.buttons["start"].setAccessibleName(self.tr("Start this routine"))
        QShortcut(MOVE_UP, self, lambda: self.move_selected(-1))
        QShortcut(MOVE_DOWN, self, lambda: self.move_selected(1))
        side = QVBoxLayout()
        # A long description scrolls at large text rather than hide under the buttons.
        about_page = scrolling(self.about, self.tr("About this routine"))
        side.addWidget(about_page, 1)
        side.addLayout(grid)
        middle = QHBoxLayout()
        middle.addWidget(self.list, 1)
        middle.addLayout(side, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addLayout(top)
        layout.addWidget(self.undo_bar)
        layout.addWidget(self.notice)
        layout.addLayout(middle, 1)
        reading_order = (self.list, about_page, *self.buttons.values(), self.back_button)
        for before, after in pairwise(reading_order):
            QWidget.setTabOrder(before, after)

    # -- the list -------------------------------------------------------------------------
    def _history_changed(self, part: str) -> None:
        if touches(part, ROUTINES):
            self.refresh()

    def refresh(self) -> None:
        current = self.selected_id()
        self.list.blockSignals(True)
        self.list.clear()
        for routine in self._builtins:
            item = QListWidgetItem(self.tr("{name}  (built in)").format(name=routine.name))
            item.setData(Qt.ItemDataRole.UserRole, routine.ref)
            self.list.addItem(item)
        for stored in self._store.all():
            name = stored.routine.name
            daily = self.tr("{name}  ★ my daily routine").format(name=name)
            item = QListWidgetItem(daily if stored.is_daily else name)
            item.setData(Qt.ItemDataRole.UserRole, stored.routine.ref)
            if stored.is_daily:
                bold = QFont()  # bold only: the size follows the list's
                bold.setBold(True)
                item.setFont(bold)
            self.list.addItem(item)
            if stored.id == current:
                self.list.setCurrentItem(item)
        self.list.blockSignals(False)
        if self.list.currentRow() < 0:
            self.list.setCurrentRow(0)
        self._update_buttons()

    def select(self, stored_id: int) -> None:
        """Choose one of your routines in the list (after the change that added it)."""
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == RoutineRef.mine(stored_id):
                self.list.setCurrentRow(row)

    def _selected_ref(self) -> RoutineRef | None:
        item = self.list.currentItem()
        if item is None:
            return None
        ref: RoutineRef = item.data(Qt.ItemDataRole.UserRole)
        return ref

    def selected_id(self) -> int | None:
        """The stored id of the chosen routine (None for a built-in one)."""
        ref = self._selected_ref()
        return None if ref is None else ref.stored_id

    def selected(self) -> Routine | None:
        ref = self._selected_ref()
        if ref is None:
            return None
        if ref.stored_id is None:
            return next(r for r in self._builtins if r.ref == ref)
        return self._store.get(ref.stored_id).routine

    def _update_buttons(self) -> None:
        routine = self.selected()
        mine = self.selected_id() is not None
        for key in ("edit", "rename", "daily", "up", "down", "delete"):
            self.buttons[key].setEnabled(mine)
        for key in ("start", "copy", "export"):
            self.buttons[key].setEnabled(routine is not None)
        if routine is None:
            self.about.clear()
            return
        seconds = compile_program(
            routine.program_entries(self._catalog), self._affected()
        ).total_seconds
        names = self.tr(", ").join(self._catalog.get(i).name for i in routine.exercise_ids)
        about = (
            self.tr("{description}\n\nAbout {time}: {exercises}.")
            if mine
            else self.tr(
                "{description}\n\nAbout {time}: {exercises}. "
                "Built-in routines cannot be changed: make a copy."
            )
        )
        time = duration(60 * max(1, round(seconds / 60)))
        self.about.setText(
            about.format(description=routine.description, time=time, exercises=names).strip()
        )

    # -- actions ------------------------------------------------------------------------
    def start(self) -> None:
        routine = self.selected()
        if routine is not None:
            self.start_requested.emit(routine)

    def edit(self) -> None:
        stored_id = self.selected_id()
        if stored_id is None:
            return
        editor = RoutineEditor(
            self._store.get(stored_id).routine, self._catalog, self._affected(), self
        )
        while editor.exec() == RoutineEditor.DialogCode.Accepted:  # a failed save: open again
            changes = self.tr("Your changes to the routine")
            with self._writes.saving(self, changes, ROUTINES, KEPT) as saved:
                self._store.save(stored_id, editor.result_routine())
            if saved:
                return

    def copy(self) -> None:
        routine = self.selected()
        if routine is not None:
            name = self._free_name(self.tr("{name} (my copy)").format(name=routine.name))
            self._add(Routine(UNSAVED, name, routine.description, routine.entries))

    def _add(self, routine: Routine) -> int | None:
        """Store a new routine and choose it; it becomes the daily routine only if the person
        says so. None if it could not be saved."""
        what = self.tr("The routine “{name}”").format(name=routine.name)
        with self._writes.saving(self, what, ROUTINES) as saved:
            new_id = self._store.add(routine)
        if not saved:
            return None
        self.select(new_id)
        offered = self._store.get(new_id).is_daily  # your first routine: the store offers it
        if offered and not ask(
            self,
            self.tr("Your daily routine?"),
            self.tr(
                "Use “{name}” as your daily routine? The big Start button at the top "
                "will run it. You can choose another one at any time here."
            ).format(name=routine.name),
        ):
            with self._writes.saving(self, self.tr("Your choice"), ROUTINES):
                self._store.set_daily(None)
        return new_id

    def _same_name(self, name: str) -> int | None:
        """The id of your own routine with this name, if there is one."""
        wanted = name.casefold()
        return next((s.id for s in self._store.all() if s.routine.name.casefold() == wanted), None)

    def _free_name(self, name: str) -> str:
        """name, or name (2), (3)... so that no two of your routines share a name."""
        if self._same_name(name) is None:
            return name
        number = 2
        while self._same_name(f"{name[:72]} ({number})") is not None:
            number += 1
        return f"{name[:72]} ({number})"

    def _place_from_file(self, routine: Routine, source: Path) -> int | None:
        """Add a routine read from a file; if you have one of that name, ask what to do."""
        same = self._same_name(routine.name)
        if same is None:
            return self._add(routine)
        other_name = self._free_name(routine.name)
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("You already have this routine"))
        box.setText(
            self.tr("You already have a routine called “{name}”.").format(name=routine.name)
        )
        box.setInformativeText(
            self.tr(
                "Replace yours with the one in {file}, or keep both (the new one is "
                "called “{new_name}”)?"
            ).format(file=source.name, new_name=other_name)
        )
        swap = box.addButton(self.tr("Replace mine"), QMessageBox.ButtonRole.AcceptRole)
        both = box.addButton(self.tr("Keep both"), QMessageBox.ButtonRole.ActionRole)
        cancel = box.addButton(self.tr("Cancel"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(both)
        box.setEscapeButton(cancel)
        box.exec()
        if box.clickedButton() is swap:
            what = self.tr("The routine “{name}”").format(name=routine.name)
            with self._writes.saving(self, what, ROUTINES) as saved:
                self._store.save(same, routine)
            return same if saved else None
        if box.clickedButton() is both:
            return self._add(Routine(UNSAVED, other_name, routine.description, routine.entries))
        return None

    def rename(self) -> None:
        stored_id = self.selected_id()
        if stored_id is None:
            return
        name, ok = QInputDialog.getText(
            self,
            self.tr("Rename"),
            self.tr("New name:"),
            text=self._store.get(stored_id).routine.name,
        )
        if ok and name.strip():
            with self._writes.saving(self, self.tr("The new name"), ROUTINES):
                self._store.rename(stored_id, name.strip()[:80])

    def make_daily(self) -> None:
        stored_id = self.selected_id()
        if stored_id is not None:
            with self._writes.saving(self, self.tr("Your daily routine"), ROUTINES):
                self._store.set_daily(stored_id)

    def move_selected(self, offset: int) -> None:
        stored_id = self.selected_id()
        if stored_id is not None:
            with self._writes.saving(self, self.tr("The new order"), ROUTINES):
                self._store.move(stored_id, offset)

    def delete(self) -> None:
        stored_id = self.selected_id()
        if stored_id is None:
            return
        name = self._store.get(stored_id).routine.name
        if not ask(
            self,
            self.tr("Delete this routine?"),
            self.tr(
                "Delete “{name}”? Your past sessions stay in your history. "
                "You can undo this until you close the app."
            ).format(name=name),
        ):
            return
        with self._writes.saving(self, self.tr("Deleting the routine"), ROUTINES) as saved:
            self._store.delete(stored_id)
        if saved:
            self._deleted = stored_id
            self.undo_text.setText(self.tr("“{name}” deleted.").format(name=name))
            self.undo_bar.show()

    def undo_delete(self) -> None:
        if self._deleted is None:
            return
        with self._writes.saving(self, self.tr("Bringing the routine back"), ROUTINES) as saved:
            self._store.restore(self._deleted)
        if saved:
            self.select(self._deleted)
            self._deleted = None
            self.undo_bar.hide()

    def export(self) -> None:
        routine = self.selected()
        if routine is None:
            return
        suggested = str(Path.home() / f"{routine.name.lower().replace(' ', '-')}.json")
        target, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save the routine as a file"),
            suggested,
            self.tr("Routine files (*.json)"),
        )
        if target:
            self.save_file(routine, Path(target))

    def save_file(self, routine: Routine, target: Path) -> bool:
        try:
            save_routine_file(routine_to_file(routine, self._catalog), target)
        except RoutineFileError as exc:
            QMessageBox.warning(
                self,
                self.tr("Not saved"),
                self.tr("{problem}\n\nNothing was changed.").format(problem=exc),
            )
            return False
        self._tell(self.tr("Saved “{name}” as {file}").format(name=routine.name, file=target))
        return True

    def _tell(self, text: str) -> None:
        """A calm line under the heading that says what was just done, and where."""
        self.notice.setText(text)
        self.notice.show()

    def import_file(self) -> None:
        source, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open a routine file"),
            str(Path.home()),
            self.tr("Routine files (*.json)"),
        )
        if source:
            self.open_file(Path(source))

    def open_file(self, source: Path) -> int | None:
        """Add the routine in a file; anything wrong is explained and nothing is added."""
        try:
            text = read_routine_file(source)
            routine = parse_routine_file(text, self._catalog, display_name(source))
        except RoutineFileError as exc:
            QMessageBox.warning(
                self,
                self.tr("Not opened"),
                self.tr("Nothing was added.\n\n{problem}").format(problem=exc),
            )
            return None
        except RoutineError as exc:
            QMessageBox.warning(
                self,
                self.tr("This routine file has a problem"),
                self.tr(
                    "Nothing was added.\n\n{problem}\n\nAsk whoever made the file to check it."
                ).format(problem=exc),
            )
            return None
        new_id = self._place_from_file(routine, source)
        if new_id is not None:
            self.select(new_id)
            added = self._store.get(new_id).routine.name
            self._tell(self.tr("Added “{name}” from {file}").format(name=added, file=source))

        return new_id
