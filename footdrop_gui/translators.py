"""Putting the chosen language to work: Qt's translators, QLocale, the pure-core hook and the
catalog, for the window and for the commands that print words.

QtCore only (QTranslator, QLocale), so the headless `footdrop remind` stays free of widgets.
A missing .qm (a checkout run without `make`) means English with one calm log line.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping
from pathlib import Path

import PySide6
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from footdrop_gui import language
from footdrop_gui.core.translation import use_translator
from footdrop_gui.language import (
    ENGLISH,
    SYSTEM,
    choose_language,
    shipped_languages,
    translation_file,
    ui_file,
)
from footdrop_gui.settings_file import SETTINGS_FILE, SettingsFile, usable
from footdrop_gui.storage.paths import resolve_data_dir

log = logging.getLogger(__name__)
LANGUAGE_KEY = "appearance/language"
_installed: list[QTranslator] = []  # Qt does not own them: kept alive here while installed


def setting_language(data_dir: Path) -> str:
    """The language saved in the data folder's settings.ini ("system" when none is)."""
    path = data_dir / SETTINGS_FILE
    try:
        if not path.is_file() or not usable(path):
            return SYSTEM
    except OSError:  # a folder we may not look into: the command says so itself
        return SYSTEM
    return SettingsFile(path).text(LANGUAGE_KEY) or SYSTEM


def language_for(
    data_dir: Path, command_line: str | None, env: Mapping[str, str] | None = None
) -> str:
    """The language to use: `--lang`, then the setting, then the system, else English."""
    return choose_language(
        command_line,
        setting_language(data_dir),
        os.environ if env is None else env,
        shipped_languages(),
    )


def command_language(data_dir_arg: str | None, command_line: str | None) -> str:
    """The language for a command run in a terminal (its data folder may not exist yet)."""
    return language_for(resolve_data_dir(data_dir_arg), command_line)


def qt_translations_dir() -> Path:
    """Where Qt's own qtbase_xx.qm live (the frozen app keeps them beside PySide6 too)."""
    configured = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
    if configured.is_dir():
        return configured
    return Path(PySide6.__file__).parent / "Qt" / "translations"


def apply_language(app: QCoreApplication, code: str) -> str:
    """Speak ``code`` from now on (translators, locale, catalog); returns the language in use,
    English when the language's compiled file is missing."""
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    own = _load(str(translation_file(ui_file(code))))
    if own is None and code != ENGLISH:
        log.warning("The %s screens are not built (run make): showing English", code)
        code = ENGLISH
        own = _load(str(translation_file(ui_file(code))))
    wanted: list[QTranslator | None] = [own]
    if code != ENGLISH:
        wanted.append(_load(str(qt_translations_dir() / f"qtbase_{code}.qm")))
        if wanted[-1] is None:
            log.warning("Qt's own %s words are not installed: its buttons stay English", code)
    for translator in wanted:
        if translator is not None and app.installTranslator(translator):
            _installed.append(translator)
    QLocale.setDefault(locale_for(code))
    language.use(code)  # the catalog (bundled) and the voice (cues) follow
    use_translator(qt_translate)
    return code


def locale_for(code: str) -> QLocale:
    """The system's own locale when it speaks this language (es_MX keeps Mexico's dates, en_GB
    its A4 paper; "C" counts as English), else the language's usual one (es: Spain)."""
    system = QLocale.system()
    own = system.name().split("_")[0].lower()
    if own == code or (code == ENGLISH and system.language() is QLocale.Language.C):
        return system
    return QLocale(code)


def _load(path: str) -> QTranslator | None:
    translator = QTranslator()
    return translator if Path(path).is_file() and translator.load(path) else None


def qt_translate(context: str, text: str, disambiguation: str | None, n: int) -> str:
    """core.translation's hook into Qt: whatever translators the application has installed."""
    return QCoreApplication.translate(context, text, disambiguation, n)
