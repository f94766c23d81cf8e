"""The reliability suite: each tests/reliability/probe_*.py tries the app as a hostile world
would, many times, and says how often it held.

A probe module defines NAME (a few words) and probe() -> (tried, held, failures), where
failures describe each case that did not hold. This prints one line per probe,
"NAME: tried N, held N, failed N", with the failures below it, and exits 1 if any failed.
`make reliability` runs it; `run.py WORD...` runs only the probes whose file names contain
one of the words.
"""

from __future__ import annotations

import importlib.util
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
Probe = Callable[[], tuple[int, int, list[str]]]


def load(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"reliability_{path.stem}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def run_one(path: Path) -> tuple[str, int, int, list[str]]:
    """One probe's line; a probe that breaks itself counts as one failed case, never a crash."""
    try:
        module = load(path)
        name: str = module.NAME
        probe: Probe = module.probe
    except Exception:  # a broken probe is reported, and the others still run
        return path.stem, 1, 0, [f"could not load: {traceback.format_exc(limit=-1).strip()}"]
    try:
        tried, held, failures = probe()
    except Exception:
        return name, 1, 0, [f"the probe broke: {traceback.format_exc(limit=-3).strip()}"]
    return name, tried, held, failures


def main(words: list[str], folder: Path = HERE) -> int:
    if str(ROOT) not in sys.path:
        sys.path.insert(0, str(ROOT))  # probes import the app and tests' helpers
    paths = sorted(folder.glob("probe_*.py"))
    if words:
        paths = [p for p in paths if any(word in p.stem for word in words)]
    if not paths:
        print("no probes found", file=sys.stderr)
        return 1
    broken = False
    for path in paths:
        name, tried, held, failures = run_one(path)
        print(f"{name}: tried {tried}, held {held}, failed {tried - held}", flush=True)
        for failure in failures:
            print(f"    {failure}", flush=True)
        broken = broken or held < tried or bool(failures)
    return 1 if broken else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
