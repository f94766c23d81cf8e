"""Damage in the history found after the library showed, said as a damaged file is at start.

A history opened without its full check (storage/later_check.py) is checked on a thread while
the library shows, and every write waits for that verdict. Whichever finds the damage first,
the check or a write, the file has been set aside untouched and a new one started; here the
pages are refreshed and the person told, with the backups offered, once any message already in
front of them has been read.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QApplication

from footdrop_gui.storage.journal import Journal
from footdrop_gui.ui.history_writes import EVERYTHING, HistoryWrites

MODAL_RETRY_MS = 100  # how often the message waits for the one in front of it to be closed


class LaterDamage(QObject):
    """Runs the later check and says what it, or a write waiting for it, found."""

    checked = Signal()  # from the check's thread

    def __init__(
        self,
        journal: Journal,
        writes: HistoryWrites,
        offer_backups: Callable[[str], None],
        parent: QObject,
    ) -> None:
        super().__init__(parent)
        self._journal = journal
        self._writes = writes
        self._offer_backups = offer_backups
        journal.on_replaced = lambda notice: QTimer.singleShot(0, self, lambda: self._say(notice))
        self.checked.connect(self._checked, Qt.ConnectionType.QueuedConnection)

    def start_check(self) -> None:
        """The full check, on a thread of its own (ten years take ~130 ms)."""
        self._journal.start_check(self.checked.emit)

    def _checked(self) -> None:
        self._journal.settle_check()  # damage: journal.on_replaced, above

    def _say(self, notice: str) -> None:
        if QApplication.activeModalWidget() is not None:  # after it, never over it
            QTimer.singleShot(MODAL_RETRY_MS, self, lambda: self._say(notice))
            return
        self._writes.changed.emit(EVERYTHING)  # the pages show the new, empty history
        self._offer_backups(notice)
