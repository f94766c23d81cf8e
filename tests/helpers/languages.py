"""The app's words in another language, straight from the files in translations/.

For the German layout test and the screenshots: the screen file (.ts) is compiled into a
temporary folder with pyside6-lrelease, so nothing depends on a build step; Qt's own
translation (qtbase_xx.qm) comes with it; and the exercise texts of catalog_xx.json are
applied to the catalog as the app applies them. What is not translated yet stays English, as
a person would see it.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from footdrop_gui import bundled
from footdrop_gui.core.catalog import Catalog, parse_catalog
from footdrop_gui.core.catalog_text import text_entries, with_texts
from footdrop_gui.core.routine import Routine, parse_routines
from footdrop_gui.core.translation import use_translator

TRANSLATIONS = Path(__file__).resolve().parents[2] / "translations"
LRELEASE = Path(sys.executable).with_name("pyside6-lrelease")


def raw_content() -> tuple[Any, Any]:
    """The shipped catalog.json and routines.json as plain JSON data."""
    catalog, routines = (
        json.loads(bundled.resource(name).read_text(encoding="utf-8"))
        for name in (bundled.CATALOG_FILE, bundled.ROUTINES_FILE)
    )
    return catalog, routines


def content_with(texts: dict[str, str]) -> tuple[Catalog, tuple[Routine, ...]]:
    """The catalog and built-in routines with their words taken from ``texts`` (by key), read
    through the same validation as the shipped files."""
    catalog_raw, routines_raw = raw_content()
    catalog = parse_catalog(json.dumps(with_texts(catalog_raw, texts)), bundled.CATALOG_FILE)
    routines_text = json.dumps(with_texts(routines_raw, texts))
    return catalog, parse_routines(routines_text, catalog, bundled.ROUTINES_FILE)


def translators(code: str, folder: Path) -> list[QTranslator]:
    """The app's translation (compiled from translations/footdrop_<code>.ts, if shipped) and
    Qt's own, loaded; ``folder`` receives the compiled file."""
    found = []
    source = TRANSLATIONS / f"footdrop_{code}.ts"
    if source.is_file():
        compiled = folder / f"footdrop_{code}.qm"
        subprocess.run([str(LRELEASE), "-silent", str(source), "-qm", str(compiled)],
                       check=True, capture_output=True)
        found.append(loaded(compiled))
    qt_own = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    found.append(loaded(qt_own / f"qtbase_{code}.qm"))
    return found


def loaded(path: Path) -> QTranslator:
    translator = QTranslator()
    if not translator.load(str(path)):
        raise FileNotFoundError(f"cannot load {path}")
    return translator


def catalog_texts(code: str) -> dict[str, str]:
    """The exercise texts of catalog_<code>.json that are current and filled in."""
    path = TRANSLATIONS / f"catalog_{code}.json"
    if not path.is_file():
        return {}
    english = text_entries(*raw_content())
    entries = json.loads(path.read_text(encoding="utf-8")).get("texts", {})
    return {key: entry["text"] for key, entry in entries.items()
            if english.get(key) == entry.get("en") and str(entry.get("text", "")).strip()}


def qt_translate(context: str, text: str, disambiguation: str | None, n: int) -> str:
    """core.translation's hook pointed at Qt, as the app plugs it in at start-up."""
    return QCoreApplication.translate(context, text, disambiguation, n)


@contextmanager
def translated(code: str, folder: Path) -> Iterator[None]:
    """The app's and Qt's words in ``code``, and its QLocale, meanwhile (``folder`` receives
    the compiled file); English as the suite speaks it afterwards."""
    installed = translators(code, folder)
    for translator in installed:
        QCoreApplication.installTranslator(translator)
    before = QLocale()
    QLocale.setDefault(QLocale(code))
    use_translator(qt_translate)
    try:
        yield
    finally:
        for translator in installed:
            QCoreApplication.removeTranslator(translator)
        QLocale.setDefault(before)
