"""The app's words in a language, as the app shows them: a translations/footdrop_*.ts file
compiled and installed (for Qt and for core's hook). English needs its file too: its plural
forms ("1 rep", "2 reps") come from footdrop_en.ts; without it Qt fills "%n" into the plural."""

from __future__ import annotations

import subprocess
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from footdrop_gui.core.translation import use_translator

TRANSLATIONS = Path(__file__).parents[2] / "translations"
LRELEASE = Path(sys.executable).with_name("pyside6-lrelease")


@contextmanager
def translated(language: str, folder: Path) -> Iterator[None]:
    """Compile footdrop_<language>.ts into `folder`, install it and use that locale."""
    compiled = folder / f"footdrop_{language}.qm"
    source = TRANSLATIONS / f"footdrop_{language}.ts"
    subprocess.run(
        [str(LRELEASE), str(source), "-qm", str(compiled)], check=True, capture_output=True
    )
    translator = QTranslator()
    assert translator.load(str(compiled))
    before = QLocale()
    QLocale.setDefault(QLocale(language))
    QCoreApplication.installTranslator(translator)
    use_translator(QCoreApplication.translate)
    try:
        yield
    finally:
        use_translator(None)
        QCoreApplication.removeTranslator(translator)
        QLocale.setDefault(before)
