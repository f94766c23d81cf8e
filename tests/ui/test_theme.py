"""Text in both palettes meets WCAG 2.2 AA contrast (4.5:1; 3:1 for disabled hints)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from footdrop_gui.ui.theme import Scheme, apply_scheme, build_palette, is_dark, palette_colors

Role = QPalette.ColorRole
PAIRS = [
    (Role.WindowText, Role.Window),
    (Role.Text, Role.Base),
    (Role.Text, Role.AlternateBase),
    (Role.ButtonText, Role.Button),
    (Role.HighlightedText, Role.Highlight),
    (Role.ToolTipText, Role.ToolTipBase),
    (Role.PlaceholderText, Role.Base),
    (Role.Link, Role.Base),
]


def contrast(a: str, b: str) -> float:
    def luminance(hex_colour: str) -> float:
        def channel(v: float) -> float:
            return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4

        c = QColor(hex_colour)
        return (
            0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF())
        )

    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


def test_contrast_formula_matches_wcag_reference_values() -> None:
    assert contrast("#000000", "#ffffff") == pytest.approx(21.0)
    assert contrast("#777777", "#ffffff") == pytest.approx(4.48, abs=0.01)


@pytest.mark.parametrize("dark", [False, True])
@pytest.mark.parametrize(("text", "background"), PAIRS)
def test_text_contrast(
    dark: bool, text: QPalette.ColorRole, background: QPalette.ColorRole
) -> None:
    colours = palette_colors(dark)
    assert contrast(colours[text], colours[background]) >= 4.5


@pytest.mark.parametrize("dark", [False, True])
def test_disabled_text_stays_legible(dark: bool) -> None:
    palette = build_palette(dark)
    disabled = palette.color(QPalette.ColorGroup.Disabled, Role.ButtonText).name()
    for background in (Role.Button, Role.Window):
        assert contrast(disabled, palette_colors(dark)[background]) >= 3.0


def test_choosing_a_scheme_changes_the_application_palette(qapp: QApplication) -> None:
    apply_scheme(qapp, Scheme.DARK)
    assert is_dark(qapp.palette())
    apply_scheme(qapp, Scheme.LIGHT)
    assert not is_dark(qapp.palette())
