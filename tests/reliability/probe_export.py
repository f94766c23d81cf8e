"""The CSV export through `footdrop export csv FILE`: text a spreadsheet would run as a
formula, and places that cannot take the file.

Held when every routine name and note that starts like a formula comes back as plain text
(read with the csv module), no other cell could start a formula unless it is a number, and
each place that cannot be written gives one calm line, exit code 1, and leaves no file.
"""

from __future__ import annotations

import csv
import os
import stat
import subprocess
from pathlib import Path

from footdrop_gui.storage.journal import Journal, Rating
from tests.reliability.someone_else import hand_over, lock, run, scratch
from tests.storage.sessions import program

NAME = "CSV export"
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
PAYLOADS = (
    "=1+1", "+1", "-1", "@SUM(A1)", "\t=1", "\r=1", "=cmd|' /C calc'!A0", "==", "-", "+",
    "@", "=HYPERLINK(\"http://x\",\"click\")", "-2+3+cmd|' /C calc'!A0", "+\n=1", "=\u00e9",
    "@\ud7ff", "=" + "9" * 300, "-\t", "=\r\n1", "+-+-",
)  # fmt: skip


def _history(data: Path) -> dict[str, int]:
    """A history whose sessions are named and rated with the payloads."""
    journal, _ = Journal.open(data)
    try:
        sessions = {}
        for payload in PAYLOADS:
            session = journal.start_session(payload, program("toe-lifts"))
            journal.end_session(session, ended_early=True)
            journal.set_rating(session, Rating(pain_before=3, note=payload))
            sessions[payload] = session
        return sessions
    finally:
        journal.close()


def _export(folder: Path, target: Path) -> subprocess.CompletedProcess[str] | None:
    args = ["-m", "footdrop_gui", "--data-dir", str(folder / "data"), "export", "csv"]
    try:
        return run([*args, str(target)], 60, folder)
    except subprocess.TimeoutExpired:
        return None


def _injection(folder: Path, sessions: dict[str, int]) -> list[tuple[str, str]]:
    target = folder / "out" / "history.csv"
    done = _export(folder, target)
    if done is None or done.returncode != 0:
        problem = "hung" if done is None else done.stderr.strip()[-200:]
        return [(f"formula {p!r}", f"the export failed: {problem}") for p in PAYLOADS]
    with target.open(newline="", encoding="utf-8", errors="surrogateescape") as handle:
        rows = {row["session_id"]: row for row in csv.DictReader(handle)}
    verdicts = []
    for payload, session in sessions.items():
        row = rows.get(str(session), {})
        kept = (row.get("session_title"), row.get("note")) == ("'" + payload, "'" + payload)
        verdicts.append((f"formula {payload[:20]!r}", "" if kept else f"exported as {row}"[:200]))
    risky = [
        cell for row in rows.values() for cell in row.values()
        if cell.startswith(FORMULA_STARTS) and not _number(cell)
    ]  # fmt: skip
    verdicts.append(("no other cell starts a formula", f"found {risky[:3]}" if risky else ""))
    return verdicts


def _number(cell: str) -> bool:
    try:
        float(cell)
    except ValueError:
        return False
    return True


def _refusals(folder: Path) -> list[tuple[str, str]]:
    (folder / "locked").mkdir()
    (folder / "a-file").write_text("keep me")
    os.mkfifo(folder / "pipe.csv")
    hand_over(folder)
    lock(folder / "locked")
    places = {
        "a read-only folder": folder / "locked" / "x.csv",
        "a missing folder": folder / "gone" / "x.csv",
        "under a file": folder / "a-file" / "x.csv",
        "a folder as the file": folder / "locked",
        "a named pipe": folder / "pipe.csv",
        "a device": Path("/dev/null"),
        "/proc": Path("/proc/x.csv"),
        "/sys": Path("/sys/x.csv"),
    }
    verdicts = []
    for label, target in places.items():
        done = _export(folder, target)
        if done is None:
            verdicts.append((label, "hung"))
            continue
        said = done.stderr
        calm = said.startswith("footdrop: ") and said.count("\n") == 1 and "Traceback" not in said
        left = [p.name for p in (folder / "locked").iterdir()]
        if done.returncode != 1 or not calm or left:
            verdicts.append((label, f"exit {done.returncode}, said {said[:200]!r}, left {left}"))
        else:
            verdicts.append((label, ""))
    intact = stat.S_ISCHR(os.stat("/dev/null").st_mode) and stat.S_ISFIFO(
        os.stat(folder / "pipe.csv").st_mode
    )
    verdicts.append(("device and pipe left as they were", "" if intact else "replaced"))
    return verdicts


def probe() -> tuple[int, int, list[str]]:
    with scratch() as folder:
        (folder / "data").mkdir()
        (folder / "out").mkdir()
        sessions = _history(folder / "data")
        verdicts = _refusals(folder)  # hands the folder over to the app's user
        verdicts += _injection(folder, sessions)
    failures = [f"{label}: {problem}" for label, problem in verdicts if problem]
    return len(verdicts), len(verdicts) - len(failures), failures
