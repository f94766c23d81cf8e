"""A hostile world for the history, made for real: other programs holding locks, other users'
files, a full disk. Shared by the reliability probes and the storage tests.

Tests run as root in CI, and root ignores file modes; so "another user" is a forked child
that gives up root (os.setuid to nobody) before it touches the files, and a folder it must
reach lives outside pytest's private temporary folder.
"""

from __future__ import annotations

import hashlib
import os
import resource
import shutil
import signal
import subprocess
import sys
import tempfile
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

NOBODY = 65534
HOLDER = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None, timeout=0)
for statement in sys.argv[2:]:
    conn.execute(statement)
print("holding", flush=True)
sys.stdin.readline()
"""


@contextmanager
def program_holding(database: Path, *statements: str) -> Iterator[None]:
    """Another program (a real process) with the history open, after running statements."""
    with subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(database), *statements],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    ) as child:
        assert child.stdin is not None and child.stdout is not None
        assert child.stdout.readline().strip() == "holding"
        try:
            yield
        finally:
            child.stdin.write("\n")
            child.stdin.flush()
            child.wait(timeout=30)


def in_child(work: Callable[[], str], uid: int | None = None, fsize: int | None = None) -> str:
    """Run work in a forked child, as uid and under a file-size limit if given; its answer
    (or its traceback, as text) comes back through a pipe."""
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: never returns into the caller's code
        answer = ""
        try:
            os.close(read)
            if fsize is not None:
                signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a failed write, not a kill
                resource.setrlimit(resource.RLIMIT_FSIZE, (fsize, fsize))
            if uid is not None:
                os.setgid(uid)
                os.setuid(uid)
            answer = work()
        except BaseException:
            answer = "traceback: " + traceback.format_exc()
        finally:
            os.write(write, answer.encode())
            os._exit(0)
    os.close(write)
    with os.fdopen(read, encoding="utf-8") as answer_pipe:
        answer = answer_pipe.read()
    os.waitpid(pid, 0)
    return answer


def other_user() -> int | None:
    """The user a child should become for permissions to apply: nobody when we are root."""
    return NOBODY if os.geteuid() == 0 else None


@contextmanager
def shared_folder() -> Iterator[Path]:
    """A folder that another user can reach (pytest's own temporary folder is private)."""
    folder = Path(tempfile.mkdtemp(prefix="footdrop-world-"))
    folder.chmod(0o755)
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def give_to(path: Path, uid: int | None) -> None:
    if uid is not None:
        os.chown(path, uid, uid)


@contextmanager
def small_disk(size_kb: int) -> Iterator[Path | None]:
    """A real small disk (tmpfs) when this machine lets us mount one; else None (then use a
    file-size limit in a child instead)."""
    folder = Path(tempfile.mkdtemp(prefix="footdrop-disk-"))
    mounted = (
        os.geteuid() == 0
        and shutil.which("mount") is not None
        and subprocess.run(
            ["mount", "-t", "tmpfs", "-o", f"size={size_kb}k,mode=0700", "tmpfs", str(folder)],
            capture_output=True,
            check=False,
        ).returncode
        == 0
    )
    try:
        yield folder if mounted else None
    finally:
        if mounted:
            subprocess.run(["umount", "-l", str(folder)], capture_output=True, check=False)
        shutil.rmtree(folder, ignore_errors=True)


def fill(folder: Path) -> None:
    """Fill the disk under folder to the last byte (big writes, then single bytes)."""
    fd = os.open(folder / "filler", os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    try:
        for size in (1 << 16, 1 << 10, 1):
            try:
                while os.write(fd, b"\0" * size):
                    pass
            except OSError:
                continue
    finally:
        os.close(fd)


def files(folder: Path) -> dict[str, str]:
    """Every file under folder (but -shm, shared memory that any reader rewrites) and a
    digest of its bytes: equal before and after means every file was left where it was."""
    return {
        str(p.relative_to(folder)): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and not p.name.endswith("-shm")
    }
