"""A calm word when something the app did not expect goes wrong while it runs.

An error inside Qt's handling of a click or a paint would otherwise only be printed on a
terminal the person never sees, and the click would seem to do nothing. The details still go
to stderr, for whoever helps; the person is told once what it means for them. A damaged
history met before its later check had spoken is said as a damaged file is, instead.
"""

from __future__ import annotations

import sys
import time
import traceback
from collections.abc import Callable
from contextlib import suppress
from types import TracebackType

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QWidget

from footdrop_gui.ui.dialogs import tell

# One message, then only the details on stderr for this long: an error that repeats (say in a
# paint) must not bury the window under messages.
QUIET_FOR_S = 300.0


class UnexpectedProblems(QObject):
    """sys.excepthook while the app runs: installed by startup/run.py for the real app only
    (Startup(report_unexpected=True)); the tests keep pytest-qt's own."""

    def __init__(
        self,
        window: QWidget,
        explained: Callable[[BaseException], bool],
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(window)
        self._window = window
        self._explained = explained
        self._clock = clock
        self._told_at: float | None = None

    def install(self) -> None:
        sys.excepthook = self.hook

    def hook(
        self, kind: type[BaseException], error: BaseException, trace: TracebackType | None
    ) -> None:
        traceback.print_exception(kind, error, trace)  # the details, for whoever helps
        if not issubclass(kind, Exception) or self._explained(error):
            return  # Ctrl+C in a terminal; or a damaged history, said as such
        now = self._clock()
        if self._told_at is not None and now - self._told_at < QUIET_FOR_S:
            return
        self._told_at = now
        with suppress(RuntimeError):  # the window is gone: the app is closing
            QTimer.singleShot(0, self, self._tell)  # outside the handler that failed

    def _tell(self) -> None:
        tell(
            self._window,
            self.tr("Something went wrong"),
            self.tr(
                "The app met a problem it did not expect, so what you just did may not have "
                "happened. Everything already saved in your history is kept.\n\nYou can "
                "carry on. If this happens again, close the app and open it again."
            ),
        )
