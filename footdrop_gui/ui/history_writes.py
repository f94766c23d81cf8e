"""Every change to the history is saved through here, as Anki's operations module does.

One place decides what a failed save looks like (a calm message: what happened, what to do,
and that what the person typed is still there), and one signal tells every page that the
history changed, so no page refreshes another by hand.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from footdrop_gui.storage.errors import HistoryError

# What a change touched, as `changed` carries it; a page refreshes for the parts it shows.
SESSIONS = "sessions"
ROUTINES = "routines"
VISITS = "visits"
EVERYTHING = "everything"  # a backup was restored

# Where the person's work is after a failed save: still on screen, never thrown away
# (translated when said).
KEPT = str(
    QT_TRANSLATE_NOOP("HistoryWrites", "What you entered is still on screen: nothing is lost.")
)


class Saved:
    """True once the block under HistoryWrites.saving() has been saved."""

    def __init__(self) -> None:
        self.ok = False

    def __bool__(self) -> bool:
        return self.ok


class HistoryWrites(QObject):
    """The one door for changes: `saving()` runs them; `changed` says what changed."""

    changed = Signal(str)  # SESSIONS, ROUTINES, VISITS or EVERYTHING

    @contextmanager
    def saving(self, parent: QWidget, what: str, part: str, kept: str = "") -> Iterator[Saved]:
        """Run the block's writes. On success emit `changed(part)`; when storage cannot save,
        tell the person that `what` was not saved and why (`kept`: where their work still is),
        and carry on: the block's caller sees a false Saved and leaves the screen as it is."""
        saved = Saved()
        try:
            yield saved
        except HistoryError as exc:
            tell_not_saved(parent, what, str(exc), kept)
            return
        saved.ok = True
        self.changed.emit(part)


def touches(changed_part: str, *shown: str) -> bool:
    """Whether a change to changed_part affects a page that shows the parts `shown`."""
    return changed_part == EVERYTHING or changed_part in shown


def tell_not_saved(parent: QWidget, what: str, why: str, kept: str = "") -> None:
    """`what` is already in the person's language; `kept` may be KEPT, still in English."""
    translate = QCoreApplication.translate
    text = translate("HistoryWrites", "{what} could not be saved. {why}").format(what=what, why=why)
    kept = translate("HistoryWrites", kept) if kept else ""
    QMessageBox.warning(
        parent, translate("HistoryWrites", "Not saved"), f"{text}\n\n{kept}".strip()
    )
