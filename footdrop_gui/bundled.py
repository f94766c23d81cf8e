"""The app's shipped data files, found one way (importlib.resources) in every kind of install.

A source checkout (installed editable), a wheel and the PyInstaller bundle all expose the
top-level ``resources/`` folder as the package ``footdrop_gui.resources``.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from importlib.resources.abc import Traversable

from footdrop_gui.core.catalog import Catalog, parse_catalog
from footdrop_gui.core.routine import Routine, parse_routines

PACKAGE = "footdrop_gui.resources"
CATALOG_FILE = "catalog.json"
ROUTINES_FILE = "routines.json"


def resource(*parts: str) -> Traversable:
    """A shipped file by its path inside resources/ (it may not exist: check is_file())."""
    node = resources.files(PACKAGE)
    for part in parts:
        node = node / part
    return node


@cache
def catalog() -> Catalog:
    """The validated built-in exercise catalog (parsed once per process)."""
    return parse_catalog(resource(CATALOG_FILE).read_text(encoding="utf-8"), CATALOG_FILE)


@cache
def routines() -> tuple[Routine, ...]:
    """The built-in routines (read-only templates)."""
    text = resource(ROUTINES_FILE).read_text(encoding="utf-8")
    return parse_routines(text, catalog(), ROUTINES_FILE)


def illustration_svg(exercise_id: str) -> bytes:
    """The SVG drawing for an exercise, as shipped (light-palette colours)."""
    return resource("illustrations", f"{exercise_id}.svg").read_bytes()


def icon_svg() -> bytes:
    return resource("icons", "footdrop.svg").read_bytes()
