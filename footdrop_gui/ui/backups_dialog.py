"""View -> Backups of your history: every kept copy, and a way back to one of them.

Lists the daily backups, the copies made before an update and the files set aside (a damaged
history, or the history as it was before a restore), each with its date and how many
sessions it holds. Restoring asks first and keeps the current history aside, so a restore
can itself be undone from this same list. At start, when the history was found damaged, this
dialog opens with that message and the newest good copy already chosen.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from footdrop_gui.storage.backups import Copy, backup_now, list_copies, restore
from footdrop_gui.storage.errors import HistoryError
from footdrop_gui.storage.journal import Journal
from footdrop_gui.ui.history_writes import EVERYTHING, HistoryWrites
from footdrop_gui.ui.theme import scaled_font


def _when(copy: Copy) -> str:
    return f"{copy.taken_at:%A %d %B %Y, %H:%M}".replace(" 0", " ")


def _sessions(copy: Copy) -> str:
    if copy.sessions is None:
        return "cannot be read"
    return "1 session" if copy.sessions == 1 else f"{copy.sessions} sessions"


class BackupsDialog(QDialog):
    """The list of copies, with Make a copy now and Restore the chosen copy."""

    def __init__(
        self,
        journal: Journal,
        data_dir: Path,
        message: str | None = None,
        parent: QWidget | None = None,
        writes: HistoryWrites | None = None,
    ) -> None:
        super().__init__(parent)
        self._conn = journal.connection
        self._writes = writes or HistoryWrites(self)  # the window's: every page refreshes
        self._data_dir = data_dir
        self.setWindowTitle("Backups of your history")
        self.setMinimumWidth(820)  # a date, what it is and its sessions on one line
        heading = QLabel("Backups of your history")
        heading.setFont(scaled_font(self.font(), 1.4, bold=True))
        self.message = QLabel(message or "")
        self.message.setWordWrap(True)
        self.message.setVisible(bool(message))
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        intro = QLabel(
            "A checked copy of your history is made each day you use the app. Choose one and "
            "press Restore to go back to it: your history as it is now is kept here too."
        )
        intro.setWordWrap(True)
        self.table = QTreeWidget()
        self.table.setHeaderLabels(["Made on", "What it is", "Sessions"])
        self.table.setRootIsDecorated(False)
        self.table.header().setStretchLastSection(False)
        self.table.setAccessibleName("Backups and set-aside files")
        self.table.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.table.itemDoubleClicked.connect(lambda *_: self.restore_chosen())
        self.backup_button = QPushButton("Make a copy now")
        self.backup_button.clicked.connect(self.make_copy)
        self.restore_button = QPushButton("Restore the chosen copy…")
        self.restore_button.clicked.connect(self.restore_chosen)
        close = QPushButton("Close")
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.backup_button)
        buttons.addStretch(1)
        buttons.addWidget(self.restore_button)
        buttons.addWidget(close)
        for button in (self.backup_button, self.restore_button, close):
            button.setMinimumHeight(44)  # big enough to hit (UX guide)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(heading)
        layout.addWidget(self.message)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(buttons)
        self.copies: list[Copy] = []
        self._items: list[QTreeWidgetItem] = []
        self.refresh()
        if message:
            self._offer_newest_good()

    def refresh(self) -> None:
        self.copies = list_copies(self._data_dir)
        self.table.clear()
        self._items = []
        for copy in self.copies:
            item = QTreeWidgetItem([_when(copy), copy.kind.value, _sessions(copy)])
            if not copy.restorable:
                item.setToolTip(1, "This file cannot be restored; it is kept as it is.")
            self.table.addTopLevelItem(item)
            self._items.append(item)
        self.table.header().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column in (0, 2):
            self.table.resizeColumnToContents(column)
        if self._items:
            self.table.setCurrentItem(self._items[0])
        self._update_buttons()

    def _offer_newest_good(self) -> None:
        good = next((i for i, c in enumerate(self.copies) if c.restorable), None)
        if good is None:
            self.message.setText(self.message.text() + "\n\nThere is no good backup to go back to.")
            return
        copy = self.copies[good]
        self.table.setCurrentItem(self._items[good])
        self.message.setText(
            f"{self.message.text()}\n\nThe newest good backup is from {_when(copy)}, with "
            f"{_sessions(copy)}. It is chosen below: press Restore to go back to it."
        )
        self.restore_button.setDefault(True)

    def chosen(self) -> Copy | None:
        item = self.table.currentItem()
        return self.copies[self._items.index(item)] if item in self._items else None

    def _update_buttons(self) -> None:
        copy = self.chosen()
        self.restore_button.setEnabled(copy is not None and copy.restorable)

    def make_copy(self) -> None:
        try:
            backup_now(self._conn, self._data_dir, datetime.now())
        except (HistoryError, OSError) as exc:  # a CopyError is an OSError
            self._say("The copy could not be made", f"{exc} Nothing was changed.")
            return
        self.refresh()

    def restore_chosen(self) -> None:
        copy = self.chosen()
        if copy is None or not copy.restorable:
            return
        asked = QMessageBox(
            QMessageBox.Icon.Question,
            "Restore this backup?",
            f"Go back to the backup from {_when(copy)}, with {_sessions(copy)}?\n\n"
            "Your history as it is now is kept in this list first, so you can come back "
            "to it. Nothing is deleted.",
            parent=self,
        )
        yes = asked.addButton("Restore", QMessageBox.ButtonRole.AcceptRole)
        asked.addButton("Cancel", QMessageBox.ButtonRole.RejectRole)
        asked.exec()
        if asked.clickedButton() is not yes:
            return
        try:
            restore(self._conn, self._data_dir, copy.path)
        except (HistoryError, OSError) as exc:
            self._say("The backup could not be restored", f"{exc} Your history was not changed.")
            return
        self.message.setText(f"Done: your history is now the backup from {_when(copy)}.")
        self.message.setVisible(True)
        self.refresh()
        self._writes.changed.emit(EVERYTHING)

    def _say(self, title: str, text: str) -> None:
        QMessageBox(QMessageBox.Icon.Warning, title, text, parent=self).exec()
