"""PyInstaller runtime hook for `make bench`: report the first painted frame, then quit.

Inert unless FOOTDROP_FIRST_PAINT_FILE is set. Both the app's bundle and the minimal baseline
bundle carry this same hook, so both are measured the same way: when the first paint event
of a window shown as the event loop starts arrives, the frame is allowed to finish (a
zero-time timer runs after the whole window has been painted), then the monotonic time and
the process's resident memory (VmRSS) are written as JSON to that file, and the app quits.
The caller compares the time with its own monotonic clock reading taken just before it
started the process.

With FOOTDROP_FIRST_PAINT_WAIT=library it waits on, for what a person waits for: the
exercise list painted with its rows, enabled, and no dialog in front of it. Its time is
written as "library" (after that paint has finished), with the first frame's as "monotonic".
The source benchmark (benchmarks/first_paint_probe.py) runs this same hook.
"""


def _watch_first_paint() -> None:
    import os

    out = os.environ.get("FOOTDROP_FIRST_PAINT_FILE", "")
    if not out:
        return
    import json
    import time

    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QTreeWidget

    wait_for_library = os.environ.get("FOOTDROP_FIRST_PAINT_WAIT", "") == "library"

    def vm_rss_kib() -> int:
        with open("/proc/self/status", encoding="ascii") as status:
            for line in status:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1])
        return 0

    class FirstPaint(QObject):
        """Watches the windows shown when the event loop starts, and later the exercise list.

        Only those widgets are watched, never the whole application: a Python filter on the
        application is handed every object of every event, and wrapping each for Python
        builds the enums of nearly every Qt class (some 40 ms of the app's start-up that a
        person would not wait for).
        """

        def __init__(self, app: QApplication) -> None:
            super().__init__(app)
            self._app = app
            self._first: float | None = None
            self._viewports: list[QObject] = []
            for window in app.topLevelWidgets():
                window.installEventFilter(self)

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            kind = event.type()
            if kind == QEvent.Type.Paint:
                if self._first is None:
                    self._first = -1.0  # the frame is being painted: its end is the moment
                    QTimer.singleShot(0, self._first_painted)
                if watched in self._viewports:
                    QTimer.singleShot(0, self._library_painted)
            elif kind == QEvent.Type.Hide and wait_for_library:
                QTimer.singleShot(0, self._watch_lists)  # the loading window gave way
            return False

        def _watch_lists(self) -> None:
            for window in self._app.topLevelWidgets():
                for tree in window.findChildren(QTreeWidget):
                    if tree.viewport() not in self._viewports:
                        self._viewports.append(tree.viewport())
                        tree.viewport().installEventFilter(self)

        def _first_painted(self) -> None:
            self._first = time.monotonic()
            if not wait_for_library:
                self._report({})

        def _library_painted(self) -> None:
            """Its rows painted, enabled, nothing modal in front: the person can click."""
            at = time.monotonic()
            for viewport in self._viewports:
                tree = viewport.parent()
                if (
                    isinstance(tree, QTreeWidget)
                    and tree.isVisible()
                    and tree.isEnabled()
                    and tree.topLevelItemCount() > 0
                    and QApplication.activeModalWidget() is None
                ):
                    self._report({"library": at})
                    return

        def _report(self, extra: dict[str, float]) -> None:
            record = {"monotonic": self._first, "rss_kib": vm_rss_kib(), **extra}
            with open(out, "w", encoding="utf-8") as file:
                json.dump(record, file)
            self._app.quit()

    original_exec = QApplication.exec

    def exec_watching(*_args: object) -> int:  # app.exec() or QApplication.exec()
        app = QApplication.instance()
        if isinstance(app, QApplication):
            FirstPaint(app)  # parented to the app: kept
        return original_exec()  # a static method in PySide6

    QApplication.exec = exec_watching  # type: ignore[method-assign]


_watch_first_paint()
