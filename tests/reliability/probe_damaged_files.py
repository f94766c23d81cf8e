"""50 damaged or foreign history files: each is opened, or refused with the file kept byte for
byte (set aside whole, or left where it was), and never a traceback.

Each case is opened as the window's start does (a damaged file set aside), and one in five
also through the real command line (`footdrop export csv`, which must not move anything).
"""

from __future__ import annotations

import hashlib
import os
import random
import shutil
import sqlite3
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

NAME = "damaged or foreign history files"
HISTORY = "history.sqlite3"

Maker = Callable[[Path, random.Random], None]


def _good(folder: Path) -> Path:
    """A real history with a few sessions, closed cleanly."""
    from footdrop_gui.storage.db import open_store

    conn = open_store(folder).conn
    for n in range(20):
        conn.execute(
            "INSERT INTO sessions (title, plan_json, planned_reps, planned_seconds, started_at) "
            "VALUES (?, '{}', 12, 60, '2026-11-20T09:00:00')",
            (f"Session {n}",),
        )
    conn.close()
    return folder / HISTORY


def _flip(offset: Callable[[int, random.Random], int], count: int = 1) -> Maker:
    def make(folder: Path, rng: random.Random) -> None:
        path = _good(folder)
        data = bytearray(path.read_bytes())
        for _ in range(count):
            data[offset(len(data), rng) % len(data)] ^= rng.randrange(1, 256)
        path.write_bytes(bytes(data))

    return make


def _truncate(keep: Callable[[int, random.Random], int]) -> Maker:
    def make(folder: Path, rng: random.Random) -> None:
        path = _good(folder)
        data = path.read_bytes()
        path.write_bytes(data[: keep(len(data), rng)])

    return make


def _bytes(content: Callable[[random.Random], bytes]) -> Maker:
    def make(folder: Path, rng: random.Random) -> None:
        (folder / HISTORY).write_bytes(content(rng))

    return make


def _other_database(folder: Path, rng: random.Random) -> None:
    conn = sqlite3.connect(folder / HISTORY)
    conn.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, data BLOB)")
    conn.execute("INSERT INTO photos (data) VALUES (?)", (rng.randbytes(5000),))
    conn.commit()
    conn.close()


def _newer(folder: Path, rng: random.Random) -> None:
    path = _good(folder)
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA user_version = 9")
    conn.commit()
    conn.close()


def _foreign_wal(folder: Path, rng: random.Random) -> None:
    """A crash's -wal from another history, beside this one."""
    _good(folder)
    other = folder / "other"
    other.mkdir()
    conn = sqlite3.connect(other / HISTORY, isolation_level=None)
    conn.execute("PRAGMA journal_mode = WAL")
    conn.execute("CREATE TABLE elsewhere (x)")
    conn.execute("INSERT INTO elsewhere VALUES (?)", (rng.randbytes(3000),))
    shutil.copyfile(other / f"{HISTORY}-wal", folder / f"{HISTORY}-wal")
    conn.close()
    shutil.rmtree(other)


def _companion(suffix: str, content: Callable[[random.Random], bytes]) -> Maker:
    def make(folder: Path, rng: random.Random) -> None:
        _good(folder)
        (folder / f"{HISTORY}{suffix}").write_bytes(content(rng))

    return make


def _a_folder(folder: Path, rng: random.Random) -> None:
    (folder / HISTORY).mkdir()


def _dangling_link(folder: Path, rng: random.Random) -> None:
    (folder / HISTORY).symlink_to(folder / "nowhere" / "history.sqlite3")


HEADER = b"SQLite format 3\0"
CASES: dict[str, Maker] = {
    "empty file": _bytes(lambda r: b""),
    "one byte": _bytes(lambda r: b"S"),
    "text": _bytes(lambda r: b"shopping list: milk, eggs\n" * 50),
    "zeros": _bytes(lambda r: b"\0" * 8192),
    "random": _bytes(lambda r: r.randbytes(8192)),
    "header then random": _bytes(lambda r: HEADER + r.randbytes(8192)),
    "header only": _bytes(lambda r: HEADER),
    "a photo": _bytes(lambda r: b"\xff\xd8\xff\xe0\0\x10JFIF" + r.randbytes(4000)),
    "a zip": _bytes(lambda r: b"PK\x03\x04" + r.randbytes(4000)),
    "utf-16 text": _bytes(lambda r: "history".encode("utf-16") * 300),
    "another program's database": _other_database,
    "a newer version": _newer,
    "a foreign -wal": _foreign_wal,
    "garbage -wal": _companion("-wal", lambda r: r.randbytes(9000)),
    "garbage -shm": _companion("-shm", lambda r: r.randbytes(32768)),
    "wal header only": _companion("-wal", lambda r: bytes.fromhex("377f0682002de218") + b"\0" * 24),
    "garbage marker": _companion(".state", lambda r: r.randbytes(100)),
    "a folder in its place": _a_folder,
    "a link to nowhere": _dangling_link,
}
for n in range(8):
    CASES[f"truncated {n}"] = _truncate(lambda size, r: r.randrange(1, size))
for n in range(5):
    CASES[f"page size byte {n}"] = _flip(lambda size, r: 16 + r.randrange(2))
for n in range(6):
    CASES[f"header byte {n}"] = _flip(lambda size, r: r.randrange(16, 100))
for n in range(6):
    CASES[f"page bytes {n}"] = _flip(lambda size, r: r.randrange(100, size), count=20)
for n in range(6):
    CASES[f"scrambled page {n}"] = _flip(lambda size, r: r.randrange(4096, size), count=400)


def _files(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and not p.is_symlink() and not p.name.endswith("-shm")
    }


def _kept(before: dict[str, str], after: dict[str, str]) -> bool:
    """Every file's bytes are still there (where it was, or set aside whole)."""
    return set(before.values()) <= set(after.values())


def window_start(folder: Path) -> str | None:
    """Open as the window does (a file opening would not change is checked after the library
    shows, before the first write); None if all is well, else what went wrong."""
    from footdrop_gui.storage.db import open_store
    from footdrop_gui.storage.errors import HistoryOpenError
    from footdrop_gui.storage.journal import Journal
    from footdrop_gui.storage.later_check import LaterCheck

    before = _files(folder)
    try:
        opened = open_store(folder, check_later=True)
        later = LaterCheck(folder / HISTORY) if opened.unchecked else None
        journal = Journal(opened.conn, check=later)
        found_later = journal.settle_check() is not None  # what any first write waits for
        journal.close()
    except HistoryOpenError as exc:
        if _files(folder) != before:
            return f"refused ({exc.kind.name}) but the files changed"
        return None
    except Exception as exc:
        return f"a traceback: {exc!r}"
    if opened.damaged is not None or found_later:
        aside = folder / "set-aside"
        moved = {k: v for k, v in _files(aside).items() if not k.endswith(("-wal", "-shm"))}
        if before.get(HISTORY) not in moved.values():
            return "set aside, but not byte for byte"
    elif (
        HISTORY in before
        and not _kept({HISTORY: before[HISTORY]}, _files(folder))
        and ("-wal" in "".join(before))
    ):
        return "opened, but a file was lost"
    return None


def command_line(folder: Path) -> str | None:
    before = _files(folder)
    done = subprocess.run(
        [sys.executable, "-m", "footdrop_gui", "--data-dir", str(folder), "export", "csv",
         str(folder.parent / "out.csv")],
        capture_output=True, text=True, timeout=60, check=False,
    )  # fmt: skip
    if "Traceback" in done.stderr:
        return f"the command line printed a traceback: {done.stderr[-300:]}"
    if done.returncode != 0:
        now = {k: v for k, v in _files(folder).items() if k != "app.lock"}
        if now != {k: v for k, v in before.items() if k != "app.lock"}:
            return f"export refused ({done.returncode}) but changed the files"
        if "Saved" in done.stdout:
            return "export said it saved rows and failed"
    return None


def probe() -> tuple[int, int, list[str]]:
    rng = random.Random(50)
    failures: list[str] = []
    held = 0
    with tempfile.TemporaryDirectory(prefix="footdrop-damaged-") as temp:
        for number, (name, make) in enumerate(CASES.items()):
            case = Path(temp) / f"case-{number}"
            folder = case / "data"
            folder.mkdir(parents=True, mode=0o700)
            try:
                make(folder, rng)
            except Exception as exc:
                failures.append(f"{name}: could not be made ({exc!r})")
                continue
            if number % 5 == 0:
                copy = case / "cli"
                shutil.copytree(folder, copy, symlinks=True)
                said = command_line(copy)
                if said:
                    failures.append(f"{name}: {said}")
                    continue
            said = window_start(folder)
            if said:
                failures.append(f"{name}: {said}")
            else:
                held += 1
            shutil.rmtree(case, ignore_errors=True)
    os.sync()
    return len(CASES), held, failures
