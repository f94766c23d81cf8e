"""The bench's baseline: a bare PySide6 window (one label), frozen like the app.

`make bench` builds it with packaging/minimal/minimal.spec (the same bundle rules as
build.spec) and measures its size, time to first paint and memory beside the app's bundle.
"""

import sys

from PySide6.QtWidgets import QApplication, QLabel

app = QApplication(sys.argv)
label = QLabel("Foot Drop Exercises")
label.resize(1280, 800)
label.show()
sys.exit(app.exec())
