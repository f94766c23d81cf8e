"""Hostile routine files through the real doors: `footdrop plan FILE` and the window's
"Open a routine file…" and "Save as a file…" (each in its own process, with a time limit).

Held when the file is refused in one calm line or message that says why (or read, where it
is fine), quickly, without a traceback; and when a save that cannot happen says so and
leaves nothing behind.
"""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path
from typing import Any

from tests.hostile_files import CASES
from tests.reliability.someone_else import hand_over, lock, run, scratch

NAME = "hostile routine files"
WINDOW = """
import json, signal, sys
from pathlib import Path
from PySide6.QtWidgets import QApplication, QMessageBox
from footdrop_gui import bundled
from footdrop_gui.core.program import Side
from footdrop_gui.core.routine import UNSAVED, Routine, default_entry
from footdrop_gui.storage.journal import Journal
from footdrop_gui.storage.routine_store import RoutineStore
from footdrop_gui.ui.routines_view import RoutinesView

class Hung(Exception):
    pass

def hung(*_):
    raise Hung()

app = QApplication([])
shown = []
QMessageBox.warning = lambda parent, title, text: shown.append(text)
# Questions are answered at once, "No" to "make it your daily routine?" and "Keep both" to
# "replace yours?" (two good files may hold one name): a modal loop would keep the alarm
# below from ever firing.
QMessageBox.question = lambda *args: QMessageBox.StandardButton.No

def keep_both(box):
    next(b for b in box.buttons() if b.text() == "Keep both").click()
    return 0

QMessageBox.exec = keep_both
catalog = bundled.catalog()
journal, _ = Journal.open(Path(sys.argv[1]))
page = RoutinesView(RoutineStore(journal, catalog), bundled.routines(), catalog,
                    lambda: Side.LEFT)
signal.signal(signal.SIGALRM, hung)
results = {}
for label, action, path in json.loads(sys.stdin.read()):
    shown.clear()
    signal.alarm(10)
    try:
        if action == "open":
            done = page.open_file(Path(path)) is not None
        else:
            name = "Mine \\ud800" if action == "save-broken" else "Mine"
            routine = Routine(UNSAVED, name, "", (default_entry(catalog.get("toe-lifts")),))
            done = page.save_file(routine, Path(path))
        results[label] = {"done": done, "said": list(shown)}
    except Hung:
        results[label] = {"hung": True}
    signal.alarm(0)
print(json.dumps(results))
"""


def _cli(folder: Path, path: Path, words: str | None) -> str:
    try:
        done = run(["-m", "footdrop_gui", "plan", str(path)], 20, folder)
    except subprocess.TimeoutExpired:
        return "footdrop plan hung for 20 s"
    said = done.stderr
    if "Traceback" in said:
        return f"footdrop plan gave a traceback: {said.strip()[-200:]}"
    if words is None:
        return "" if done.returncode == 0 else f"footdrop plan refused a good file: {said}"
    if done.returncode != 2 or said.count("\n") != 1 or words not in said or len(said) > 400:
        return f"footdrop plan said (exit {done.returncode}): {said[:200]!r}"
    return ""


def _window_verdict(result: dict[str, Any], words: str | None, saving: bool) -> str:
    if result.get("hung"):
        return "the window hung"
    said = [str(text) for text in result["said"]]
    if words is None:
        return "" if result["done"] and not said else f"the window refused a good file: {said}"
    if result["done"] or len(said) != 1 or words not in said[0] or len(said[0]) > 600:
        return f"the window said: {said!r}"[:300]
    if not saving and "Nothing was added" not in said[0]:
        return f"the window did not say nothing was added: {said[0][:200]!r}"
    return ""


SAVES = (  # (label, action, where under the scratch folder or an absolute path, words)
    ("save: good", "save", "saves/good.json", None),
    ("save: over a named pipe", "save", "saves/pipe.json", "named pipe"),
    ("save: over a device", "save", "/dev/null", "is a device"),
    ("save: into a missing folder", "save", "saves/gone/x.json", "does not exist"),
    ("save: into a read-only folder", "save", "locked/x.json", "permission"),
    ("save: a broken character", "save-broken", "saves/broken.json", "broken character"),
)


def _window(folder: Path, asks: list[tuple[str, str, str]]) -> tuple[dict[str, Any], str]:
    """Every open and save in one window process: its results, or why there are none."""
    try:
        done = run(["-c", WINDOW, str(folder / "data")], 300, folder, stdin=json.dumps(asks))
    except subprocess.TimeoutExpired:
        return {}, "the window's process hung"
    if not done.stdout.strip():
        return {}, f"the window's process broke: {done.stderr[-300:]}"
    return json.loads(done.stdout.strip().splitlines()[-1]), ""


def probe() -> tuple[int, int, list[str]]:
    verdicts: list[tuple[str, str]] = []  # (label, problem or "")
    with scratch() as folder:
        for name in ("data", "saves", "locked"):
            (folder / name).mkdir()
        os.mkfifo(folder / "saves" / "pipe.json")
        asks: list[tuple[str, str, str]] = []
        expected: dict[str, tuple[str | None, bool]] = {}
        for number, case in enumerate(CASES):
            (folder / f"case-{number}").mkdir()
            asks.append((case.label, "open", str(case.make(folder / f"case-{number}"))))
            expected[case.label] = (case.words, False)
        for label, action, where, words in SAVES:
            asks.append((label, action, str(folder / where)))
            expected[label] = (words, True)
        hand_over(folder)
        lock(folder / "locked")
        for (label, _, path), case in zip(asks, CASES, strict=False):
            verdicts.append((f"plan {label}", _cli(folder, Path(path), case.words)))
        results, broke = _window(folder, asks)
        for label, (words, saving) in expected.items():
            result = results.get(label, {"hung": True})
            verdicts.append((f"window {label}", broke or _window_verdict(result, words, saving)))
        leftovers = [p.name for p in (folder / "saves").iterdir() if p.name.startswith(".")]
        verdicts.append(("no half-written file", f"left behind: {leftovers}" if leftovers else ""))
    failures = [f"{label}: {problem}" for label, problem in verdicts if problem]
    return len(verdicts), len(verdicts) - len(failures), failures
