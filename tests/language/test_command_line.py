"""The commands that print words speak the chosen language: `LANGUAGE=es footdrop exercises`,
`footdrop --lang es plan daily-routine`. Run against the made-up language (tests/i18n/ and
the e2e checks do the same with the real Spanish and German)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from footdrop_gui.language import ENV_ORDER
from tests.language.conftest import PREFIX

# The command line, with the translations folder pointed at the made-up one.
WITH_FOLDER = (
    "import sys, pathlib; from footdrop_gui import language; "
    "language.translations_root = lambda: pathlib.Path(sys.argv[1]); "
    "from footdrop_gui.__main__ import main; sys.exit(main(sys.argv[2:]))"
)


def footdrop(folder: Path, data_dir: Path, *args: str, **env: str) -> str:
    clean = {k: v for k, v in os.environ.items() if k not in ENV_ORDER}
    done = subprocess.run(
        [sys.executable, "-c", WITH_FOLDER, str(folder), "--data-dir", str(data_dir), *args],
        capture_output=True,
        text=True,
        env={**clean, **env},
        timeout=60,
        check=True,
    )
    return done.stdout


def test_the_system_language_lists_the_exercises_in_it(languages: Path, data_dir: Path) -> None:
    out = footdrop(languages, data_dir, "exercises", LANGUAGE="es_ES:en", LANG="en_US.UTF-8")
    assert "toe-lifts" in out and f"{PREFIX}Toe lifts" in out
    english = footdrop(languages, data_dir, "exercises", LANG="en_US.UTF-8")
    assert "Toe lifts" in english and PREFIX not in english


def test_lang_before_or_after_the_command_chooses_the_plans_language(
    languages: Path, data_dir: Path
) -> None:
    for args in (("--lang", "es", "plan", "daily-routine"), ("plan", "daily-routine", "--lang=es")):
        assert PREFIX in footdrop(languages, data_dir, *args, LANG="de_DE.UTF-8")
    assert PREFIX not in footdrop(
        languages, data_dir, "--lang", "en", "plan", "daily-routine", LANGUAGE="es"
    )


def test_the_setting_chooses_the_language_of_commands(languages: Path, data_dir: Path) -> None:
    (data_dir / "settings.ini").write_text("[appearance]\nlanguage=es\n")
    assert PREFIX in footdrop(languages, data_dir, "exercises", LANG="en_US.UTF-8")
