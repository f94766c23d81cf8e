"""Calm light, dark and high-contrast palettes with known contrast, and the text size.

The app sets its own palettes rather than trusting each platform's, so that text contrast
meets WCAG AA in every scheme (a test computes the ratios) and the look is the same everywhere.
The text size is the application font (14 pt times the person's choice); headings keep their
size relative to it (relative_font), so a new choice reaches every screen at once.
"""

from __future__ import annotations

from enum import StrEnum
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6 import QtCore
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

if TYPE_CHECKING:
    from tempfile import TemporaryDirectory

MIN_BODY_POINTS = 14


class Scheme(StrEnum):
    """The user's appearance choice; SYSTEM follows the desktop's light or dark setting."""

    SYSTEM = "system"
    LIGHT = "light"
    DARK = "dark"
    CONTRAST = "high-contrast"


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
# White on black with yellow for what is chosen: the most contrast, for the poorest eyesight.
# It is a dark scheme (drawings and icons use their dark colours).
_CONTRAST = {
    Role.Window: "#000000",
    Role.WindowText: "#ffffff",
    Role.Base: "#000000",
    Role.AlternateBase: "#1f1f1f",
    Role.Text: "#ffffff",
    Role.Button: "#000000",
    Role.ButtonText: "#ffffff",
    Role.Highlight: "#ffe14d",
    Role.HighlightedText: "#000000",
    Role.ToolTipBase: "#000000",
    Role.ToolTipText: "#ffffff",
    Role.PlaceholderText: "#d0d0d0",
    Role.Link: "#8fd8ff",
    Role.Light: "#ffffff",
    Role.Midlight: "#bfbfbf",
    Role.Mid: "#bfbfbf",
    Role.Dark: "#ffffff",
    Role.Shadow: "#ffffff",
    Role.BrightText: "#ffffff",
}
# Disabled text stays legible (3:1 at least): it still explains what is not yet available.
_DISABLED_TEXT = {False: "#66727d", True: "#8d99a4"}
# Every look as (dark, contrast): light, dark and high contrast (the tests go through each).
LOOKS = ((False, False), (True, False), (True, True))
# Per look: the edge of fields and buttons and the focus ring (3:1 against what they sit on),
# and exercised days on the calendar (background, text).
_CONTROL_EDGE = {(False, False): "#6b7783", (True, False): "#8d99a4", (True, True): "#ffffff"}
_FOCUS_RING = {(False, False): "#1d5a8c", (True, False): "#8fc6ee", (True, True): "#ffe14d"}
CALENDAR_MARK = {  # green: apart from the blue (or yellow) of the chosen day
    (False, False): ("#2f6f3e", "#ffffff"),
    (True, False): ("#7cc48a", "#0f1418"),
    (True, True): ("#8fd8ff", "#000000"),
}


def palette_colors(dark: bool, contrast: bool = False) -> dict[QPalette.ColorRole, str]:
    """The active colours of a scheme (used by the contrast test and the stylesheet)."""
    if contrast:
        return dict(_CONTRAST)
    return dict(_DARK if dark else _LIGHT)


def disabled_text(dark: bool, contrast: bool = False) -> str:
    return "#b3b3b3" if contrast else _DISABLED_TEXT[dark]


def control_colors(dark: bool, contrast: bool = False) -> tuple[str, str]:
    """The edge of fields and buttons, and the keyboard focus ring."""
    look = (dark or contrast, contrast)
    return _CONTROL_EDGE[look], _FOCUS_RING[look]


def build_palette(dark: bool, contrast: bool = False) -> QPalette:
    palette = QPalette()
    for role, color in palette_colors(dark, contrast).items():
        palette.setColor(role, QColor(color))
    disabled = QColor(disabled_text(dark, contrast))
    for role in (Role.WindowText, Role.Text, Role.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    return palette


def system_prefers_dark() -> bool:
    # QtCore.Qt is looked up here, not imported at the top: building Qt's namespace of enums
    # takes ~20 ms, which the loading window does without (see startup/loading_window.py).
    return QGuiApplication.styleHints().colorScheme() == QtCore.Qt.ColorScheme.Dark


def is_dark(palette: QPalette) -> bool:
    """Whether a palette is a dark one (drawings and icons switch colours on this)."""
    return palette.color(Role.Window).lightness() < 128


def look_of(palette: QPalette) -> tuple[bool, bool]:
    """Which of LOOKS a palette is, as (dark, contrast)."""
    window = palette.color(Role.Window).name()
    for look in LOOKS:
        if palette_colors(*look)[Role.Window] == window:
            return look
    return is_dark(palette), False


def scheme_name(palette: QPalette) -> str:
    """The scheme a palette shows ("light", "dark" or "high-contrast"), for tables keyed so."""
    dark, contrast = look_of(palette)
    return (Scheme.CONTRAST if contrast else Scheme.DARK if dark else Scheme.LIGHT).value


# A warm amber edge marks cautions; the "⚠ Take care" heading carries the meaning in words.
_CAUTION_EDGE = {False: "#a8701c", True: "#e0a84a"}
# The paused banner: calm amber, unmistakable, and it says "PAUSED" in words.
BANNER = {False: ("#f6e3b4", "#1c2630"), True: ("#5a4616", "#f5ead0")}
_TEXT_SCALE = "footdropTextScale"  # QApplication properties: the look and text size in use
_LOOK = "footdropLook"
_BASE_POINTS = "footdropBasePoints"
_FONT_FACTOR = "footdropFontFactor"  # widget properties: a heading's size and weight
_FONT_BOLD = "footdropFontBold"


def style_sheet(dark: bool, contrast: bool = False, scale: float = 1.0) -> str:
    """The styled parts: buttons and fields with a visible edge and a 3 px focus ring, big
    radio, check, spin-box and drop-down targets, wide scroll bars seen in every scheme, the primary
    button (hollow while it has the focus: a change plain to see), the caution edge and the
    banner."""
    c = palette_colors(dark, contrast)
    edge, focus = control_colors(dark, contrast)
    muted = disabled_text(dark, contrast)
    mark = round(24 * scale)  # radio, check and spin-box signs grow with the text
    ink = c[Role.ButtonText]
    return f"""
QPushButton {{
    background: {c[Role.Button]}; color: {c[Role.ButtonText]};
    border: 2px solid {edge}; border-radius: 6px; padding: 6px 16px;
}}
QPushButton:focus {{ border: 3px solid {focus}; padding: 5px 15px; }}
QPushButton:pressed, QPushButton:checked {{
    background: {c[Role.Highlight]}; color: {c[Role.HighlightedText]};
}}
QPushButton:disabled {{ color: {muted}; border-color: {c[Role.Mid]}; }}
QPushButton#primaryButton {{
    background: {c[Role.Highlight]}; color: {c[Role.HighlightedText]};
    border: 2px solid {c[Role.Highlight]}; border-radius: 8px; padding: 8px 28px;
}}
QPushButton#primaryButton:focus {{
    background: {c[Role.Base]}; color: {c[Role.Text]};
    border: 4px solid {c[Role.Highlight]}; padding: 6px 26px;
}}
QPushButton#primaryButton:disabled {{
    background: {c[Role.Button]}; color: {muted}; border: 2px solid {c[Role.Mid]};
}}
QLineEdit, QPlainTextEdit, QTextEdit, QSpinBox, QTimeEdit, QDateEdit, QComboBox {{
    background: {c[Role.Base]}; color: {c[Role.Text]};
    border: 2px solid {edge}; border-radius: 4px; padding: 4px;
    selection-background-color: {c[Role.Highlight]}; selection-color: {c[Role.HighlightedText]};
}}
QLineEdit:focus, QPlainTextEdit:focus, QTextEdit:focus, QSpinBox:focus, QTimeEdit:focus,
QDateEdit:focus, QComboBox:focus {{ border: 3px solid {focus}; padding: 3px; }}
QLineEdit:disabled, QSpinBox:disabled, QTimeEdit:disabled, QComboBox:disabled {{
    color: {muted};
}}
QSpinBox, QTimeEdit {{ padding-left: 48px; padding-right: 48px; min-height: 36px; }}
QSpinBox:focus, QTimeEdit:focus {{ padding-left: 47px; padding-right: 47px; }}
QSpinBox::up-button, QTimeEdit::up-button, QSpinBox::down-button, QTimeEdit::down-button {{
    subcontrol-origin: padding; width: 44px; height: 44px; background: {c[Role.Button]};
}}
QSpinBox::up-button, QTimeEdit::up-button {{
    subcontrol-position: center right; border-left: 2px solid {edge};
}}
QSpinBox::down-button, QTimeEdit::down-button {{
    subcontrol-position: center left; border-right: 2px solid {edge};
}}
QSpinBox::up-button:pressed, QTimeEdit::up-button:pressed,
QSpinBox::down-button:pressed, QTimeEdit::down-button:pressed {{
    background: {c[Role.Highlight]};
}}
QSpinBox::up-arrow, QTimeEdit::up-arrow {{
    image: url({_sign("plus", ink)}); width: {mark}px; height: {mark}px;
}}
QSpinBox::down-arrow, QTimeEdit::down-arrow {{
    image: url({_sign("minus", ink)}); width: {mark}px; height: {mark}px;
}}
QSpinBox::up-arrow:disabled, QTimeEdit::up-arrow:disabled,
QSpinBox::up-arrow:off, QTimeEdit::up-arrow:off {{ image: url({_sign("plus", muted)}); }}
QSpinBox::down-arrow:disabled, QTimeEdit::down-arrow:disabled,
QSpinBox::down-arrow:off, QTimeEdit::down-arrow:off {{ image: url({_sign("minus", muted)}); }}
QComboBox::drop-down, QDateEdit::drop-down {{
    subcontrol-origin: padding; subcontrol-position: center right; width: 44px;
    border-left: 2px solid {edge}; background: {c[Role.Button]};
}}
QComboBox::down-arrow, QDateEdit::down-arrow {{
    image: url({_sign("open", ink)}); width: {mark}px; height: {mark}px;
}}
QRadioButton, QCheckBox {{ min-height: 44px; spacing: 10px; }}
QRadioButton::indicator, QCheckBox::indicator {{ width: {mark}px; height: {mark}px; }}
QRadioButton::indicator {{
    border: 2px solid {edge}; border-radius: {mark // 2 + 2}px; background: {c[Role.Base]};
}}
QRadioButton::indicator:focus {{ border: 3px solid {focus}; }}
QRadioButton::indicator:checked {{
    background: qradialgradient(cx: 0.5, cy: 0.5, radius: 0.5, fx: 0.5, fy: 0.5,
        stop: 0 {focus}, stop: 0.55 {focus}, stop: 0.6 {c[Role.Base]}, stop: 1 {c[Role.Base]});
}}
QScrollBar:vertical, QScrollBar:horizontal {{
    background: {c[Role.Window]}; border: 1px solid {c[Role.Mid]}; margin: 0;
}}
QScrollBar:vertical {{ width: 18px; }}
QScrollBar:horizontal {{ height: 18px; }}
QScrollBar::handle {{ background: {edge}; border-radius: 5px; margin: 3px; }}
QScrollBar::handle:vertical {{ min-height: 40px; }}
QScrollBar::handle:horizontal {{ min-width: 40px; }}
QScrollBar::handle:hover, QScrollBar::handle:pressed {{ background: {focus}; }}
QScrollBar::add-line, QScrollBar::sub-line {{ width: 0; height: 0; border: none; }}
QScrollBar::add-page, QScrollBar::sub-page {{ background: none; }}
QWidget#cautionBox {{ border-left: 5px solid {_CAUTION_EDGE[dark]}; padding-left: 10px; }}
QLabel#pausedBanner, QLabel#noticeBanner, QWidget#undoBar {{
    background: {BANNER[dark][0]}; color: {BANNER[dark][1]}; border-radius: 8px; padding: 10px;
}}
"""


_SIGNS = {"plus": "M4 12h16M12 4v16", "minus": "M4 12h16", "open": "M5 9l7 7 7-7"}


@cache
def _sign_folder() -> TemporaryDirectory[str]:
    """Where the spin boxes' plus and minus signs are written (removed when the app ends)."""
    from tempfile import TemporaryDirectory  # only once a stylesheet is made: a quick start

    return TemporaryDirectory(prefix="footdrop-signs-")


def _sign(name: str, ink: str) -> str:
    """A plus or minus sign in a colour, as a file for the stylesheet (Qt reads no data: URLs)."""
    path = Path(_sign_folder().name) / f"{name}-{ink.lstrip('#')}.svg"
    if not path.exists():
        path.write_text(
            '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24">'
            f'<path d="{_SIGNS[name]}" stroke="{ink}" stroke-width="3.5" '
            'stroke-linecap="round" fill="none"/></svg>',
            encoding="utf-8",
        )
    return path.as_posix()


def _look(app: QApplication) -> tuple[bool, bool]:
    look = app.property(_LOOK)
    return (bool(look[0]), bool(look[1])) if isinstance(look, list) and len(look) == 2 else LOOKS[0]


def text_scale(app: QApplication) -> float:
    """The text size in use: 1.0 (Normal), 1.3 (Large) or 1.6 (Largest)."""
    value = app.property(_TEXT_SCALE)
    return float(value) if isinstance(value, float | int) else 1.0


def apply_scheme(app: QApplication, scheme: Scheme) -> bool:
    """Install the palette for the user's choice (SYSTEM asks the desktop for light or dark).

    Returns whether it is dark, for the next start's opening window (see AppSettings.last_dark).
    """
    contrast = scheme is Scheme.CONTRAST
    dark = system_prefers_dark() if scheme is Scheme.SYSTEM else scheme is not Scheme.LIGHT
    app.setPalette(build_palette(dark, contrast))
    app.setProperty(_LOOK, [dark, contrast])
    app.setStyleSheet(style_sheet(dark, contrast, text_scale(app)))
    return dark


def apply_text_scale(app: QApplication, scale: float) -> None:
    """Set the text size everywhere at once: body text, headings (relative_font), indicators.

    Qt sends every widget an ApplicationFontChange; widgets with a font of their own are
    given theirs again here, from the factor relative_font kept on them. Under a stylesheet
    widgets keep the font they were polished with, so the stylesheet is applied again too.
    """
    font = QFont(app.font())
    font.setPointSizeF(_base_points(app) * scale)
    if scale == text_scale(app) and font == app.font():
        return
    app.setProperty(_TEXT_SCALE, scale)
    app.setFont(font)
    app.setStyleSheet(style_sheet(*_look(app), scale))
    for widget in app.allWidgets():
        factor = widget.property(_FONT_FACTOR)
        if isinstance(factor, float):
            widget.setFont(scaled_font(font, factor, bool(widget.property(_FONT_BOLD))))


# Fusion everywhere (it honours our palettes), asked for on QApplication's command line so
# that it is the one style made: setting it afterwards builds a second style, and touching
# QStyle from Python builds its enums (~7 ms each at start-up).
STYLE_ARGS = ["-style", "fusion"]


def _base_points(app: QApplication) -> float:
    value = app.property(_BASE_POINTS)
    return float(value) if isinstance(value, float) else float(MIN_BODY_POINTS)


def apply_body_font(app: QApplication) -> None:
    """Body text no smaller than 14 pt (the desktop's size if larger), at the chosen text size."""
    if app.property(_BASE_POINTS) is None:
        app.setProperty(_BASE_POINTS, max(app.font().pointSizeF(), float(MIN_BODY_POINTS)))
    font = QFont(app.font())
    font.setPointSizeF(_base_points(app) * text_scale(app))
    app.setFont(font)


def scaled_font(base: QFont, factor: float, bold: bool = False) -> QFont:
    """A heading or caption size relative to the body font, so system scaling carries through."""
    font = QFont(base)
    if base.pointSizeF() > 0:
        font.setPointSizeF(base.pointSizeF() * factor)
    else:  # a printed chart's font, sized in the page's pixels
        font.setPixelSize(round(base.pixelSize() * factor))
    font.setBold(bold)
    return font


def relative_font(widget: QWidget, factor: float, bold: bool = False) -> None:
    """Give a heading or caption a size relative to the body text that follows the text size."""
    widget.setProperty(_FONT_FACTOR, float(factor))
    widget.setProperty(_FONT_BOLD, bold)
    widget.setFont(scaled_font(QApplication.font(), factor, bold))
