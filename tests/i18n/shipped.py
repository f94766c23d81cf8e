"""The translation files shipped in translations/, read for the checks (not by the app)."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from pathlib import Path

from tests.helpers.languages import TRANSLATIONS

REQUIRED = ("es", "de")  # issue 16: Spanish and German, complete
ENGLISH = "en"  # footdrop_en.ts holds only the English plural forms ("1 rep", "2 reps")
_PLACEHOLDER = re.compile(r"\{[^{}]*\}|%n")


def ts_files() -> dict[str, Path]:
    """Each shipped Qt translation file by its language code."""
    return {path.stem.removeprefix("footdrop_"): path
            for path in sorted(TRANSLATIONS.glob("footdrop_*.ts"))}


def catalog_files() -> dict[str, Path]:
    return {path.stem.removeprefix("catalog_"): path
            for path in sorted(TRANSLATIONS.glob("catalog_*.json"))}


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    comment: str  # the disambiguation
    numerus: bool
    kind: str  # the translation's type: "" (finished), "unfinished", "vanished", "obsolete"
    forms: tuple[str, ...]  # the translation, or each plural form

    @property
    def key(self) -> tuple[str, str, str, bool]:
        return (self.context, self.source, self.comment, self.numerus)

    def __str__(self) -> str:
        return f"{self.context}: {self.source!r}" + (f" ({self.comment})" if self.comment else "")


def messages(path: Path) -> list[Message]:
    found = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            assert translation is not None, f"{path.name}: {name}: a message without translation"
            plural = message.get("numerus") == "yes"
            forms = tuple(form.text or "" for form in translation.iter("numerusform"))
            found.append(Message(
                name,
                message.findtext("source", ""),
                message.findtext("comment", ""),
                plural,
                translation.get("type", ""),
                forms if plural else (translation.text or "",),
            ))
    return found


def placeholders(text: str) -> list[str]:
    """The {names} and %n a sentence fills in, sorted: a translation may move them."""
    return sorted(_PLACEHOLDER.findall(text))
