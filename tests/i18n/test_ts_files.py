"""The shipped Qt translations are complete, and in step with the code.

Shipped languages are the files present in translations/; Spanish and German must be there.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.i18n.shipped import (
    ENGLISH,
    REQUIRED,
    TRANSLATIONS,
    messages,
    placeholders,
    ts_files,
)

ROOT = TRANSLATIONS.parent
LUPDATE = Path(sys.executable).with_name("pyside6-lupdate")
# `make ts`: the same options, so a string added to the code without `make ts` shows here.
OPTIONS = ["-extensions", "py", "-locations", "none", "-no-obsolete", "footdrop_gui"]
ENGLISH_OPTIONS = ["-pluralonly", "-source-language", "en", "-target-language", "en"]


def test_spanish_and_german_are_shipped() -> None:
    assert set(REQUIRED) <= set(ts_files()), f"missing in {TRANSLATIONS}: {sorted(ts_files())}"


@pytest.mark.parametrize("code", REQUIRED)
def test_every_message_is_translated(code: str) -> None:
    path = ts_files().get(code)
    assert path is not None, f"footdrop_{code}.ts is not shipped"
    assert messages(path), f"{path.name} has no messages"
    assert not problems(path), "\n".join(problems(path))


def test_other_shipped_languages_are_complete_too() -> None:
    """A language added later (and the English plurals) is held to the same rules."""
    found = [line for code, path in ts_files().items() if code not in REQUIRED
             for line in problems(path)]
    assert not found, "\n".join(found)


def problems(path: Path) -> list[str]:
    """Every entry of ``path`` that a person would see untranslated or wrong."""
    found = []
    english = path.stem == f"footdrop_{ENGLISH}"
    for message in messages(path):
        where = f"{path.name}: {message}"
        if message.kind:
            found.append(f"{where} is {message.kind}")
        if not message.forms or not all(form.strip() for form in message.forms):
            found.append(f"{where} has an empty translation")
        if english and not message.numerus:
            found.append(f"{where}: the English file holds plural forms only")
        for form in message.forms:
            if form.strip() and placeholders(form) != placeholders(message.source):
                found.append(f"{where}: {form!r} must keep {placeholders(message.source)}")
    return found


def test_the_files_are_in_step_with_the_code(tmp_path: Path) -> None:
    """A string added to (or removed from) the code without `make ts` is named here."""
    shipped = ts_files()
    assert shipped, "no translations/footdrop_*.ts"
    copies = {code: Path(shutil.copy(path, tmp_path)) for code, path in shipped.items()}
    others = [str(copies[code]) for code in copies if code != ENGLISH]
    lupdate = [str(LUPDATE), "-silent", *OPTIONS]
    subprocess.run([*lupdate, "-ts", *others], cwd=ROOT, check=True, capture_output=True)
    if ENGLISH in copies:
        subprocess.run([*lupdate, *ENGLISH_OPTIONS, "-ts", str(copies[ENGLISH])],
                       cwd=ROOT, check=True, capture_output=True)
    found = []
    for code, path in shipped.items():
        before = {m.key: m for m in messages(path)}
        after = {m.key: m for m in messages(copies[code])}
        found += [f"{path.name}: not yet in the file: {m}" for k, m in after.items()
                  if k not in before]
        found += [f"{path.name}: no longer in the code: {m}" for k, m in before.items()
                  if k not in after]
    assert not found, "run `make ts`, then translate:\n" + "\n".join(found)


def test_make_ts_uses_the_options_this_test_checks_with() -> None:
    recipe = (ROOT / "Makefile").read_text(encoding="utf-8")
    assert " ".join(OPTIONS) in recipe
    if ENGLISH in ts_files():
        assert " ".join(ENGLISH_OPTIONS[:1]) in recipe


def test_a_missing_placeholder_or_an_unfinished_entry_is_caught(tmp_path: Path) -> None:
    """The checks above can fail: a broken file is reported entry by entry."""
    broken = tmp_path / "footdrop_xx.ts"
    broken.write_text(
        """<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="xx">
<context><name>Ctx</name>
  <message><source>Set {set} of {sets}</source><translation>Serie {set}</translation></message>
  <message><source>Pause</source><translation type="unfinished"></translation></message>
  <message numerus="yes"><source>%n reps</source>
    <translation><numerusform>%n rep</numerusform><numerusform></numerusform></translation>
  </message>
  <message><source>Old</source><translation type="vanished">Alt</translation></message>
</context>
</TS>
""",
        encoding="utf-8",
    )
    assert problems(broken) == [
        "footdrop_xx.ts: Ctx: 'Set {set} of {sets}': 'Serie {set}' must keep ['{sets}', '{set}']",
        "footdrop_xx.ts: Ctx: 'Pause' is unfinished",
        "footdrop_xx.ts: Ctx: 'Pause' has an empty translation",
        "footdrop_xx.ts: Ctx: '%n reps' has an empty translation",
        "footdrop_xx.ts: Ctx: 'Old' is vanished",
    ]
