"""Making `footdrop remind` run at the chosen times with no program of ours left running.

With a systemd user instance (most Linux desktops): a timer and a service in
~/.config/systemd/user/ (OnCalendar at each time, Persistent=true so a time missed while the
computer was off fires after boot), enabled with systemctl --user. Without one: an XDG
autostart entry that runs `footdrop remind --catch-up` at login. Every file written carries
a marker line; turning reminders off removes those files only, and never a file without it.
Nothing is written outside the person's own configuration folder.
"""

from __future__ import annotations

import contextlib
import os
import subprocess
from collections.abc import Callable
from datetime import time
from pathlib import Path

from footdrop_gui.core.reminder_due import DAY_NAMES, ReminderSettings
from footdrop_gui.core.translation import translate
from footdrop_gui.reminders.launch import data_dir_args, footdrop_command

UNIT = "footdrop-reminder"
MARKER = "Written by 'footdrop reminders on'; removed by 'footdrop reminders off'."
RUNNING_STATES = ("running", "degraded", "starting", "initializing", "maintenance")
SYSTEMCTL_TIMEOUT_S = 20


class ScheduleError(Exception):
    """A reminder file cannot be written or removed; the message says which and what to do."""


def config_home() -> Path:
    value = os.environ.get("XDG_CONFIG_HOME", "")
    return Path(value) if os.path.isabs(value) else Path.home() / ".config"


def systemd_dir() -> Path:
    return config_home() / "systemd" / "user"


def autostart_file() -> Path:
    return config_home() / "autostart" / f"{UNIT}.desktop"


def unit_files() -> tuple[Path, Path]:
    folder = systemd_dir()
    return folder / f"{UNIT}.timer", folder / f"{UNIT}.service"


def _systemctl(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["systemctl", "--user", *args],
        capture_output=True,
        text=True,
        timeout=SYSTEMCTL_TIMEOUT_S,
        check=False,
    )


def has_user_systemd() -> bool:
    """Whether a systemd user instance runs for this person (not so in many containers)."""
    try:
        state = _systemctl("is-system-running").stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return False
    return state in RUNNING_STATES


# -- the files ------------------------------------------------------------------------------


def _systemd_quote(arg: str) -> str:
    """One ExecStart argument, quoted so spaces, quotes, % and $ reach the program unchanged."""
    escaped = arg.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return '"' + escaped.replace("%", "%%").replace("$", "$$") + '"'


def _desktop_quote(arg: str) -> str:
    """One Exec argument by the Desktop Entry spec: quoted, then escaped as a string value."""
    quoted = "".join("\\" + c if c in '"`$\\' else c for c in arg)
    return ('"' + quoted + '"').replace("\\", "\\\\").replace("%", "%%").replace("\n", "\\n")


def on_calendar(days: frozenset[int], at: time) -> str:
    """e.g. 'Mon,Wed,Fri *-*-* 18:00:00' (every day: '*-*-* 18:00:00')."""
    day_part = "" if len(days) == 7 else ",".join(DAY_NAMES[d].title() for d in sorted(days)) + " "
    return f"{day_part}*-*-* {at.strftime('%H:%M')}:00"


def remind_command(data_dir: Path, *extra: str) -> list[str]:
    return [*footdrop_command(), *data_dir_args(data_dir), "remind", *extra]


def service_text(data_dir: Path) -> str:
    command = " ".join(_systemd_quote(arg) for arg in remind_command(data_dir))
    description = translate("ReminderFiles", "Foot Drop Exercises: a reminder to do your exercises")
    return (
        f"# {MARKER}\n[Unit]\nDescription={_one_line(description)}\n\n"
        f"[Service]\nType=exec\nExecStart={command}\n"
        # "Start now" opens the app from here: it must outlive this short reminder process.
        "KillMode=process\n"
    )


def timer_text(settings: ReminderSettings) -> str:
    calendars = "".join(f"OnCalendar={on_calendar(settings.days, t)}\n" for t in settings.times)
    description = translate("ReminderFiles", "Foot Drop Exercises: your reminder times")
    return (
        f"# {MARKER}\n[Unit]\nDescription={_one_line(description)}\n\n"
        f"[Timer]\n{calendars}Persistent=true\nAccuracySec=1min\n\n"
        "[Install]\nWantedBy=timers.target\n"
    )


def autostart_text(data_dir: Path) -> str:
    command = " ".join(_desktop_quote(arg) for arg in remind_command(data_dir, "--catch-up"))
    name = translate("ReminderFiles", "Foot Drop Exercises reminder")
    comment = translate(
        "ReminderFiles", "Reminds you of your foot exercises at the times you chose"
    )
    return (
        f"[Desktop Entry]\n# {MARKER}\nType=Application\nName={_one_line(name)}\n"
        f"Comment={_one_line(comment)}\n"
        f"Exec={command}\nIcon=footdrop\nTerminal=false\nNoDisplay=true\n"
        "X-GNOME-Autostart-enabled=true\n"
    )


def _one_line(text: str) -> str:
    """A translated value as one line of a unit or desktop file (a newline would end it)."""
    return " ".join(text.split())


def _ours(path: Path) -> bool:
    try:
        return MARKER in path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return False


def _write(path: Path, text: str) -> None:
    if path.exists() and not _ours(path):
        raise ScheduleError(
            translate(
                "ReminderFiles",
                "{path} already exists and was not made by this app, so it was left alone. "
                "Rename or remove it, then turn reminders on again.",
            ).format(path=path)
        )
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        scratch = path.with_name(f".{path.name}.new")
        scratch.write_text(text, encoding="utf-8")
        scratch.replace(path)
    except OSError as exc:
        raise ScheduleError(
            translate("ReminderFiles", "{path} could not be written ({reason}).").format(
                path=path, reason=exc.strerror
            )
        ) from exc


def _remove(path: Path) -> bool:
    if not _ours(path):
        return False
    try:
        path.unlink()
    except OSError as exc:
        raise ScheduleError(
            translate("ReminderFiles", "{path} could not be removed ({reason}).").format(
                path=path, reason=exc.strerror
            )
        ) from exc
    return True


# -- on and off -----------------------------------------------------------------------------

SYSTEMD, AT_LOGIN = "by a systemd timer", "checked each time you log in"  # how_in_words shows


def how_in_words(how: str) -> str:
    """SYSTEMD or AT_LOGIN as the person reads it."""
    if how == SYSTEMD:
        return translate("ReminderText", "by a systemd timer")
    return translate("ReminderText", "checked each time you log in")


def install(
    data_dir: Path, settings: ReminderSettings, probe: Callable[[], bool] = has_user_systemd
) -> str:
    """Write and enable the timer, or the autostart entry without systemd; returns which."""
    if probe():
        timer, service = unit_files()
        _write(service, service_text(data_dir))
        _write(timer, timer_text(settings))
        _systemctl("daemon-reload")
        enabled = _systemctl("enable", f"{UNIT}.timer")
        if enabled.returncode == 0:
            _systemctl("restart", f"{UNIT}.timer")  # picks up changed times at once
            _remove(autostart_file())
            return SYSTEMD
        _remove(timer)
        _remove(service)
    _write(autostart_file(), autostart_text(data_dir))
    return AT_LOGIN


def uninstall(probe: Callable[[], bool] = has_user_systemd) -> list[Path]:
    """Disable and remove what install() wrote (only files with the marker); returns them."""
    timer, service = unit_files()
    if _ours(timer) and probe():
        _systemctl("disable", "--now", f"{UNIT}.timer")
        _remove_if_empty(timer.parent / "timers.target.wants")  # systemctl made it for ours
    removed = [path for path in (timer, service, autostart_file()) if _remove(path)]
    if removed[:1] == [timer] and probe():
        _systemctl("daemon-reload")
    return removed


def _remove_if_empty(folder: Path) -> None:
    with contextlib.suppress(OSError):  # not empty (other timers) or not there: left alone
        folder.rmdir()


def installed() -> str | None:
    """How reminders are scheduled now: SYSTEMD, AT_LOGIN, or None."""
    if _ours(unit_files()[0]):
        return SYSTEMD
    return AT_LOGIN if _ours(autostart_file()) else None
