"""Only one copy of the app may use a data folder, so the history has one writer; and a lock
file that cannot be trusted (empty, garbage, left by a crash) never locks the person out."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest

from footdrop_gui.startup.run import AlreadyRunningError, hold_single_instance
from footdrop_gui.storage.errors import OpenProblem
from tests.reliability.copies import first_to_finish, start_together


def test_a_second_copy_is_told_the_app_is_already_open(data_dir: Path) -> None:
    first = hold_single_instance(data_dir)
    with pytest.raises(AlreadyRunningError, match="already open") as refused:
        hold_single_instance(data_dir)
    assert refused.value.kind is OpenProblem.ALREADY_OPEN
    first.release()
    again = hold_single_instance(data_dir)  # free once the first copy has gone
    again.release()


CRASHING_COPY = """
import os, sys
from pathlib import Path
from footdrop_gui.startup.run import hold_single_instance
lock = hold_single_instance(Path(sys.argv[1]))  # held until the crash
os._exit(9)  # dies without releasing the lock, as a crash would
"""


def test_a_lock_left_by_a_crash_is_taken_over(data_dir: Path) -> None:
    subprocess.run([sys.executable, "-c", CRASHING_COPY, str(data_dir)], check=False, timeout=60)
    assert (data_dir / "app.lock").exists()
    lock = hold_single_instance(data_dir)
    assert lock.held
    lock.release()


@pytest.mark.parametrize(
    "content",
    [b"", b"\0\0\0\0", b"garbage \xff\xfe", b"1\nmy-computer\nfootdrop\n", b"99999999\n"],
    ids=["empty", "zeros", "garbage", "old-format-of-a-live-pid", "a-pid-that-is-gone"],
)
def test_a_lock_file_that_cannot_be_trusted_never_locks_the_person_out(
    data_dir: Path, content: bytes
) -> None:
    (data_dir / "app.lock").write_bytes(content)  # pid 1 is always alive
    lock = hold_single_instance(data_dir)
    assert lock.held
    lock.release()


def test_two_copies_started_together_give_exactly_one_app(data_dir: Path) -> None:
    for _ in range(10):
        assert sorted(start_together(data_dir)) == ["already open", "running"]


def test_two_real_apps_started_together_one_opens_the_other_says_so(data_dir: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "FOOTDROP_DATA_DIR": str(data_dir)}
    apps = [
        subprocess.Popen(
            [sys.executable, "-m", "footdrop_gui"],
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    try:
        loser, said = first_to_finish(apps, timeout=60)
        assert loser.returncode == OpenProblem.ALREADY_OPEN.exit_code
        assert "already open" in said
        (winner,) = [app for app in apps if app is not loser]
        assert winner.poll() is None
    finally:
        for app in apps:
            if app.poll() is None:
                app.send_signal(signal.SIGTERM)
            app.wait(timeout=60)
            if app.stderr is not None:
                app.stderr.close()
