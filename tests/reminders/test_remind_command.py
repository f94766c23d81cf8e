"""`footdrop remind` and `footdrop reminders` as real processes, the way a timer, a login
or a person in a terminal runs them."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from footdrop_gui.storage.reminder_state import read_state
from tests.reminders.conftest import FAKE

# Runs the command line, then lists the Qt modules that were loaded.
WITH_MODULES = (
    "import sys; from footdrop_gui.__main__ import main; code = main(sys.argv[1:]); "
    "print('QT:', *sorted(m for m in sys.modules if m.startswith('PySide6.Qt'))); sys.exit(code)"
)
BUS_CONFIG = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:tmpdir={tmp}</listen>
  <servicedir>{services}</servicedir>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/><allow eavesdrop="true"/><allow own="*"/>
  </policy>
</busconfig>
"""


def run(
    args: list[str], tmp_path: Path, prefix: tuple[str, ...] = ()
) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "XDG_CONFIG_HOME": str(tmp_path / "config")}
    for name in ("DBUS_SESSION_BUS_ADDRESS", "XDG_RUNTIME_DIR"):
        env.pop(name, None)
    return subprocess.run(
        [*prefix, sys.executable, "-c", WITH_MODULES, *args],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        env=env,
    )


def loaded_qt(done: subprocess.CompletedProcess[str]) -> set[str]:
    line = next(line for line in done.stdout.splitlines() if line.startswith("QT:"))
    return set(line.split()[1:])


def reminders_at_midnight(data_dir: Path) -> None:
    """Reminders every day at 00:00: any time of day, one is due if nothing was done."""
    data_dir.mkdir(mode=0o700)
    (data_dir / "settings.ini").write_text("[reminders]\nenabled=true\ntimes=00:00\n")


def activatable_fake(tmp_path: Path, answer: str) -> tuple[str, ...]:
    """dbus-run-session on a private bus that starts the fake service when it is first called,
    as Xfce's and dunst's notification services are started."""
    services = tmp_path / "services"
    services.mkdir()
    (services / "org.freedesktop.Notifications.service").write_text(
        "[D-BUS Service]\nName=org.freedesktop.Notifications\n"
        f"Exec={sys.executable} {FAKE} {tmp_path / 'notify.jsonl'} {tmp_path / 'control'} "
        f"{answer}\n"
    )
    config = tmp_path / "bus.conf"
    config.write_text(BUS_CONFIG.format(tmp=tmp_path, services=services))
    return ("dbus-run-session", f"--config-file={config}", "--")


def test_remind_notifies_takes_the_answer_and_stays_headless(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    reminders_at_midnight(data_dir)
    bus = activatable_fake(tmp_path, "not-today")
    done = run(["--data-dir", str(data_dir), "remind"], tmp_path, bus)
    assert done.returncode == 0, done.stderr
    assert "Reminded: Time for your foot exercises (about 28 minutes)" in done.stdout
    assert "No more reminders today." in done.stdout
    (call,) = [json.loads(line) for line in (tmp_path / "notify.jsonl").read_text().splitlines()]
    assert call["summary"] == "Time for your foot exercises (about 28 minutes)"
    assert read_state(data_dir).not_today is not None
    assert loaded_qt(done) <= {"PySide6.QtCore", "PySide6.QtDBus"}
    assert {"history.sqlite3", "history.sqlite3-wal"}.isdisjoint(os.listdir(data_dir))
    again = run(["--data-dir", str(data_dir), "remind"], tmp_path, bus)
    assert "No reminder now. You said “not today”." in again.stdout
    assert (tmp_path / "notify.jsonl").read_text().count("\n") == 1


def test_dry_run_says_what_it_would_do_and_why_without_a_bus(tmp_path: Path) -> None:
    data_dir = tmp_path / "data"
    reminders_at_midnight(data_dir)
    done = run(["--data-dir", str(data_dir), "remind", "--dry-run"], tmp_path)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0].startswith("Would remind you now: It is past 00:00")
    assert lines[1:4] == [
        "  Time for your foot exercises (about 28 minutes)",
        "  A few minutes now keeps your ankles moving.",
        "  Buttons: Start now, In 30 minutes, Not today",
    ]
    assert lines[4] == "Next: tomorrow at 00:00."
    assert loaded_qt(done) <= {"PySide6.QtCore"}
    assert sorted(os.listdir(data_dir)) == ["settings.ini"]  # nothing created, nothing written
    fresh = run(["--data-dir", str(tmp_path / "never-used"), "remind", "--dry-run"], tmp_path)
    assert "reminders are off" in fresh.stdout and not (tmp_path / "never-used").exists()


def test_reminders_on_status_off_from_a_terminal(tmp_path: Path) -> None:
    data = ["--data-dir", str(tmp_path / "data")]
    on = run([*data, "reminders", "on", "--at", "18:00", "--days", "mon,wed,fri"], tmp_path)
    assert on.returncode == 0, on.stderr
    assert on.stdout.startswith("Reminders are on: Mon, Wed, Fri at 18:00 (")
    assert "Next: " in on.stdout
    status = run([*data, "reminders", "status"], tmp_path)
    assert "Reminders are on: Mon, Wed, Fri at 18:00." in status.stdout
    assert "Scheduled " in status.stdout
    assert any((tmp_path / "config").rglob("footdrop-reminder.*"))
    off = run([*data, "reminders", "off"], tmp_path)
    assert off.stdout.startswith("Reminders are off.")
    assert not any((tmp_path / "config").rglob("footdrop-reminder.*"))
    bad = run([*data, "reminders", "on", "--at", "6pm"], tmp_path)
    assert bad.returncode == 2
    assert "'6pm' is not a time of day: write it like 18:00" in bad.stderr
    assert "Traceback" not in bad.stderr
