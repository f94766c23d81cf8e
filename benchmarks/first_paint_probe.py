"""Child process for first_paint.py: open the app (or a bare window), note when it paints.

`app` runs the real start-up (footdrop_gui.startup.run.run_app: data folder, loading window, then
catalog, history, main window, sound and speech with their default settings); `bare` shows a
plain QLabel. Written to the marker file as JSON: the monotonic time of the first paint of
any window, and of the first paint of the exercise list (the library is on screen; for the
bare window, the same moment).
"""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QLabel, QTreeWidget


class FirstPaint(QObject):
    def __init__(self, marker: Path, wait_for_library: bool) -> None:
        super().__init__()
        self._marker = marker
        self._wait = wait_for_library
        self._first: float | None = None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Paint:
            return False
        now = time.monotonic()
        if self._first is None:
            self._first = now
        if not self._wait or isinstance(watched.parent(), QTreeWidget):  # the list's viewport
            self._marker.write_text(json.dumps({"first": self._first, "library": now}))
            os._exit(0)  # measured: no need to wait for a tidy exit
        return False


def main() -> None:
    kind, marker = sys.argv[1], Path(sys.argv[2])
    watcher = FirstPaint(marker, wait_for_library=kind == "app")
    if kind == "bare":
        app = QApplication(sys.argv[:1])
        app.installEventFilter(watcher)
        label = QLabel("Foot Drop Exercises")
        label.resize(1280, 800)
        label.show()
        app.exec()
        return
    from footdrop_gui.startup import run as footdrop_app

    create = footdrop_app.create_application

    def create_and_watch(argv: list[str]) -> QApplication:
        application = create(argv)
        application.installEventFilter(watcher)
        return application

    footdrop_app.create_application = create_and_watch  # type: ignore[assignment]
    footdrop_app.run_app(None)  # the data folder found the usual way (XDG_DATA_HOME)


if __name__ == "__main__":
    main()
