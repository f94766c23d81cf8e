"""Small HTML builders for labels: content text is always escaped, never trusted as markup."""

from __future__ import annotations

from html import escape


def bullet_html(items: tuple[str, ...], numbered: bool = False) -> str:
    tag = "ol" if numbered else "ul"
    rows = "".join(f"<li style='margin-bottom:6px'>{escape(item)}</li>" for item in items)
    return f"<{tag} style='margin-left:-16px'>{rows}</{tag}>"


def paragraphs_html(paragraphs: tuple[str, ...]) -> str:
    return "".join(f"<p>{escape(p)}</p>" for p in paragraphs)
