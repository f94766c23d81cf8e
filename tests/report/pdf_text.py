"""Reading a PDF back as a person's PDF viewer would: its facts (pdfinfo) and its words
(pdftotext), both from poppler-utils."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "benchmarks"))
from history_data import fill  # noqa: E402  (the bench's realistic made-up history)

__all__ = ["fill", "info", "words"]


def info(pdf: Path) -> dict[str, str]:
    out = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True, check=True)
    pairs = (line.split(":", 1) for line in out.stdout.splitlines() if ":" in line)
    return {key.strip(): value.strip() for key, value in pairs}


def words(pdf: Path, first: int | None = None, last: int | None = None) -> str:
    """The text, with every run of spaces and line ends made one space."""
    pages = [*(["-f", str(first)] if first else []), *(["-l", str(last)] if last else [])]
    out = subprocess.run(
        ["pdftotext", *pages, str(pdf), "-"], capture_output=True, text=True, check=True
    )
    return " ".join(out.stdout.split())


def local_days_between(first: date, last: date) -> int:
    return (last - first).days + 1
