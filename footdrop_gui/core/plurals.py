"""Counted phrases ("%n seconds") from pure code, in a form lupdate reads as plural messages.

pyside6-lupdate (6.11) marks ``translate(context, text, None, n)`` as a plural message only
when n is a literal number, and drops the message when n is any other expression
("p.sets"); it does read ``Name.tr(text, disambiguation, n)`` as plural, in context "Name".
So counted phrases go through an object named after its context:
``Dose = PluralContext("Dose")`` then ``Dose.tr("%n reps", None, count)``.
"""

from __future__ import annotations

from footdrop_gui.core.translation import translate


class PluralContext:
    """A translation context whose ``tr`` lupdate reads as a plural message (see above)."""

    def __init__(self, name: str) -> None:
        self.name = name

    def tr(self, text: str, disambiguation: str | None, n: int) -> str:
        """``text`` in the chosen language, its plural form picked by n ("%n" becomes n)."""
        return translate(self.name, text, disambiguation, n)
