"""A pseudo-language: every translated sentence comes back wrapped in [[...]], so any word a
person sees outside a wrapper never went through a translator.

The whole source is wrapped ("[[Set {set} of {sets}]]"), so `.format()` and "%n" still fill
the placeholders inside the brackets. ``pseudo_language`` answers core.translation's calls
(storage, reminders, the command line); tests/i18n/pseudo.py does the same for Qt's.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager

from footdrop_gui.core.translation import use_translator

OPEN, CLOSE = "[[", "]]"


def wrap(text: str) -> str:
    return f"{OPEN}{text}{CLOSE}"


def pseudo(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return wrap(text.replace("%n", str(n)) if n >= 0 else text)


@contextmanager
def pseudo_language() -> Iterator[None]:
    """Every core.translation.translate call answers in the pseudo-language meanwhile."""
    use_translator(pseudo)
    try:
        yield
    finally:
        use_translator(None)


def outside_wrappers(text: str) -> str:
    """What of ``text`` is not inside [[...]] (nested pairs allowed, as a wrapped name inside a
    wrapped sentence); an unmatched ']]' ends nothing."""
    kept: list[str] = []
    depth = 0
    index = 0
    while index < len(text):
        pair = text[index : index + 2]
        if pair == OPEN:
            depth += 1
            index += 2
        elif pair == CLOSE and depth:
            depth -= 1
            index += 2
        else:
            if not depth:
                kept.append(text[index])
            index += 1
    return "".join(kept)


def untranslated(text: str, *allowed: str) -> str:
    """The letters of text outside every wrapper, once the allowed strings (paths, the
    program's name) are taken out: any letter left was not translated."""
    for known in sorted(allowed, key=len, reverse=True):
        text = text.replace(known, "")
    return "".join(re.findall(r"[A-Za-z]+", outside_wrappers(text)))
