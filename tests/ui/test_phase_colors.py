"""The phase colours read from across the room, for colour-blind people too."""

from __future__ import annotations

import itertools

import pytest

from footdrop_gui.core.session_display import PhaseKind
from footdrop_gui.ui.phase_colors import PHASE_COLORS, phase_colors
from footdrop_gui.ui.theme import Scheme
from tests.ui.test_theme import contrast


@pytest.mark.parametrize("scheme", PHASE_COLORS)
def test_every_phase_has_a_colour_with_readable_text(scheme: str) -> None:
    colours = phase_colors(scheme)
    assert set(colours) == set(PhaseKind)
    for phase, (background, text) in colours.items():
        assert contrast(background, text) >= 4.5, (scheme, phase)


@pytest.mark.parametrize("scheme", PHASE_COLORS)
def test_the_phases_differ_in_lightness_not_only_in_hue(scheme: str) -> None:
    backgrounds = [background for background, _ in phase_colors(scheme).values()]
    for a, b in itertools.combinations(backgrounds, 2):
        assert contrast(a, b) >= 1.25, (scheme, a, b)  # tell apart in grey, too


def test_every_scheme_of_the_app_has_its_colours_and_an_unknown_one_falls_back() -> None:
    assert {scheme.value for scheme in Scheme if scheme is not Scheme.SYSTEM} <= set(PHASE_COLORS)
    assert phase_colors("no-such-scheme") == phase_colors("light")
