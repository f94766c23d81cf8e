"""The session's big seconds-left number, sized to be read from across the room.

Its digits are a quarter of the window's height (UX guide) when there is room. It asks the
layout for no height of its own, so a notice or the away question on a small screen never
pushes the window past the screen's bottom: the number then shrinks to the room it has, and
is never clipped.
"""

from __future__ import annotations

import math

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy

# The countdown's digits (as drawn) are at least a quarter of the window's height (UX guide).
COUNTDOWN_HEIGHT_SHARE = 0.26
SMALLEST_PIXELS = 48


class CountdownLabel(QLabel):
    """Bold tabular digits: as big as the window asks, as small as the room left needs."""

    def __init__(self) -> None:
        super().__init__()
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setAccessibleName("Seconds left")
        self.setMinimumSize(200, SMALLEST_PIXELS)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Ignored)

    def resizeEvent(self, event: QResizeEvent) -> None:
        self.setFont(self.fitted_font())
        super().resizeEvent(event)

    def fitted_font(self) -> QFont:
        """Digits a quarter of the window high, unless the label's own height is less."""
        font = QFont(self.font())
        font.setBold(True)
        font.setFeature(QFont.Tag("tnum"), 1)  # digits of equal width: the number never jitters
        font.setPixelSize(100)
        metrics = QFontMetrics(font)
        digit_share = metrics.tightBoundingRect("8").height() / 100
        line_share = metrics.height() / 100
        wanted = self.window().height() * COUNTDOWN_HEIGHT_SHARE / digit_share
        room = self.height() / line_share
        font.setPixelSize(max(SMALLEST_PIXELS, math.floor(min(wanted, room))))
        return font
