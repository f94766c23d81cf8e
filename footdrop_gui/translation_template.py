"""`python -m footdrop_gui.translation_template xx`: write translations/catalog_xx.json, the
exercise texts for a new language, or bring an existing one up to date with the English.

Every key of catalog.json and routines.json is written with today's English beside it and an
empty "text" to fill in; translations whose English is unchanged are kept, those whose English
changed are emptied (the tests then name them). docs/translating.md tells the whole story.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from footdrop_gui import bundled
from footdrop_gui.core.catalog_text import language_template
from footdrop_gui.language import ENGLISH, catalog_file, language_code


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m footdrop_gui.translation_template")
    parser.add_argument("language", help="the language's two-letter code, e.g. fr")
    parser.add_argument("--folder", type=Path, default=Path("translations"))
    args = parser.parse_args(argv)
    code = language_code(args.language)
    if code is None or code != args.language or code == ENGLISH:
        parser.error(f"'{args.language}' is not a language code like fr or pt")
    path: Path = args.folder / catalog_file(code)
    try:
        old = json.loads(path.read_text(encoding="utf-8")) if path.exists() else None
    except (OSError, ValueError) as exc:
        sys.stderr.write(f"{path} cannot be read ({exc}): fix or remove it first\n")
        return 1
    made = language_template(code, bundled.english_texts(), old)
    path.write_text(json.dumps(made, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    empty = sum(1 for entry in made["texts"].values() if not entry["text"])
    print(f"{path}: {len(made['texts'])} texts, {empty} still to translate")
    return 0


if __name__ == "__main__":
    sys.exit(main())
