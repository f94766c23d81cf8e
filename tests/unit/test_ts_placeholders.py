"""The shipped translations keep every placeholder a sentence is filled with ({name}, %n):
a lost or misspelt one would print a raw brace, or raise KeyError where the English works.
And the command line's, reminders' and history's sentences are all translated."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

TRANSLATIONS = Path(__file__).parents[2] / "translations"
SHIPPED = sorted(TRANSLATIONS.glob("footdrop_*.ts"))
FULL = [ts for ts in SHIPPED if ts.stem != "footdrop_en"]  # English holds only plural forms
# The contexts of the command line, reminders and storage (the rest are the windows').
CLI_CONTEXTS = (
    "Backups", "CommandLine", "Commands", "DataFolder", "Export", "HistoryErrors",
    "HistoryNotices", "ReminderDays", "ReminderFiles", "ReminderText", "RoutineFiles",
)  # fmt: skip
_PLACEHOLDER = re.compile(r"\{[a-z_]*\}|%n")


def placeholders(text: str) -> list[str]:
    return sorted(_PLACEHOLDER.findall(text))


def messages(ts: Path) -> list[tuple[str, ET.Element]]:
    root = ET.parse(ts).getroot()
    return [
        (context.findtext("name", ""), message)
        for context in root.iter("context")
        for message in context.iter("message")
    ]


def translations(message: ET.Element) -> list[str]:
    """The translated text, or each plural form of it."""
    translation = message.find("translation")
    assert translation is not None
    forms = translation.findall("numerusform")
    return [f.text or "" for f in forms] if forms else [translation.text or ""]


@pytest.mark.parametrize("ts", SHIPPED, ids=[p.stem for p in SHIPPED])
def test_every_translation_keeps_the_placeholders_of_its_source(ts: Path) -> None:
    checked = 0
    for context, message in messages(ts):
        translation = message.find("translation")
        if translation is None or translation.get("type") is not None:  # unfinished, obsolete
            continue
        source = message.findtext("source", "")
        for text in translations(message):
            if text:
                checked += 1
                assert placeholders(text) == placeholders(source), (context, source, text)
    assert checked > 0


@pytest.mark.parametrize("ts", FULL, ids=[p.stem for p in FULL])
def test_the_command_line_reminders_and_history_are_fully_translated(ts: Path) -> None:
    seen = set()
    for context, message in messages(ts):
        if context not in CLI_CONTEXTS:
            continue
        seen.add(context)
        translation = message.find("translation")
        assert translation is not None and translation.get("type") is None, context
        forms = translations(message)
        assert all(form.strip() for form in forms), (context, message.findtext("source"))
        if message.get("numerus") == "yes":
            assert len(forms) == 2, message.findtext("source")  # one and many (es, de)
    assert seen == set(CLI_CONTEXTS)
