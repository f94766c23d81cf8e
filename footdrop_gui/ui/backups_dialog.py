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

from PySide6.QtCore import (
    QCoreApplication,
    QDate,
    QDateTime,
    QLocale,
    QSize,
    Qt,
    QTime,
)
from PySide6.QtGui import QShowEvent
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
from footdrop_gui.ui.dialogs import fit_to_screen
from footdrop_gui.ui.history_writes import EVERYTHING, HistoryWrites
from footdrop_gui.ui.theme import scaled_font

translate = QCoreApplication.translate


def _when(copy: Copy) -> str:
    """The day and time in the person's language, e.g. "Monday 23 November 2026, 9:15"."""
    layout = translate("BackupsDialog", "dddd d MMMM yyyy, H:mm", "a date in Qt's format")
    t = copy.taken_at
    return QLocale().toString(
        QDateTime(QDate(t.year, t.month, t.day), QTime(t.hour, t.minute)), layout
    )


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
        self.setWindowTitle(translate("BackupsDialog", "Backups of your history"))
        self.setMinimumWidth(820)  # a date, what it is and its sessions on one line
        heading = QLabel(translate("BackupsDialog", "Backups of your history"))
        heading.setFont(scaled_font(self.font(), 1.4, bold=True))
        self.message = QLabel(message or "")
        self.message.setWordWrap(True)
        self.message.setVisible(bool(message))
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        intro = QLabel(
            translate(
                "BackupsDialog",
                "A checked copy of your history is made each day you use the app. Choose one and "
                "press Restore to go back to it: your history as it is now is kept here too.",
            )
        )
        intro.setWordWrap(True)
        self.table = QTreeWidget()
        self.table.setHeaderLabels(
            [
                translate("BackupsDialog", "Made on"),
                translate("BackupsDialog", "What it is"),
                translate("BackupsDialog", "Sessions"),
            ]
        )
        self.table.setRootIsDecorated(False)
        self.table.header().setStretchLastSection(False)
        self.table.setAccessibleName(translate("BackupsDialog", "Backups and set-aside files"))
        self.table.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.table.itemDoubleClicked.connect(lambda *_: self.restore_chosen())
        self.backup_button = QPushButton(translate("BackupsDialog", "Make a copy now"))
        self.backup_button.clicked.connect(self.make_copy)
        self.restore_button = QPushButton(translate("BackupsDialog", "Restore the chosen copy…"))
        self.restore_button.clicked.connect(self.restore_chosen)
        close = QPushButton(translate("BackupsDialog", "Close"))
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

    def _sessions(self, copy: Copy) -> str:
        """How many sessions a copy holds. The singular is its own message so English needs no
        plural file; the plural uses self.tr, as lupdate marks translate(..., n) as plural
        only when n is a number written out."""
        if copy.sessions is None:
            return self.tr("cannot be read")
        return self.tr("%n sessions", "", copy.sessions)

    def refresh(self) -> None:
        self.copies = list_copies(self._data_dir)
        self.table.clear()
        self._items = []
        for copy in self.copies:
            item = QTreeWidgetItem([_when(copy), copy.kind.words, self._sessions(copy)])
            if not copy.restorable:
                item.setToolTip(
                    1,
                    translate(
                        "BackupsDialog", "This file cannot be restored; it is kept as it is."
                    ),
                )
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
            none = translate("BackupsDialog", "There is no good backup to go back to.")
            self.message.setText(f"{self.message.text()}\n\n{none}")
            return
        copy = self.copies[good]
        self.table.setCurrentItem(self._items[good])
        offer = translate(
            "BackupsDialog",
            "The newest good backup is from {when}, with {sessions}. It is chosen below: "
            "press Restore to go back to it.",
        ).format(when=_when(copy), sessions=self._sessions(copy))
        self.message.setText(f"{self.message.text()}\n\n{offer}")
        self.restore_button.setDefault(True)

    def showEvent(self, event: QShowEvent) -> None:
        """Wide enough for the buttons and tall enough for every line of the messages (a long
        language, large text), never bigger than the screen: the list gives up room first."""
        layout = self.layout()
        if layout is not None:
            width = max(self.width(), layout.totalMinimumSize().width())
            height = max(self.height(), layout.totalHeightForWidth(width))
            fit_to_screen(self, QSize(width, height))
        super().showEvent(event)

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
            self._say(
                translate("BackupsDialog", "The copy could not be made"),
                translate("BackupsDialog", "{reason} Nothing was changed.").format(reason=exc),
            )
            return
        self.refresh()

    def restore_chosen(self) -> None:
        copy = self.chosen()
        if copy is None or not copy.restorable:
            return
        asked = QMessageBox(
            QMessageBox.Icon.Question,
            translate("BackupsDialog", "Restore this backup?"),
            translate(
                "BackupsDialog",
                "Go back to the backup from {when}, with {sessions}?\n\n"
                "Your history as it is now is kept in this list first, so you can come back "
                "to it. Nothing is deleted.",
            ).format(when=_when(copy), sessions=self._sessions(copy)),
            parent=self,
        )
        yes = asked.addButton(
            translate("BackupsDialog", "Restore"), QMessageBox.ButtonRole.AcceptRole
        )
        asked.addButton(translate("BackupsDialog", "Cancel"), QMessageBox.ButtonRole.RejectRole)
        asked.exec()
        if asked.clickedButton() is not yes:
            return
        try:
            restore(self._conn, self._data_dir, copy.path)
        except (HistoryError, OSError) as exc:
            self._say(
                translate("BackupsDialog", "The backup could not be restored"),
                translate("BackupsDialog", "{reason} Your history was not changed.").format(
                    reason=exc
                ),
            )
            return
        done = translate("BackupsDialog", "Done: your history is now the backup from {when}.")
        self.message.setText(done.format(when=_when(copy)))
        self.message.setVisible(True)
        self.refresh()
        self._writes.changed.emit(EVERYTHING)

    def _say(self, title: str, text: str) -> None:
        QMessageBox(QMessageBox.Icon.Warning, title, text, parent=self).exec()
