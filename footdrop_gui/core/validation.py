"""Typed, strict reading of parsed JSON, with errors that name the exact place.

Data files are written by people (content authors, therapists), so every rule a file
breaks must be reported as "file: where: field: what is wrong", never as a KeyError.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import Any, NoReturn

_SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
SHOWN_CHARS = 40


def shown(value: object, limit: int = SHOWN_CHARS) -> str:
    """A value as an error message may quote it: at most limit characters, then an ellipsis,
    with control characters and broken ones (lone surrogates) written as escapes, so a
    message never carries a whole huge value or text that cannot be printed."""
    if isinstance(value, int) and abs(value) >= 10**limit:  # str() refuses the longest
        return f"a number about {round(value.bit_length() * 0.30103)} digits long"
    text = str(value)
    cut = text[:limit]
    safe = "".join(
        ch if ch.isprintable() and not 0xD800 <= ord(ch) <= 0xDFFF else ascii(ch)[1:-1]
        for ch in cut
    )
    return safe + ("…" if len(text) > limit else "")


class ValidationError(ValueError):
    """A data file breaks a rule; the message names the file, the place and the field."""


class Reader:
    """A view of one JSON object that reads its fields by type or fails with a located message."""

    def __init__(self, data: Any, file: str, context: str = "", path: tuple[str, ...] = ()) -> None:
        self._file = file
        self._context = context
        self._path = path
        if not isinstance(data, dict):
            raise ValidationError(self._where(None) + f"expected an object, found {_kind(data)}")
        self._data: dict[str, Any] = data

    def name_as(self, context: str) -> None:
        """Report later failures under this name (e.g. "exercise 'toe-lifts'")."""
        self._context = context
        self._path = ()

    def __contains__(self, key: object) -> bool:
        return key in self._data

    def __iter__(self) -> Iterator[str]:
        return iter(list(self._data))

    def fail(self, key: str | None, message: str) -> NoReturn:
        raise ValidationError(self._where(key) + message)

    def allow_keys(self, *allowed: str) -> None:
        """Refuse unknown fields, which are usually typos that would otherwise be ignored."""
        for key in self._data:
            if key not in allowed:
                self.fail(key, "is not a known field")

    def _where(self, key: str | None) -> str:
        parts = [self._file]
        if self._context:
            parts.append(self._context)
        dotted = shown(".".join((*self._path, key) if key else self._path), 2 * SHOWN_CHARS)
        if dotted:
            parts.append(dotted)
        return ": ".join(parts) + ": "

    def _get(self, key: str) -> Any:
        if key not in self._data:
            self.fail(key, "is missing")
        return self._data[key]

    def text(self, key: str) -> str:
        value = self._get(key)
        if not isinstance(value, str):
            self.fail(key, f"expected text, found {_kind(value)}")
        if not value.strip():
            self.fail(key, "is empty")
        return value

    def optional_text(self, key: str) -> str | None:
        if self._data.get(key) is None:
            return None
        return self.text(key)

    def slug(self, key: str) -> str:
        value = self.text(key)
        if not _SLUG.match(value):
            self.fail(key, f"'{shown(value)}' must be lower-case words joined by '-'")
        return value

    def choice(self, key: str, options: Sequence[str]) -> str:
        value = self.text(key)
        if value not in options:
            self.fail(key, f"'{shown(value)}' is not one of {', '.join(options)}")
        return value

    def integer(self, key: str, minimum: int | None = None, maximum: int | None = None) -> int:
        value = self._get(key)
        if isinstance(value, bool) or not isinstance(value, int):
            self.fail(key, f"expected a whole number, found {_kind(value)}")
        if minimum is not None and value < minimum:
            self.fail(key, f"{shown(value)} is below the minimum {minimum}")
        if maximum is not None and value > maximum:
            self.fail(key, f"{shown(value)} is above the maximum {maximum}")
        return value

    def int_pair(self, key: str) -> tuple[int, int]:
        value = self._get(key)
        if (
            not isinstance(value, list)
            or len(value) != 2
            or any(isinstance(v, bool) or not isinstance(v, int) for v in value)
        ):
            found = shown(value)
            self.fail(key, f"expected [minimum, maximum] as two whole numbers, found {found}")
        return value[0], value[1]

    def text_list(self, key: str, min_items: int = 0) -> tuple[str, ...]:
        value = self._get(key)
        if not isinstance(value, list):
            self.fail(key, f"expected a list of text, found {_kind(value)}")
        for index, item in enumerate(value):
            if not isinstance(item, str) or not item.strip():
                self.fail(f"{key}[{index + 1}]", f"expected text, found {_kind(item)}")
        if len(value) < min_items:
            self.fail(key, f"needs at least {min_items} item(s)")
        return tuple(value)

    def child(self, key: str) -> Reader:
        value = self._get(key)
        if not isinstance(value, dict):
            self.fail(key, f"expected an object, found {_kind(value)}")
        return Reader(value, self._file, self._context, (*self._path, key))

    def children(self, key: str) -> list[Reader]:
        value = self._get(key)
        if not isinstance(value, list):
            self.fail(key, f"expected a list, found {_kind(value)}")
        readers = []
        for index, item in enumerate(value):
            place = f"{key}[{index + 1}]"
            if not isinstance(item, dict):
                self.fail(place, f"expected an object, found {_kind(item)}")
            readers.append(Reader(item, self._file, self._context, (*self._path, place)))
        return readers


def _kind(value: Any) -> str:
    """A plain-words name for a JSON value's type."""
    if value is None:
        return "nothing (null)"
    if isinstance(value, bool):
        return f"true/false ({str(value).lower()})"
    if isinstance(value, int | float):
        return f"a number ({shown(value)})"
    if isinstance(value, str):
        return f"text ('{shown(value, 30)}')"
    if isinstance(value, list):
        return "a list"
    return "an object"
