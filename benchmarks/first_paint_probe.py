"""Child process for first_paint.py: open the app (or a bare window), note when it paints.

`app` runs the real start-up (footdrop_gui.startup.run.run_app: data folder, loading window, then
catalog, history, main window, sound and speech with their default settings); `bare` shows a
plain QLabel; `widgets` shows the library's widgets with no app code behind them
(benchmarks/library_widgets.py). All are timed by the frozen bundles' own runtime hook
(packaging/rthook_first_paint.py), so source and frozen figures mean the same: the end of the
first painted frame, and for the app the moment the exercise list can be clicked (painted
with its rows, enabled, nothing in front). Written to the marker file as JSON (monotonic times):
"first" and "library" (for the bare window its first frame for both).

The old probe timed the list's first paint event as it arrived (before anything was drawn,
clickable or not) through a Python filter on the whole application, which itself slowed the
app's start-up (see the hook's FirstPaint); neither is done any more.
"""

from __future__ import annotations

import json
import os
import runpy
import sys
import tempfile
from pathlib import Path

from PySide6.QtWidgets import QApplication, QLabel

HOOK = Path(__file__).resolve().parent.parent / "packaging" / "rthook_first_paint.py"


def main() -> None:
    kind, marker = sys.argv[1], Path(sys.argv[2])
    with tempfile.TemporaryDirectory() as scratch:
        hooked = Path(scratch) / "painted.json"
        os.environ["FOOTDROP_FIRST_PAINT_FILE"] = str(hooked)
        os.environ["FOOTDROP_FIRST_PAINT_WAIT"] = "" if kind == "bare" else "library"
        runpy.run_path(str(HOOK))  # patches QApplication.exec, as in a frozen bundle
        if kind == "bare":
            app = QApplication(sys.argv[:1])
            label = QLabel("Foot Drop Exercises")
            label.resize(1280, 800)
            label.show()
            app.exec()
        elif kind == "widgets":
            from library_widgets import run

            run()
        else:
            from footdrop_gui.startup.run import run_app

            run_app(None)  # the data folder found the usual way (XDG_DATA_HOME)
        painted = json.loads(hooked.read_text())
    first = painted["monotonic"]
    record = {
        "first": first,
        "library": painted.get("library", first),
        "rss_kib": painted["rss_kib"],
    }
    marker.write_text(json.dumps(record))
    os._exit(0)  # measured: no need to wait for a tidy exit


if __name__ == "__main__":
    main()
