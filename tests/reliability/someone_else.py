"""Running the app in folders it may or may not write to, for the probes.

Permissions do not bind root, so when the suite runs as root (as CI may), the app runs as
'nobody': folders it may use are given to nobody, and a folder left to root is one it
cannot write to. Where nobody cannot reach the checkout (in root's private home, say), the
app runs as root and an unwritable folder or file is made immutable (chattr +i). Run as
anyone else, an unwritable folder or file is simply made read-only.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

NOBODY = 65534


def _reachable(path: Path) -> bool:
    """Whether every folder down to path is open to other users."""
    return all(os.stat(folder).st_mode & 0o001 for folder in (path, *path.parents))


AS_ROOT = os.geteuid() == 0
AS_NOBODY = AS_ROOT and all(
    _reachable(Path(place))
    for place in (__file__, sys.executable, sysconfig.get_paths()["purelib"])
)


@contextmanager
def scratch() -> Iterator[Path]:
    """A folder for one case that the app may write to (removed afterwards)."""
    folder = Path(tempfile.mkdtemp(prefix="footdrop-reliability-"))
    folder.chmod(0o755)
    try:
        yield folder
    finally:
        if AS_ROOT and not AS_NOBODY:
            subprocess.run(["chattr", "-R", "-i", str(folder)], capture_output=True, check=False)
        for path in (folder, *folder.rglob("*")):
            if path.is_dir() and not path.is_symlink():
                path.chmod(0o755)
        shutil.rmtree(folder, ignore_errors=True)


def hand_over(folder: Path) -> None:
    """Let the app write to folder and everything in it (as root: give it all to nobody)."""
    if AS_NOBODY:
        for path in (folder, *folder.rglob("*")):
            os.lchown(path, NOBODY, NOBODY)


def protect(path: Path, mode: int) -> None:
    """Make a folder or file one the app cannot change (mode 0o555 or 0o444), or for a file
    with mode 0o000 also cannot read (where that can be: root reads everything)."""
    if AS_NOBODY:
        os.lchown(path, 0, 0)
        path.chmod(mode | (0o700 if path.is_dir() else 0o600))  # root's, not nobody's
    elif AS_ROOT:
        subprocess.run(["chattr", "+i", str(path)], capture_output=True, check=True)
    else:
        path.chmod(mode)


def lock(folder: Path) -> None:
    """Make folder one the app cannot add to, rename in or remove from."""
    protect(folder, 0o555)


# nobody's Python must read the virtual environment's libraries as a site folder (its .pth
# files map footdrop_gui.resources), then run "-m module ..." or "-c code ..." as asked.
BOOT = """
import runpy, site, sys
site.addsitedir(sys.argv[1])
mode, target, sys.argv = sys.argv[2], sys.argv[3], [sys.argv[3], *sys.argv[4:]]
if mode == "-m":
    runpy.run_module(target, run_name="__main__", alter_sys=True)
else:
    exec(compile(target, "<probe>", "exec"), {"__name__": "__main__"})
"""


def _command(args: list[str]) -> list[str]:
    """The command line for the app's Python: as root, a system Python that nobody may run
    (the environment's own may live in root's private home)."""
    if not AS_NOBODY:
        return [sys.executable, *args]
    version = f"python{sys.version_info.major}.{sys.version_info.minor}"
    python = shutil.which(version, path="/usr/local/bin:/usr/bin:/bin") or sys.executable
    return [python, "-c", BOOT, sysconfig.get_paths()["purelib"], *args]


def run(
    args: list[str], timeout: float, home: Path, stdin: str | None = None
) -> subprocess.CompletedProcess[str]:
    """Run the app's Python with args ("-m module ..." or "-c code ..."), as the user the
    probes try the app as."""
    env = {
        "PATH": os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(home),
        "LANG": "C.UTF-8",
        "QT_QPA_PLATFORM": "offscreen",
    }
    extra: dict[str, object] = {}
    if AS_NOBODY:
        extra = {"user": NOBODY, "group": NOBODY, "extra_groups": []}
    return subprocess.run(  # type: ignore[call-overload, no-any-return]
        _command(args),
        input=stdin,
        capture_output=True,
        text=True,
        errors="replace",
        timeout=timeout,
        check=False,
        env=env,
        cwd=str(home),
        **extra,
    )
