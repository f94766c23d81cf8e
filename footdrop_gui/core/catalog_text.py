"""Which words of the catalog and the built-in routines a translator writes, and their keys.

catalog.json and routines.json stay the one source of the exercises: a language file holds
only text, keyed by where it sits ("exercises.toe-lifts.steps.3"), beside the English it was
written from, so a changed English sentence shows up as a stale translation.
"""

from __future__ import annotations

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
