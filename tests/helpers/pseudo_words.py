"""A pseudo-language for core.translation: every translated sentence comes back wrapped in
[[...]], so any word a person sees outside a wrapper was never translated."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager

from footdrop_gui.core.translation import use_translator

_WRAPPED = re.compile(r"\[\[[^\[\]]*\]\]")


def pseudo(context: str, text: str, disambiguation: str | None = None, n: int = -1) -> str:
    return "[[" + (text.replace("%n", str(n)) if n >= 0 else text) + "]]"


@contextmanager
def pseudo_language() -> Iterator[None]:
    """Every core.translation.translate call answers in the pseudo-language meanwhile."""
    use_translator(pseudo)
    try:
        yield
    finally:
        use_translator(None)


def untranslated(text: str, *allowed: str) -> str:
    """The words of text outside every wrapper (nested ones too), once the allowed strings
    (paths, the program's name) are taken out: any letter left was not translated."""
    for known in sorted(allowed, key=len, reverse=True):
        text = text.replace(known, "")
    previous = None
    while previous != text:
        previous, text = text, _WRAPPED.sub("", text)
    return "".join(re.findall(r"[A-Za-z]+", text))
