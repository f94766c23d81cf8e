"""The one door for words that pure code shows or says, so core/ can be translated without Qt.

Qt's lupdate finds every ``translate("Context", "Source text")`` call by its name, so core
modules call this function exactly as widgets call ``QCoreApplication.translate``; the app
and the command line plug Qt's translator in at start-up, and until then the English source
comes back unchanged (plurals included: "%n" becomes the count).
"""

from __future__ import annotations

import re
from collections.abc import Callable

Translator = Callable[[str, str, str | None, int], str]


def _english(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """The English source; a counted phrase's source is its plural, so "1 reps" -> "1 rep"."""
    if n < 0:
        return text
    counted = text.replace("%n", str(n))
    return re.sub(r"^1 ([a-z]+)s\b", r"1 \1", counted) if n == 1 else counted


_translator: Translator = _english


def use_translator(translator: Translator | None) -> None:
    """Route every later ``translate`` call through ``translator`` (None: back to English)."""
    global _translator
    _translator = translator or _english


def translate(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the chosen language; ``n`` picks the plural form and fills "%n"."""
    return _translator(context, text, disambiguation, n)


class Plurals:
    """``Context.tr(text, None, n)`` for a sentence with a count ("%n"), outside Qt classes.

    pyside6-lupdate reads a fourth argument of ``translate`` that is a plain name (the count)
    as an old Qt "encoding" and drops the plural, but it reads ``Name.tr(text, None, n)`` as
    a plural in context "Name". So a module that counts makes ``Name = Plurals("Name")`` once,
    the variable named exactly as its context, and calls ``Name.tr`` with None and the count.
    """

    def __init__(self, context: str) -> None:
        self.context = context

    def tr(self, text: str, disambiguation: str | None, n: int) -> str:
        return translate(self.context, text, disambiguation, n)
