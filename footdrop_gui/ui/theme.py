"""Calm light and dark palettes with known contrast, a readable base font, and scheme switching.

The app sets its own palettes rather than trusting each platform's, so that text contrast
meets WCAG AA in both schemes (a test computes the ratios) and the look is the same everywhere.
"""

from __future__ import annotations

from enum import StrEnum

from PySide6 import QtCore
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

MIN_BODY_POINTS = 14


class Scheme(StrEnum):
    """The user's appearance choice; SYSTEM follows the desktop's light or dark setting."""

    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"


Role = QPalette.ColorRole
_LIGHT = {
    Role.Window: "#f3f5f7",
    Role.WindowText: "#1c2630",
    Role.Base: "#ffffff",
    Role.AlternateBase: "#e9eef2",
    Role.Text: "#1c2630",
    Role.Button: "#e3e9ee",
    Role.ButtonText: "#1c2630",
    Role.Highlight: "#2a6a87",
    Role.HighlightedText: "#ffffff",
    Role.ToolTipBase: "#ffffff",
    Role.ToolTipText: "#1c2630",
    Role.PlaceholderText: "#56636f",
    Role.Link: "#1d5a8c",
    Role.Light: "#ffffff",
    Role.Midlight: "#eef2f5",
    Role.Mid: "#aab6c0",
    Role.Dark: "#7d8a96",
    Role.Shadow: "#4a5560",
    Role.BrightText: "#ffffff",
}
_DARK = {
    Role.Window: "#1d2126",
    Role.WindowText: "#e4e9ed",
    Role.Base: "#15191d",
    Role.AlternateBase: "#242a30",
    Role.Text: "#e4e9ed",
    Role.Button: "#2b3239",
    Role.ButtonText: "#e4e9ed",
    Role.Highlight: "#6cb1d1",
    Role.HighlightedText: "#0f1418",
    Role.ToolTipBase: "#2b3239",
    Role.ToolTipText: "#e4e9ed",
    Role.PlaceholderText: "#a3aeb8",
    Role.Link: "#8fc6ee",
    Role.Light: "#3a424a",
    Role.Midlight: "#30373e",
    Role.Mid: "#4b555e",
    Role.Dark: "#111417",
    Role.Shadow: "#08090a",
    Role.BrightText: "#ffffff",
}
# Disabled text stays legible (3:1 at least): it still explains what is not yet available.
_DISABLED_TEXT = {False: "#66727d", True: "#8d99a4"}


def palette_colors(dark: bool) -> dict[QPalette.ColorRole, str]:
    """The active colours of a scheme (used by the contrast test and the stylesheet)."""
    return dict(_DARK if dark else _LIGHT)


def build_palette(dark: bool) -> QPalette:
    palette = QPalette()
    for role, color in palette_colors(dark).items():
        palette.setColor(role, QColor(color))
    disabled = QColor(_DISABLED_TEXT[dark])
    for role in (Role.WindowText, Role.Text, Role.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return palette


def system_prefers_dark() -> bool:
    # QtCore.Qt is looked up here, not imported at the top: building Qt's namespace of enums
    # takes ~20 ms, which the opening window does without (see ui/opening_window.py).
    return QGuiApplication.styleHints().colorScheme() == QtCore.Qt.ColorScheme.Dark


def is_dark(palette: QPalette) -> bool:
    """Whether a palette is a dark one (drawings and icons switch colours on this)."""
    return palette.color(Role.Window).lightness() < 128


# A warm amber edge marks cautions; the "⚠ Take care" heading carries the meaning in words.
_CAUTION_EDGE = {False: "#a8701c", True: "#e0a84a"}
# The paused banner: calm amber, unmistakable, and it says "PAUSED" in words.
BANNER = {False: ("#f6e3b4", "#1c2630"), True: ("#5a4616", "#f5ead0")}


def style_sheet(dark: bool) -> str:
    """The few styled parts: the big primary button and the caution box's edge."""
    c = palette_colors(dark)
    return f"""
QPushButton#primaryButton {{
    background: {c[Role.Highlight]}; color: {c[Role.HighlightedText]};
    border: 2px solid {c[Role.Highlight]}; border-radius: 8px; padding: 8px 28px;
}}
QPushButton#primaryButton:focus {{ border: 3px solid {c[Role.Text]}; }}
QPushButton#primaryButton:disabled {{
    background: {c[Role.Button]}; color: {_DISABLED_TEXT[dark]}; border: 2px solid {c[Role.Mid]};
}}
QWidget#cautionBox {{ border-left: 5px solid {_CAUTION_EDGE[dark]}; padding-left: 10px; }}
QLabel#pausedBanner {{
    background: {BANNER[dark][0]}; color: {BANNER[dark][1]}; border-radius: 8px; padding: 10px;
}}
"""


def apply_scheme(app: QApplication, scheme: Scheme) -> bool:
    """Install the light or dark palette for the user's choice (SYSTEM asks the desktop).

    Returns whether it is dark, for the next start's opening window (see AppSettings.last_dark).
    """
    dark = system_prefers_dark() if scheme is Scheme.SYSTEM else scheme is Scheme.DARK
    app.setPalette(build_palette(dark))
    app.setStyleSheet(style_sheet(dark))
    return dark


# Fusion everywhere (it honours our palettes), asked for on QApplication's command line so
# that it is the one style made: setting it afterwards builds a second style, and touching
# QStyle from Python builds its enums (~7 ms each at start-up).
STYLE_ARGS = ["-style", "fusion"]


def apply_body_font(app: QApplication) -> None:
    """Body text no smaller than 14 pt."""
    font = QFont(app.font())
    font.setPointSizeF(max(font.pointSizeF(), MIN_BODY_POINTS))
    app.setFont(font)


def scaled_font(base: QFont, factor: float, bold: bool = False) -> QFont:
    """A heading or caption size relative to the body font, so system scaling carries through."""
    font = QFont(base)
    font.setPointSizeF(base.pointSizeF() * factor)
    font.setBold(bold)
    return font
