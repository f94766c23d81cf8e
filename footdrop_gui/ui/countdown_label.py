"""The session's big countdown, sized to be read from across the room and never clipped.

Its digits are a quarter of the window's height (UX guide) when there is room. It asks the
layout for no room of its own, so a notice or the away question on a small screen never
pushes the window past the screen's bottom: the number then shrinks to the room it has. It
fits the widest number the current step can show (its starting value, e.g. "30:00"), in
digits of equal width, so "19:59" and "10:00" are whole and the size holds still all step.
"""

from __future__ import annotations

import math
import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetricsF, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy

from footdrop_gui.ui.font_roles import window_height

# The countdown's digits (as drawn) are at least a quarter of the window's height (UX guide).
COUNTDOWN_HEIGHT_SHARE = 0.26
SMALLEST_PIXELS = 48
# Room left at each side, so the number never touches its neighbours.
SIDE_MARGIN_SHARE = 0.04


class CountdownLabel(QLabel):
    """Bold tabular digits: as big as the window asks, as small as the room left needs."""

    def __init__(self) -> None:
        super().__init__()
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setAccessibleName("Seconds left")
        self.setMinimumSize(200, SMALLEST_PIXELS)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self._widest = "0"

    def set_widest(self, text: str) -> None:
        """The longest number this step will show; the size is fitted to it."""
        template = re.sub(r"\d", "0", text) or "0"
        if template != self._widest:
            self._widest = template
            self._refit()

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._refit()
        super().resizeEvent(event)

    def _refit(self) -> None:
        font = self.fitted_font()
        if font != self.font():
            self.setFont(font)

    def fitted_font(self) -> QFont:
        """Digits a quarter of the window high, unless the label's height or width is less."""
        font = QFont(self.font())
        font.setBold(True)
        font.setFeature(QFont.Tag("tnum"), 1)  # digits of equal width: the number never jitters
        font.setPixelSize(100)
        metrics = QFontMetricsF(font)
        digit_share = metrics.tightBoundingRect("8").height() / 100
        line_share = metrics.height() / 100
        # Every digit is as wide as "0" (tabular), so the widest string is the template.
        width_share = max(
            metrics.horizontalAdvance(self._widest), metrics.boundingRect(self._widest).width()
        ) / 100
        wanted = window_height(self) * COUNTDOWN_HEIGHT_SHARE / digit_share
        room_high = self.height() / line_share
        room_wide = self.width() * (1 - 2 * SIDE_MARGIN_SHARE) / width_share
        font.setPixelSize(max(SMALLEST_PIXELS, math.floor(min(wanted, room_high, room_wide))))
        return font
