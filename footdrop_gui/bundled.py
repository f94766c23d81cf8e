"""The app's shipped data files, found one way (importlib.resources) in every kind of install.

A source checkout (installed editable), a wheel and the PyInstaller bundle all expose the
top-level ``resources/`` folder as the package ``footdrop_gui.resources``.

The catalog and routines come in the chosen language (``language.current()``): catalog.json stays
the one source of the exercises and a language's catalog_xx.json replaces only their words.
A missing, damaged or stale language file gives the English content and one calm note.
"""

from __future__ import annotations

import json
import logging
from functools import cache
from importlib import resources
from importlib.resources.abc import Traversable
from typing import Any

from footdrop_gui import language
from footdrop_gui.core.catalog import Catalog, CatalogError, parse_catalog
from footdrop_gui.core.catalog_text import (
    LanguageFileError,
    read_language_texts,
    text_entries,
    with_texts,
)
from footdrop_gui.core.routine import Routine, parse_routines
from footdrop_gui.language import ENGLISH, catalog_file, translation_file

PACKAGE = "footdrop_gui.resources"
CATALOG_FILE = "catalog.json"
ROUTINES_FILE = "routines.json"


def resource(*parts: str) -> Traversable:
    """A shipped file by its path inside resources/ (it may not exist: check is_file())."""
    node = resources.files(PACKAGE)
    for part in parts:
        node = node / part
    return node


log = logging.getLogger(__name__)


def content_language() -> str:
    """The language the catalog is in now: the chosen one, or English if its file failed."""
    chosen = language.current()
    return chosen if _translation(chosen)[0] is not None else ENGLISH


def language_note() -> str | None:
    """Why the chosen language's exercises are in English (for a calm note), or None."""
    return _translation(language.current())[1]


def catalog() -> Catalog:
    """The validated built-in exercise catalog in the chosen language (parsed once each)."""
    return _catalog(content_language())


def routines() -> tuple[Routine, ...]:
    """The built-in routines (read-only templates) in the chosen language."""
    return _routines(content_language())


@cache
def _catalog(language: str) -> Catalog:
    if language == ENGLISH:
        return parse_catalog(resource(CATALOG_FILE).read_text(encoding="utf-8"), CATALOG_FILE)
    texts = _translation(language)[0] or {}
    return parse_catalog(json.dumps(with_texts(_raw(CATALOG_FILE), texts)), CATALOG_FILE)


@cache
def _routines(language: str) -> tuple[Routine, ...]:
    raw = with_texts(_raw(ROUTINES_FILE), _translation(language)[0] or {})
    return parse_routines(json.dumps(raw), _catalog(language), ROUTINES_FILE)


def _raw(name: str) -> Any:
    try:
        return json.loads(resource(name).read_text(encoding="utf-8"))
    except ValueError as exc:  # parse_catalog says the same in its own words
        raise CatalogError(f"{name}: not valid JSON ({exc})") from exc


@cache
def _translation(language: str) -> tuple[dict[str, str] | None, str | None]:
    """(the checked words of the catalog and routines, None) or (None, why not: logged once)."""
    if language == ENGLISH:
        return None, None
    try:
        return _read_texts(language), None
    except (OSError, ValueError) as exc:  # a LanguageFileError, or not UTF-8
        log.warning("Exercises shown in English: %s", exc)
        return None, str(exc)


def _read_texts(language: str) -> dict[str, str]:
    name = catalog_file(language)
    node = translation_file(name)
    if not node.is_file():
        raise LanguageFileError(f"{name} is not installed")
    return read_language_texts(node.read_text(encoding="utf-8"), name, english_texts())


def english_texts() -> dict[str, str]:
    """Every English string of catalog.json and routines.json a translator writes, by key."""
    return text_entries(_raw(CATALOG_FILE), _raw(ROUTINES_FILE))


def illustration_svg(exercise_id: str) -> bytes:
    """The SVG drawing for an exercise, as shipped (light-palette colours)."""
    return resource("illustrations", f"{exercise_id}.svg").read_bytes()


def icon_svg() -> bytes:
    return resource("icons", "footdrop.svg").read_bytes()
