"""A pseudo-language: every string the app shows comes back as "[[...]]", so text that never
went through a translator stands out on any screen.

The whole source is wrapped ("[[Set {set} of {sets}]]"), so `.format()` and Qt's "%n" still
fill the placeholders inside the brackets.
"""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QTranslator

from footdrop_gui.core.catalog import Catalog
from footdrop_gui.core.catalog_text import text_entries
from footdrop_gui.core.routine import Routine
from tests.helpers.languages import content_with, raw_content

OPEN, CLOSE = "[[", "]]"


def wrap(text: str) -> str:
    return f"{OPEN}{text}{CLOSE}"


class PseudoTranslator(QTranslator):
    """Answers every lookup, Qt's own strings included, with the source wrapped."""

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str:
        return wrap(source) if source else source

    def isEmpty(self) -> bool:
        return False


def pseudo_content() -> tuple[Catalog, tuple[Routine, ...]]:
    english = text_entries(*raw_content())
    return content_with({key: wrap(text) for key, text in english.items()})


def is_latin_letter(char: str) -> bool:
    """Only Latin letters count: the walk formats dates in a Greek locale, so a month or a
    weekday QLocale wrote is never mistaken for an English word left untranslated."""
    return char.isalpha() and unicodedata.name(char, "").startswith("LATIN")


def outside_wrappers(text: str) -> str:
    """What of ``text`` is not inside [[...]] (nested pairs allowed, as a wrapped name inside a
    wrapped sentence); an unmatched ']]' ends nothing."""
    kept: list[str] = []
    depth = 0
    index = 0
    while index < len(text):
        pair = text[index : index + 2]
        if pair == OPEN:
            depth += 1
            index += 2
        elif pair == CLOSE and depth:
            depth -= 1
            index += 2
        else:
            if not depth:
                kept.append(text[index])
            index += 1
    return "".join(kept)


def untranslated(text: str) -> bool:
    """True when a Latin letter of ``text`` is outside every [[...]]."""
    return any(is_latin_letter(char) for char in outside_wrappers(text))
