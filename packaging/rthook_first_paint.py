"""PyInstaller runtime hook for `make bench`: report the first painted frame, then quit.

Inert unless FOOTDROP_FIRST_PAINT_FILE is set. Both the app's bundle and the minimal baseline
bundle carry this same hook, so both are measured the same way: when the first paint event
of any window arrives, the frame is allowed to finish (a zero-time timer runs after the
whole window has been painted), then the monotonic time and the process's resident memory
(VmRSS) are written as JSON to that file, and the app quits. The caller compares the time with
its own monotonic clock reading taken just before it started the process.
"""


def _watch_first_paint() -> None:
    import os

    out = os.environ.get("FOOTDROP_FIRST_PAINT_FILE", "")
    if not out:
        return
    import json
    import time

    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    def vm_rss_kib() -> int:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
        return 0

    class FirstPaint(QObject):
        def __init__(self, app: QApplication) -> None:
            super().__init__(app)
            self._app = app
            self._seen = False

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if not self._seen and event.type() == QEvent.Type.Paint:
                self._seen = True
                self._app.removeEventFilter(self)
                QTimer.singleShot(0, self._report)
            return False

        def _report(self) -> None:
            record = {"monotonic": time.monotonic(), "rss_kib": vm_rss_kib()}
            with open(out, "w", encoding="utf-8") as file:
                json.dump(record, file)
            self._app.quit()

    original_exec = QApplication.exec

    def exec_watching(*_args: object) -> int:  # app.exec() or QApplication.exec()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.installEventFilter(FirstPaint(app))
        return original_exec()  # a static method in PySide6

    QApplication.exec = exec_watching  # type: ignore[method-assign]


_watch_first_paint()
