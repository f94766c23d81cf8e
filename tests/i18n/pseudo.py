"""The pseudo-language of tests/helpers/pseudo_words.py for Qt: every string the app shows,
Qt's own included, and every exercise text comes back as "[[...]]"."""

from __future__ import annotations

import unicodedata

from PySide6.QtCore import QTranslator

from footdrop_gui.core.catalog import Catalog
from footdrop_gui.core.catalog_text import text_entries
from footdrop_gui.core.routine import Routine
from tests.helpers.languages import content_with, raw_content
from tests.helpers.pseudo_words import outside_wrappers, wrap


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


def untranslated(text: str) -> bool:
    """True when a Latin letter of ``text`` is outside every [[...]]."""
    return any(is_latin_letter(char) for char in outside_wrappers(text))
