"""Counted phrases ("%n reps") outside a Qt class, in a form lupdate files as plurals.

pyside6-lupdate marks a message as a plural only in a ``self.tr(text, "", n)`` call, and
files it under the name of the class around the call; ``translate(...)`` with a count comes
out as a plain message, which ``make ts`` then strips of its plural forms. A subclass of
PluralWords, named for its context, calls ``self.tr`` and passes its own name on as that
context, so the .ts file and the lookup agree.
"""

from __future__ import annotations

from footdrop_gui.core.translation import translate


class PluralWords:
    """Base for a module's counted phrases: the subclass's name is their context."""

    def tr(self, text: str, disambiguation: str = "", n: int = -1) -> str:
        return translate(type(self).__name__, text, disambiguation or None, n)
