"""Turning reminders on writes a systemd user timer (or a login entry without systemd) that
systemd and the desktop accept; turning them off removes exactly that, and nothing else."""

from __future__ import annotations

import subprocess
from datetime import time
from pathlib import Path

import pytest

from footdrop_gui.core.reminder_due import ReminderSettings
from footdrop_gui.reminders import schedule
from footdrop_gui.reminders.schedule import AT_LOGIN, SYSTEMD, ScheduleError

WEEKDAYS_TWICE = ReminderSettings(
    enabled=True, days=frozenset(range(5)), times=(time(9, 30), time(18, 0))
)


@pytest.fixture
def config(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private ~/.config; systemctl works on its files offline, never on a real session."""
    folder = tmp_path / "config"
    monkeypatch.setenv("XDG_CONFIG_HOME", str(folder))
    for name in ("DBUS_SESSION_BUS_ADDRESS", "XDG_RUNTIME_DIR"):
        monkeypatch.delenv(name, raising=False)
    return folder


def tree(folder: Path) -> dict[str, str]:
    return {
        str(p.relative_to(folder)): p.read_text() if p.is_file() else "<dir>"
        for p in sorted(folder.rglob("*"))
    }


def a_data_dir(tmp_path: Path) -> Path:
    """A folder name that needs quoting in both file formats."""
    folder = tmp_path / 'my data 100% $HOME "quoted"'
    folder.mkdir()
    return folder


def test_with_systemd_a_timer_and_service_that_systemd_accepts(
    config: Path, tmp_path: Path
) -> None:
    data_dir = a_data_dir(tmp_path)
    assert schedule.install(data_dir, WEEKDAYS_TWICE, probe=lambda: True) == SYSTEMD
    timer, service = schedule.unit_files()
    assert timer.parent == config / "systemd" / "user"
    text = timer.read_text()
    assert "OnCalendar=Mon,Tue,Wed,Thu,Fri *-*-* 09:30:00" in text
    assert "OnCalendar=Mon,Tue,Wed,Thu,Fri *-*-* 18:00:00" in text
    assert "Persistent=true" in text
    assert "KillMode=process" in service.read_text()  # the app it opens stays open
    assert (timer.parent / "timers.target.wants" / timer.name).resolve() == timer
    verify = subprocess.run(
        ["systemd-analyze", "verify", str(timer), str(service)], capture_output=True, text=True
    )
    assert verify.returncode == 0, verify.stderr
    assert verify.stderr == ""
    for line in text.splitlines():
        if line.startswith("OnCalendar="):
            calendar = subprocess.run(
                ["systemd-analyze", "calendar", line.removeprefix("OnCalendar=")],
                capture_output=True,
                text=True,
            )
            assert calendar.returncode == 0 and "Next elapse" in calendar.stdout
    assert not schedule.autostart_file().exists()
    assert schedule.installed() == SYSTEMD


def test_without_systemd_a_login_entry_that_the_desktop_accepts(
    config: Path, tmp_path: Path
) -> None:
    data_dir = a_data_dir(tmp_path)
    assert schedule.install(data_dir, WEEKDAYS_TWICE, probe=lambda: False) == AT_LOGIN
    entry = schedule.autostart_file()
    assert entry.parent == config / "autostart"
    valid = subprocess.run(["desktop-file-validate", str(entry)], capture_output=True, text=True)
    assert valid.returncode == 0 and valid.stdout == "", valid.stdout
    exec_line = next(line for line in entry.read_text().splitlines() if line.startswith("Exec="))
    assert exec_line.endswith('"remind" "--catch-up"')
    assert "100%%" in exec_line and '\\\\"quoted\\\\"' in exec_line
    assert not schedule.unit_files()[0].exists()
    assert schedule.installed() == AT_LOGIN


@pytest.mark.parametrize("has_systemd", [True, False])
def test_off_removes_exactly_what_on_wrote(config: Path, tmp_path: Path, has_systemd: bool) -> None:
    mine = config / "autostart" / "someone-else.desktop"
    mine.parent.mkdir(parents=True)
    mine.write_text("[Desktop Entry]\nType=Application\nName=Other\nExec=other\n")
    (config / "systemd" / "user").mkdir(parents=True)
    before = tree(config)
    schedule.install(tmp_path, WEEKDAYS_TWICE, probe=lambda: has_systemd)
    schedule.install(tmp_path, ReminderSettings(enabled=True), probe=lambda: has_systemd)
    assert tree(config) != before
    removed = schedule.uninstall(probe=lambda: has_systemd)
    assert len(removed) == (2 if has_systemd else 1)
    assert tree(config) == before
    assert schedule.installed() is None


def test_a_file_this_app_did_not_write_is_never_replaced_or_removed(
    config: Path, tmp_path: Path
) -> None:
    entry = schedule.autostart_file()
    entry.parent.mkdir(parents=True)
    entry.write_text("[Desktop Entry]\nName=Mine\n")
    with pytest.raises(ScheduleError, match="was not made by this app"):
        schedule.install(tmp_path, WEEKDAYS_TWICE, probe=lambda: False)
    assert schedule.uninstall(probe=lambda: False) == []
    assert entry.read_text() == "[Desktop Entry]\nName=Mine\n"


def test_every_day_needs_no_day_list() -> None:
    assert schedule.on_calendar(frozenset(range(7)), time(18, 0)) == "*-*-* 18:00:00"
