"""Child process for first_paint.py: open the app (or a bare window), note the first paint.

`app` runs the real start-up (footdrop_gui.app.run_app: data folder, catalog, history,
window, sound and speech with their default settings); `bare` shows a plain QLabel.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QLabel


class FirstPaint(QObject):
    def __init__(self, marker: Path) -> None:
        super().__init__()
        self._marker = marker

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self._marker.write_text(repr(time.monotonic()))
            os._exit(0)  # measured: no need to wait for a tidy exit
        return False


def main() -> None:
    kind, data_dir, marker = sys.argv[1], sys.argv[2], Path(sys.argv[3])
    watcher = FirstPaint(marker)
    if kind == "bare":
        app = QApplication(sys.argv[:1])
        app.installEventFilter(watcher)
        label = QLabel("Foot Drop Exercises")
        label.resize(1280, 800)
        label.show()
        app.exec()
        return
    from footdrop_gui import app as footdrop_app

    create = footdrop_app.create_application

    def create_and_watch(argv: list[str]) -> QApplication:
        application = create(argv)
        application.installEventFilter(watcher)
        return application

    footdrop_app.create_application = create_and_watch  # type: ignore[assignment]
    footdrop_app.run_app(data_dir)


if __name__ == "__main__":
    main()
