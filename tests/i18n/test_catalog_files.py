"""The shipped exercise texts (translations/catalog_xx.json) cover today's catalog exactly.

A file is {"language": "xx", "texts": {key: {"en": English it was written from, "text": ...}}}
with a key for each string core.catalog_text.text_entries finds in catalog.json and
routines.json. Every problem is listed, not only the first.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from footdrop_gui.core.catalog_text import text_entries
from tests.helpers.languages import raw_content
from tests.i18n.shipped import REQUIRED, catalog_files, placeholders

ENGLISH = text_entries(*raw_content())


def test_spanish_and_german_exercises_are_shipped() -> None:
    assert set(REQUIRED) <= set(catalog_files()), f"shipped: {sorted(catalog_files())}"


@pytest.mark.parametrize("code", REQUIRED)
def test_every_exercise_text_is_translated(code: str) -> None:
    path = catalog_files().get(code)
    assert path is not None, f"catalog_{code}.json is not shipped"
    found = problems(path, code)
    assert not found, f"{len(found)} problems:\n" + "\n".join(found)


def test_other_shipped_languages_are_complete_too() -> None:
    found = [line for code, path in catalog_files().items() if code not in REQUIRED
             for line in problems(path, code)]
    assert not found, "\n".join(found)


def problems(path: Path, code: str) -> list[str]:
    data = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(data, dict) or not isinstance(data.get("texts"), dict):
        return [f'{path.name}: expected {{"language": "{code}", "texts": {{...}}}}']
    found = [] if data.get("language") == code else [f"{path.name}: language is not {code!r}"]
    texts: dict[str, Any] = data["texts"]
    found += [f"{path.name}: missing {key!r}" for key in ENGLISH if key not in texts]
    found += [f"{path.name}: no such text in the catalog: {key!r}" for key in texts
              if key not in ENGLISH]
    for key, entry in texts.items():
        if key in ENGLISH:
            found += entry_problems(f"{path.name}: {key!r}", entry, ENGLISH[key])
    return found


def entry_problems(where: str, entry: Any, english: str) -> list[str]:
    if not isinstance(entry, dict) or set(entry) != {"en", "text"}:
        return [f'{where}: expected {{"en": ..., "text": ...}}']
    if entry["en"] != english:
        return [f"{where} is stale: the English is now {english!r}"]
    text = entry["text"]
    if not isinstance(text, str) or not text.strip():
        return [f"{where} is empty"]
    if placeholders(text) != placeholders(english):
        return [f"{where}: {text!r} must keep {placeholders(english)}"]
    return []


def test_missing_extra_stale_and_empty_texts_are_each_named(tmp_path: Path) -> None:
    """The check can fail: a file with every kind of mistake."""
    first, second, third, *rest = ENGLISH
    texts: dict[str, Any] = {key: {"en": ENGLISH[key], "text": "x"} for key in rest}
    texts[second] = {"en": "an older sentence", "text": "x"}
    texts[third] = {"en": ENGLISH[third], "text": " "}
    texts["exercises.gone.name"] = {"en": "Gone", "text": "x"}
    path = tmp_path / "catalog_xx.json"
    path.write_text(json.dumps({"language": "xx", "texts": texts}), encoding="utf-8")
    assert problems(path, "xx") == [
        f"catalog_xx.json: missing {first!r}",
        "catalog_xx.json: no such text in the catalog: 'exercises.gone.name'",
        f"catalog_xx.json: {second!r} is stale: the English is now {ENGLISH[second]!r}",
        f"catalog_xx.json: {third!r} is empty",
    ]
