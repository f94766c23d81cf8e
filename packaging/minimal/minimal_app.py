"""The bench's baseline: a bare PySide6 window (one label).

`make bench` freezes it twice: with PyInstaller's defaults (packaging/minimal/minimal.spec,
the baseline for the size, first-paint and memory targets) and with the app's own bundle
rules (minimal_trimmed.spec, a stricter size reference), beside the app's bundle.
"""

import sys

from PySide6.QtWidgets import QApplication, QLabel

app = QApplication(sys.argv)
label = QLabel("Foot Drop Exercises")
label.resize(1280, 800)
label.show()
sys.exit(app.exec())
