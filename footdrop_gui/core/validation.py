"""Typed, strict reading of parsed JSON, with errors that name the exact place.

Data files are written by people (content authors, therapists), so every rule a file
breaks must be reported as "file: where: field: what is wrong", never as a KeyError.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import Any, NoReturn

from footdrop_gui.core.translation import translate

_SLUG = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
SHOWN_CHARS = 40


def shown(value: object, limit: int = SHOWN_CHARS) -> str:
    """A value as an error message may quote it: at most limit characters, then an ellipsis,
    with control characters and broken ones (lone surrogates) written as escapes, so a
    message never carries a whole huge value or text that cannot be printed."""
    if isinstance(value, int) and abs(value) >= 10**limit:  # str() refuses the longest
        about = round(value.bit_length() * 0.30103)
        return translate("Validation", "a number about {digits} digits long").format(digits=about)
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
            found = translate("Validation", "expected an object, found {found}").format(
                found=_kind(data)
            )
            raise ValidationError(self._where(None) + found)
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
                self.fail(key, translate("Validation", "is not a known field"))

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
            self.fail(key, translate("Validation", "is missing"))
        return self._data[key]

    def text(self, key: str) -> str:
        value = self._get(key)
        if not isinstance(value, str):
            self.fail(
                key,
                translate("Validation", "expected text, found {found}").format(found=_kind(value)),
            )
        if not value.strip():
            self.fail(key, translate("Validation", "is empty"))
        return value

    def optional_text(self, key: str) -> str | None:
        if self._data.get(key) is None:
            return None
        return self.text(key)

    def slug(self, key: str) -> str:
        value = self.text(key)
        if not _SLUG.match(value):
            wrong = translate("Validation", "'{value}' must be lower-case words joined by '-'")
            self.fail(key, wrong.format(value=shown(value)))
        return value

    def choice(self, key: str, options: Sequence[str]) -> str:
        value = self.text(key)
        if value not in options:
            wrong = translate("Validation", "'{value}' is not one of {options}")
            self.fail(key, wrong.format(value=shown(value), options=", ".join(options)))
        return value

    def integer(self, key: str, minimum: int | None = None, maximum: int | None = None) -> int:
        value = self._get(key)
        if isinstance(value, bool) or not isinstance(value, int):
            self.fail(
                key,
                translate("Validation", "expected a whole number, found {found}").format(
                    found=_kind(value)
                ),
            )
        if minimum is not None and value < minimum:
            low = translate("Validation", "{value} is below the minimum {minimum}")
            self.fail(key, low.format(value=shown(value), minimum=minimum))
        if maximum is not None and value > maximum:
            high = translate("Validation", "{value} is above the maximum {maximum}")
            self.fail(key, high.format(value=shown(value), maximum=maximum))
        return value

    def int_pair(self, key: str) -> tuple[int, int]:
        value = self._get(key)
        if (
            not isinstance(value, list)
            or len(value) != 2
            or any(isinstance(v, bool) or not isinstance(v, int) for v in value)
        ):
            found = shown(value)
            pair = translate(
                "Validation", "expected [minimum, maximum] as two whole numbers, found {found}"
            )
            self.fail(key, pair.format(found=found))
        return value[0], value[1]

    def text_list(self, key: str, min_items: int = 0) -> tuple[str, ...]:
        value = self._get(key)
        if not isinstance(value, list):
            self.fail(
                key,
                translate("Validation", "expected a list of text, found {found}").format(
                    found=_kind(value)
                ),
            )
        for index, item in enumerate(value):
            if not isinstance(item, str) or not item.strip():
                wrong = translate("Validation", "expected text, found {found}").format(
                    found=_kind(item)
                )
                self.fail(f"{key}[{index + 1}]", wrong)
        if len(value) < min_items:
            self.fail(
                key,
                translate("Validation", "needs at least {count} item(s)").format(count=min_items),
            )
        return tuple(value)

    def child(self, key: str) -> Reader:
        value = self._get(key)
        if not isinstance(value, dict):
            self.fail(
                key,
                translate("Validation", "expected an object, found {found}").format(
                    found=_kind(value)
                ),
            )
        return Reader(value, self._file, self._context, (*self._path, key))

    def children(self, key: str) -> list[Reader]:
        value = self._get(key)
        if not isinstance(value, list):
            self.fail(
                key,
                translate("Validation", "expected a list, found {found}").format(
                    found=_kind(value)
                ),
            )
        readers = []
        for index, item in enumerate(value):
            place = f"{key}[{index + 1}]"
            if not isinstance(item, dict):
                wrong = translate("Validation", "expected an object, found {found}").format(
                    found=_kind(item)
                )
                self.fail(place, wrong)
            readers.append(Reader(item, self._file, self._context, (*self._path, place)))
        return readers


def _kind(value: Any) -> str:
    """A plain-words name for a JSON value's type."""
    if value is None:
        return translate("Validation", "nothing (null)")
    if isinstance(value, bool):
        return translate("Validation", "true/false ({value})").format(value=str(value).lower())
    if isinstance(value, int | float):
        return translate("Validation", "a number ({value})").format(value=shown(value))
    if isinstance(value, str):
        return translate("Validation", "text ('{value}')").format(value=shown(value, 30))
    if isinstance(value, list):
        return translate("Validation", "a list")
    return translate("Validation", "an object")
