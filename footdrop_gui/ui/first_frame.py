"""Work put off until a window's first frame is on screen, so the person sees it sooner."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

# A window that is never painted (started minimised, held back by its compositor) still gets
# its work done after this long.
AT_LATEST_MS = 1000


class AfterFirstFrame(QObject):
    """Calls `then` once, just after `window` has painted its first frame."""

    def __init__(self, window: QWidget, then: Callable[[], None]) -> None:
        super().__init__(window)
        self._then: Callable[[], None] | None = then
        window.installEventFilter(self)
        QTimer.singleShot(AT_LATEST_MS, self, self._run)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self, self._after_frame)  # once this frame is finished
        return False

    def _after_frame(self) -> None:
        """One turn more: what the frame itself set off (its children's follow-ups, the
        window system's replies) comes first; this work can wait a moment longer."""
        QTimer.singleShot(0, self, self._run)

    def _run(self) -> None:
        then, self._then = self._then, None
        if then is not None:
            then()
