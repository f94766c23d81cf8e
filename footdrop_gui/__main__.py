"""Command line: flags and sub-commands, then the window.

Running with no sub-command opens the app; sub-commands print and exit without a window, so
they work on a machine with no display (report and handout draw their pages with Qt,
offscreen there).
"""

from __future__ import annotations

import argparse
import os
import sys
from datetime import date
from typing import NoReturn

from footdrop_gui import __version__
from footdrop_gui.storage.errors import OpenProblem
from footdrop_gui.storage.paths import ENV_VAR


class _OneLineParser(argparse.ArgumentParser):
    """Argument errors as one calm line (and exit status 2) instead of a usage dump."""

    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: {message} (see '{self.prog} --help')\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _OneLineParser(
        prog="footdrop",
        description="Foot Drop Exercises: follow your foot-drop exercises on screen.",
        epilog="With no command, the app's window opens. When your history cannot be "
        "opened, the exit status says why: "
        + ", ".join(f"{p.exit_code} {p.name.lower().replace('_', ' ')}" for p in OpenProblem)
        + ".",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help=f"folder for your settings and history (default: ${ENV_VAR}, "
        "or your system's usual place for app data)",
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check that the app works here (window, drawings, a 3-second session on a "
        "temporary data folder, sound and speech), print the results and exit",
    )
    parser.add_argument(
        "--lang",
        metavar="LANG",
        help="the language to use, e.g. es or de (default: your settings, then your system's)",
    )
    parser.add_argument(
        "--start",
        choices=["daily"],
        help="open the app and start your daily routine at once (a reminder's 'Start now')",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_OneLineParser)
    listing = commands.add_parser(
        "exercises", help="list every exercise with its id and default prescription"
    )
    listing.add_argument("--json", action="store_true", help="print JSON for other programs")
    plan = commands.add_parser(
        "plan", help="show every step of a session, with its time and the total"
    )
    plan.add_argument(
        "ids", nargs="+", metavar="ID", help="exercise or routine ids, or routine FILE.json"
    )
    plan.add_argument("--json", action="store_true", help="print JSON for other programs")
    export = commands.add_parser("export", help="save your history to a file")
    export.add_argument("format", choices=["csv"], help="file format (csv)")
    export.add_argument("file", metavar="FILE", help="where to save it")
    export.add_argument(
        "--rows",
        choices=["reps", "sessions", "visits"],
        default="reps",
        help="a row per saved rep (the default), per session, or per therapy visit",
    )
    report = commands.add_parser("report", help="a report of your exercise for your therapist")
    report.add_argument("format", choices=["pdf"], help="file format (pdf)")
    report.add_argument("file", metavar="FILE", help="where to save it")
    for flag, what in (("--from", "first"), ("--to", "last")):
        report.add_argument(
            flag,
            dest=what,
            type=_day,
            metavar="DATE",
            help=f"the {what} day, as 2026-11-30 (default: "
            + ("since your last therapy visit, or 4 weeks)" if what == "first" else "today)"),
        )
    handout = commands.add_parser("handout", help="your routine on paper, a page per exercise")
    handout.add_argument("format", choices=["pdf"], help="file format (pdf)")
    handout.add_argument("file", metavar="FILE", help="where to save it")
    handout.add_argument(
        "routine", nargs="?", metavar="ROUTINE", help="a routine id (default: your daily routine)"
    )
    backup = commands.add_parser("backup", help="list, make or restore backups of your history")
    doing = backup.add_subparsers(dest="backup", metavar="ACTION", parser_class=_OneLineParser)
    doing.required = True
    doing.add_parser("list", help="every backup and set-aside file, with dates and sessions")
    doing.add_parser("now", help="make a checked copy of your history now")
    restoring = doing.add_parser(
        "restore", help="go back to a backup (your history as it is now is kept aside first)"
    )
    restoring.add_argument("file", metavar="FILE", help="the backup (a path, or a listed name)")
    _add_reminder_commands(commands)
    for command in commands.choices.values():  # `footdrop plan --lang es ...` works too
        command.add_argument("--lang", metavar="LANG", default=argparse.SUPPRESS, help="as above")
    return parser


def _add_reminder_commands(commands: argparse._SubParsersAction[_OneLineParser]) -> None:
    remind = commands.add_parser(
        "remind", help="show a reminder now if one is due (the reminder timer runs this)"
    )
    remind.add_argument(
        "--dry-run", action="store_true", help="only say whether a reminder is due, and why"
    )
    remind.add_argument(
        "--catch-up",
        action="store_true",
        help="at login: also wait for a reminder time still to come today",
    )
    reminders = commands.add_parser("reminders", help="turn daily reminders on or off")
    choice = reminders.add_subparsers(dest="reminders_command", metavar="ACTION", required=True)
    choice.add_parser("status", help="whether reminders are on, when, and the next one")
    turn_on = choice.add_parser("on", help="remind me on these days at these times")
    turn_on.add_argument(
        "--at", required=True, metavar="HH:MM[,HH:MM]", help="one or two times, e.g. 18:00"
    )
    turn_on.add_argument(
        "--days", metavar="DAYS", help="e.g. mon,tue,wed,thu,fri (default: every day)"
    )
    choice.add_parser("off", help="no more reminders (removes what 'on' set up)")


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date like 2026-11-30") from None


# Commands that print words to a person: they speak the chosen language.
WORDY_COMMANDS = ("exercises", "plan", "report", "handout", "backup", "reminders", "remind")


def _use_language(args: argparse.Namespace) -> None:
    """Translators for a command (QtCore only, but report and handout draw with QtGui)."""
    from PySide6.QtCore import QCoreApplication

    from footdrop_gui.translators import apply_language, command_language

    app = QCoreApplication.instance()
    if app is None and args.command in ("report", "handout"):
        from footdrop_gui.ui.report.command import ensure_app

        app = ensure_app()
    app = app or QCoreApplication(["footdrop"])
    apply_language(app, command_language(args.data_dir, args.lang))
    _kept.append(app)


_kept: list[object] = []  # the command's application lives until the process ends


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command in WORDY_COMMANDS:
        _use_language(args)
    if args.self_test:
        from footdrop_gui.self_test import run_self_test

        return run_self_test()
    if args.command == "export":
        from footdrop_gui.commands import export_history

        return export_history(args.data_dir, args.file, sys.stdout, sys.stderr, args.rows)
    if args.command in ("report", "handout"):
        from footdrop_gui import commands

        out, err = sys.stdout, sys.stderr
        if args.command == "handout":
            return commands.handout_pdf(args.data_dir, args.file, args.routine, out, err)
        return commands.report_pdf(args.data_dir, args.file, (args.first, args.last), out, err)
    if args.command == "backup":
        from footdrop_gui import commands

        if args.backup == "restore":
            return commands.backup_restore(args.data_dir, args.file, sys.stdout, sys.stderr)
        if args.backup == "now":
            return commands.backup_now_command(args.data_dir, sys.stdout, sys.stderr)
        return commands.backup_list(args.data_dir, sys.stdout, sys.stderr)
    if args.command == "remind":
        from footdrop_gui.reminders.remind import run_remind

        return run_remind(args.data_dir, args.dry_run, args.catch_up, sys.stdout, sys.stderr)
    if args.command == "reminders":
        from footdrop_gui.reminders.command import run_reminders

        return run_reminders(args, sys.stdout, sys.stderr)
    if args.command in ("exercises", "plan"):
        from footdrop_gui.commands import list_exercises, print_plan

        try:
            if args.command == "plan":
                return print_plan(args.ids, as_json=args.json, out=sys.stdout, err=sys.stderr)
            return list_exercises(as_json=args.json, out=sys.stdout, err=sys.stderr)
        except BrokenPipeError:  # the reader (e.g. `| head`) stopped early: not an error
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # quiet exit flush
            return 0
    from footdrop_gui.startup.run import run_app

    return run_app(args.data_dir, start_daily=args.start == "daily", language=args.lang)


if __name__ == "__main__":
    sys.exit(main())
