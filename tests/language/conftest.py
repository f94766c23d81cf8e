"""A made-up shipped language for the machinery's tests: "es" with a one-line screen file and
an exercise file whose every text is the English with "ES " before it. The real Spanish
files are tested by tests/i18n/; these tests need only a language that behaves like one."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from footdrop_gui import bundled, language, translators
from footdrop_gui.core.catalog_text import language_template
from footdrop_gui.core.translation import use_translator

LRELEASE = Path(sys.executable).with_name("pyside6-lrelease")
SCREEN_WORDS = {
    ("LanguageMenu", "System default"): "Predeterminado del sistema",
    ("LanguageName", "English"): "Español",
}
PREFIX = "ES "


def write_ts(path: Path, code: str, words: dict[tuple[str, str], str]) -> None:
    messages = "".join(
        f"<context><name>{context}</name><message><source>{source}</source>"
        f"<translation>{text}</translation></message></context>"
        for (context, source), text in words.items()
    )
    path.write_text(
        f'<?xml version="1.0" encoding="utf-8"?><!DOCTYPE TS>'
        f'<TS version="2.1" language="{code}">{messages}</TS>',
        encoding="utf-8",
    )


def spanish_catalog() -> dict[str, object]:
    made = language_template("es", bundled.english_texts())
    for entry in made["texts"].values():
        entry["text"] = PREFIX + entry["en"]
    return made


@pytest.fixture(scope="session")
def built_language(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("translations")
    write_ts(folder / "footdrop_es.ts", "es", SCREEN_WORDS)
    subprocess.run([str(LRELEASE), "-silent", str(folder / "footdrop_es.ts")], check=True)
    (folder / "catalog_es.json").write_text(json.dumps(spanish_catalog()), encoding="utf-8")
    return folder


def forget_loaded_languages() -> None:
    for cached in (bundled._translation, bundled._catalog, bundled._routines):
        cached.cache_clear()


@pytest.fixture
def languages(
    built_language: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, qapp: QApplication
) -> Iterator[Path]:
    """A private copy of the made-up translations folder, in use; English again afterwards."""
    folder = tmp_path / "translations"
    folder.mkdir()
    for file in built_language.iterdir():
        (folder / file.name).write_bytes(file.read_bytes())
    saved = QLocale()
    monkeypatch.setattr(language, "translations_root", lambda: folder)
    forget_loaded_languages()
    yield folder
    translators.apply_language(qapp, language.ENGLISH)
    use_translator(None)
    QLocale.setDefault(saved)
    forget_loaded_languages()
