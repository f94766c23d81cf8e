"""A pseudo-language: every string the app shows comes back as "[[...]]", so text that never
went through a translator stands out on any screen.

The whole source is wrapped ("[[Set {set} of {sets}]]"), so `.format()` and Qt's "%n" still
fill the placeholders inside the brackets.
"""

from __future__ import annotations

import json
import unicodedata
from typing import Any

from PySide6.QtCore import QCoreApplication, QTranslator

from footdrop_gui import bundled
from footdrop_gui.core.catalog import Catalog, parse_catalog
from footdrop_gui.core.catalog_text import text_entries, with_texts
from footdrop_gui.core.routine import Routine, parse_routines

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


def qt_translate(context: str, text: str, disambiguation: str | None, n: int) -> str:
    """core.translation's hook pointed at Qt, as the app plugs it in at start-up."""
    return QCoreApplication.translate(context, text, disambiguation, n)


def raw_content() -> tuple[Any, Any]:
    """The shipped catalog.json and routines.json as plain JSON data."""
    return tuple(  # type: ignore[return-value]
        json.loads(bundled.resource(name).read_text(encoding="utf-8"))
        for name in (bundled.CATALOG_FILE, bundled.ROUTINES_FILE)
    )


def content_with(texts: dict[str, str]) -> tuple[Catalog, tuple[Routine, ...]]:
    """The catalog and built-in routines with their words taken from ``texts`` (by key), read
    through the same validation as the shipped files."""
    catalog_raw, routines_raw = raw_content()
    catalog = parse_catalog(json.dumps(with_texts(catalog_raw, texts)), bundled.CATALOG_FILE)
    routines_text = json.dumps(with_texts(routines_raw, texts))
    return catalog, parse_routines(routines_text, catalog, bundled.ROUTINES_FILE)


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
