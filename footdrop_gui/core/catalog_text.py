"""Which words of the catalog and the built-in routines a translator writes, and their keys.

catalog.json and routines.json stay the one source of the exercises: a language file holds
only text, keyed by where it sits ("exercises.toe-lifts.steps.3"), beside the English it was
written from, so a changed English sentence shows up as a stale translation.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

EXERCISE_TEXT = ("name", "summary", "position", "equipment", "muscles", "steps", "easier",
                 "harder", "cautions", "cues")
NAMED_TEXT = ("name", "description")  # categories and routines


def text_entries(catalog: Any, routines: Any) -> dict[str, str]:
    """Every translatable English string of the raw catalog and routines JSON, by key."""
    return dict(_catalog_entries(catalog)) | dict(_routine_entries(routines))


def _catalog_entries(catalog: Any) -> Iterator[tuple[str, str]]:
    yield from _flatten("source", catalog["source"])
    yield from _flatten("about", catalog["about"])
    yield from _flatten("safety", catalog["safety"])
    for category in catalog["categories"]:
        yield from _fields(f"categories.{category['id']}", category, NAMED_TEXT)
    for exercise in catalog["exercises"]:
        yield from _fields(f"exercises.{exercise['id']}", exercise, EXERCISE_TEXT)


def _routine_entries(routines: Any) -> Iterator[tuple[str, str]]:
    for routine in routines["routines"]:
        yield from _fields(f"routines.{routine['id']}", routine, NAMED_TEXT)


def _fields(prefix: str, item: dict[str, Any], names: tuple[str, ...]) -> Iterator[tuple[str, str]]:
    for name in names:
        if name in item:
            yield from _flatten(f"{prefix}.{name}", item[name])


def _flatten(key: str, value: Any) -> Iterator[tuple[str, str]]:
    if isinstance(value, str):
        yield key, value
    elif isinstance(value, list):
        for index, part in enumerate(value):
            yield from _flatten(f"{key}.{index}", part)
    elif isinstance(value, dict):
        for name, part in value.items():
            yield from _flatten(f"{key}.{name}", part)


def with_texts(raw: Any, texts: dict[str, str], prefix: str = "") -> Any:
    """A copy of raw catalog or routines JSON with each keyed string replaced from ``texts``.

    Keys are built exactly as ``text_entries`` builds them, so a string without a key (an id,
    a mode) is never touched; ``prefix`` is the key of ``raw`` itself.
    """
    if isinstance(raw, str):
        return texts.get(prefix, raw)
    if isinstance(raw, list):
        return [with_texts(part, texts, _key(prefix, _item_name(part, index)))
                for index, part in enumerate(raw)]
    if isinstance(raw, dict):
        return {name: with_texts(part, texts, _key(prefix, name)) for name, part in raw.items()}
    return raw


def _item_name(item: Any, index: int) -> str:
    return str(item["id"]) if isinstance(item, dict) and "id" in item else str(index)


def _key(prefix: str, name: str) -> str:
    return f"{prefix}.{name}" if prefix else name


class LanguageFileError(ValueError):
    """A language's catalog file cannot be used; the message names the file and the key."""


_PLACEHOLDER = re.compile(r"\{[^{}]*\}")


def placeholders(text: str) -> list[str]:
    """The {names} a sentence fills in, sorted, so a translation may move them."""
    return sorted(_PLACEHOLDER.findall(text))


def read_language_texts(text: str, file_name: str, english: dict[str, str]) -> dict[str, str]:
    """The translations of a catalog_xx.json, checked against today's English entries.

    Every key must be there and no other, each written from today's English (else it is
    stale), not empty, and with the same {placeholders}; raise LanguageFileError otherwise.
    """
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise LanguageFileError(
            f"{file_name}: not valid JSON (line {exc.lineno}, column {exc.colno}: {exc.msg})"
        ) from exc
    entries = data.get("texts") if isinstance(data, dict) else None
    if not isinstance(entries, dict) or not isinstance(data.get("language"), str):
        raise LanguageFileError(f'{file_name}: expected {{"language": ..., "texts": {{...}}}}')
    missing = [key for key in english if key not in entries]
    if missing:
        raise LanguageFileError(f"{file_name}: missing key {missing[0]!r}")
    extra = [key for key in entries if key not in english]
    if extra:
        raise LanguageFileError(f"{file_name}: unknown key {extra[0]!r}")
    return {key: _checked(entries[key], english[key], f"{file_name}: {key!r}") for key in english}


def _checked(entry: Any, english: str, where: str) -> str:
    if not isinstance(entry, dict) or set(entry) != {"en", "text"}:
        raise LanguageFileError(f'{where}: expected {{"en": ..., "text": ...}}')
    written_from, translated = entry["en"], entry["text"]
    if written_from != english:
        raise LanguageFileError(f"{where} is stale: the English has changed since it was written")
    if not isinstance(translated, str) or not translated.strip():
        raise LanguageFileError(f"{where} has no translation")
    if placeholders(translated) != placeholders(english):
        raise LanguageFileError(
            f"{where}: the placeholders {placeholders(english)} must stay as they are"
        )
    return translated


def language_template(
    language: str, english: dict[str, str], old: dict[str, Any] | None = None
) -> dict[str, Any]:
    """A catalog_xx.json to fill in: every key with today's English, the texts kept from
    ``old`` where their English has not changed (a changed one is emptied, to be redone)."""
    kept = old.get("texts", {}) if isinstance(old, dict) else {}
    texts: dict[str, dict[str, str]] = {}
    for key, source in english.items():
        before = kept.get(key)
        same = isinstance(before, dict) and before.get("en") == source
        text = before.get("text", "") if isinstance(before, dict) and same else ""
        texts[key] = {"en": source, "text": str(text)}
    return {"language": language, "texts": texts}
