"""A language's exercise file is checked against today's English, key by key."""

from __future__ import annotations

import copy
import json
from pathlib import Path
from typing import Any

import pytest

from footdrop_gui import bundled, translation_template
from footdrop_gui.core.catalog_text import (
    LanguageFileError,
    language_template,
    read_language_texts,
)

ENGLISH = {
    "exercises.toe-lifts.name": "Toe lifts",
    "exercises.toe-lifts.cues.0": "Lift your toes for {seconds} seconds",
}
GOOD: dict[str, Any] = {
    "language": "es",
    "texts": {
        "exercises.toe-lifts.name": {"en": "Toe lifts", "text": "Elevación de dedos"},
        "exercises.toe-lifts.cues.0": {
            "en": "Lift your toes for {seconds} seconds",
            "text": "Durante {seconds} segundos, levante los dedos",
        },
    },
}


def read(data: Any) -> dict[str, str]:
    return read_language_texts(json.dumps(data), "catalog_es.json", ENGLISH)


def broken(key: str, **entry: object) -> dict[str, Any]:
    data = copy.deepcopy(GOOD)
    data["texts"][key].update(entry)
    return data


def test_a_complete_file_gives_every_translation() -> None:
    assert read(GOOD)["exercises.toe-lifts.name"] == "Elevación de dedos"


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (
            {
                **GOOD,
                "texts": {"exercises.toe-lifts.name": GOOD["texts"]["exercises.toe-lifts.name"]},
            },
            "missing key 'exercises.toe-lifts.cues.0'",
        ),
        (
            {**GOOD, "texts": {**GOOD["texts"], "exercises.gone.name": {"en": "x", "text": "y"}}},
            "unknown key 'exercises.gone.name'",
        ),
        (
            broken("exercises.toe-lifts.name", en="Toe raises"),
            "'exercises.toe-lifts.name' is stale",
        ),
        (
            broken("exercises.toe-lifts.name", text="  "),
            "'exercises.toe-lifts.name' has no translation",
        ),
        (
            broken("exercises.toe-lifts.cues.0", text="Levante los dedos {segundos}"),
            "'exercises.toe-lifts.cues.0': the placeholders ['{seconds}']",
        ),
        (broken("exercises.toe-lifts.cues.0", text="Levante los dedos"), "placeholders"),
        ({"texts": GOOD["texts"]}, "expected"),
        ([], "expected"),
    ],
)
def test_every_problem_names_the_file_and_the_key(data: Any, words: str) -> None:
    with pytest.raises(LanguageFileError) as caught:
        read(data)
    assert str(caught.value).startswith("catalog_es.json")
    assert words in str(caught.value)


def test_a_file_that_is_not_json_says_where() -> None:
    with pytest.raises(LanguageFileError, match=r"catalog_es.json: not valid JSON \(line 1"):
        read_language_texts("{", "catalog_es.json", ENGLISH)


def test_the_template_keeps_good_translations_and_empties_stale_ones() -> None:
    changed = {**ENGLISH, "exercises.toe-lifts.name": "Toe raises", "about.0": "New"}
    made = language_template("es", changed, GOOD)
    assert made["texts"]["exercises.toe-lifts.cues.0"]["text"].startswith("Durante")
    assert made["texts"]["exercises.toe-lifts.name"] == {"en": "Toe raises", "text": ""}
    assert made["texts"]["about.0"] == {"en": "New", "text": ""}
    assert list(made["texts"]) == list(changed)


def test_the_template_command_writes_every_key_and_keeps_what_was_translated(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert translation_template.main(["fr", "--folder", str(tmp_path)]) == 0
    path = tmp_path / "catalog_fr.json"
    made = json.loads(path.read_text(encoding="utf-8"))
    assert made["language"] == "fr" and set(made["texts"]) == set(bundled.english_texts())
    made["texts"]["exercises.toe-lifts.name"]["text"] = "Lever les orteils"
    path.write_text(json.dumps(made), encoding="utf-8")
    assert translation_template.main(["fr", "--folder", str(tmp_path)]) == 0
    again = json.loads(path.read_text(encoding="utf-8"))
    assert again["texts"]["exercises.toe-lifts.name"]["text"] == "Lever les orteils"
    total = len(again["texts"])
    assert capsys.readouterr().out.splitlines()[-1] == (
        f"{path}: {total} texts, {total - 1} still to translate"
    )
    with pytest.raises(SystemExit):
        translation_template.main(["english"])
