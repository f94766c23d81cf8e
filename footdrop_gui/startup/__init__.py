"""Start-up, in the order it happens: run.py holds the data folder and runs the app;
application.py builds the QApplication; loading_window.py is painted at once; then
load_library.py loads the catalog, history and main window; problems.py says calmly why the
app cannot open.

Nothing else is imported by this file, so that the first paint waits for no module it does
not need (tests/ui/test_startup.py checks which modules are loaded before it). It only loads
Qt's core with PySide's per-import source scan turned off (pyside_scan.py), before any of the
modules above is imported.
"""

from footdrop_gui.pyside_scan import skip_feature_scan

skip_feature_scan()
