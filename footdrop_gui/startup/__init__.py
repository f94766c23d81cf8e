"""Start-up, in the order it happens: run.py holds the data folder and runs the app;
application.py builds the QApplication; loading_window.py is painted at once; then
load_library.py loads the catalog, history and main window; problems.py says calmly why the
app cannot open.

Nothing here is imported by this file, so that the first paint waits for no module it does
not need (tests/ui/test_startup.py checks which modules are loaded before it).
"""
