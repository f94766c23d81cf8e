"""The colour of each phase of a session, seen from across the room: one table for all schemes.

Four calm colours (work, rest, switch side, done) that differ in lightness as well as hue, so
they can be told apart without colour vision; each always comes with the instruction in
words, and the text on it has at least 4.5:1 contrast (tests/ui/test_phase_colors.py).
Each scheme of ui/theme.py (light, dark, high contrast) has its entry in PHASE_COLORS.
"""

from __future__ import annotations

from footdrop_gui.core.session_display import PhaseKind

# scheme -> phase -> (background, text). Lightness rises work < switch < rest < done in light,
# and done < rest < work < switch in dark, in steps of at least 1.25:1 between neighbours.
PHASE_COLORS: dict[str, dict[PhaseKind, tuple[str, str]]] = {
    "light": {
        PhaseKind.WORK: ("#53a5cd", "#1c2630"),
        PhaseKind.SWITCH: ("#e0a57e", "#1c2630"),
        PhaseKind.REST: ("#a0e3b6", "#1c2630"),
        PhaseKind.DONE: ("#f2ecfa", "#1c2630"),
    },
    "dark": {
        PhaseKind.WORK: ("#23526a", "#f2f5f7"),
        PhaseKind.SWITCH: ("#85532f", "#f2f5f7"),
        PhaseKind.REST: ("#154024", "#f2f5f7"),
        PhaseKind.DONE: ("#2e194b", "#f2f5f7"),
    },
    # Bright bands with black words on the black high-contrast window: work < switch < rest
    # < done in lightness, every text at 7:1 or more.
    "high-contrast": {
        PhaseKind.WORK: ("#3d9df2", "#000000"),
        PhaseKind.SWITCH: ("#ff9b3d", "#000000"),
        PhaseKind.REST: ("#8cf08c", "#000000"),
        PhaseKind.DONE: ("#ffffff", "#000000"),
    },
}


def phase_colors(scheme_name: str) -> dict[PhaseKind, tuple[str, str]]:
    """The phase colours of a scheme ("light", "dark", ...); an unknown one gets light's."""
    return dict(PHASE_COLORS.get(scheme_name, PHASE_COLORS["light"]))
