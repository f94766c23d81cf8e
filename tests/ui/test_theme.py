"""Every scheme meets WCAG 2.2 AA: text 4.5:1 on each background it is drawn on; the edges of
controls, the focus ring and marked calendar days 3:1 (and 3:1 for disabled hints)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from footdrop_gui.ui.theme import (
    BANNER,
    CALENDAR_MARK,
    LOOKS,
    Scheme,
    apply_scheme,
    build_palette,
    control_colors,
    is_dark,
    look_of,
    palette_colors,
)

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


LOOK_NAMES = ["light", "dark", "high contrast"]
# Where text sits on each background role the app uses.
TEXT_ON = [
    (Role.WindowText, Role.Window),
    (Role.WindowText, Role.Button),  # labels beside buttons, tabs
    (Role.Text, Role.Base),
    (Role.Text, Role.AlternateBase),
    (Role.ButtonText, Role.Button),
    (Role.ButtonText, Role.Window),  # flat buttons, menus
    (Role.HighlightedText, Role.Highlight),
    (Role.ToolTipText, Role.ToolTipBase),
    (Role.PlaceholderText, Role.Base),
    (Role.Link, Role.Base),
    (Role.Link, Role.Window),
]
BACKGROUNDS = (Role.Window, Role.Base, Role.Button)


@pytest.mark.parametrize("look", LOOKS, ids=LOOK_NAMES)
@pytest.mark.parametrize(("text", "background"), PAIRS + TEXT_ON)
def test_text_contrast(
    look: tuple[bool, bool], text: QPalette.ColorRole, background: QPalette.ColorRole
) -> None:
    colours = palette_colors(*look)
    assert contrast(colours[text], colours[background]) >= 4.5


@pytest.mark.parametrize("look", LOOKS, ids=LOOK_NAMES)
def test_disabled_text_stays_legible(look: tuple[bool, bool]) -> None:
    palette = build_palette(*look)
    disabled = palette.color(QPalette.ColorGroup.Disabled, Role.ButtonText).name()
    for background in (Role.Button, Role.Window):
        assert contrast(disabled, palette_colors(*look)[background]) >= 3.0


@pytest.mark.parametrize("look", LOOKS, ids=LOOK_NAMES)
def test_controls_and_the_focus_ring_stand_out(look: tuple[bool, bool]) -> None:
    """Field and button edges and the 3 px focus ring: 3:1 against all they sit on."""
    colours = palette_colors(*look)
    edge, focus = control_colors(*look)
    for background in BACKGROUNDS:
        assert contrast(edge, colours[background]) >= 3.0, background
        assert contrast(focus, colours[background]) >= 3.0, background
    # The primary button turns hollow when focused: its fill changes from Highlight to Base,
    # and its Highlight edge stands out from the window.
    assert contrast(colours[Role.Base], colours[Role.Highlight]) >= 3.0
    assert contrast(colours[Role.Highlight], colours[Role.Window]) >= 3.0


@pytest.mark.parametrize("look", LOOKS, ids=LOOK_NAMES)
def test_exercised_days_stand_out_on_the_calendar(look: tuple[bool, bool]) -> None:
    back, text = CALENDAR_MARK[look]
    assert contrast(back, palette_colors(*look)[Role.Base]) >= 3.0
    assert contrast(text, back) >= 4.5


@pytest.mark.parametrize("dark", [False, True])
def test_banner_text_is_readable(dark: bool) -> None:
    assert contrast(*BANNER[dark]) >= 4.5


@pytest.mark.parametrize("look", LOOKS, ids=LOOK_NAMES)
def test_each_palette_is_recognised(look: tuple[bool, bool]) -> None:
    assert look_of(build_palette(*look)) == look
    assert is_dark(build_palette(*look)) == look[0]


def test_choosing_a_scheme_changes_the_application_palette(qapp: QApplication) -> None:
    apply_scheme(qapp, Scheme.DARK)
    assert is_dark(qapp.palette())
    apply_scheme(qapp, Scheme.CONTRAST)
    assert qapp.palette().color(Role.Window).name() == "#000000"
    assert qapp.palette().color(Role.WindowText).name() == "#ffffff"
    apply_scheme(qapp, Scheme.LIGHT)
    assert not is_dark(qapp.palette())
