"""Command line: flags and sub-commands, then the window.

Running with no sub-command opens the app; sub-commands print and exit without a window, so
they work on a machine with no display (report and handout draw their pages with Qt,
offscreen there).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Iterable
from datetime import date
from typing import Any, NoReturn

from footdrop_gui import __version__
from footdrop_gui.core.translation import translate
from footdrop_gui.storage.errors import OpenProblem
from footdrop_gui.storage.paths import ENV_VAR


class _Formatter(argparse.HelpFormatter):
    """argparse's help, with its one heading word ("usage:") in the person's language."""

    def add_usage(
        self,
        usage: str | None,
        actions: Iterable[argparse.Action],
        groups: Iterable[argparse._MutuallyExclusiveGroup],
        prefix: str | None = None,
    ) -> None:
        if prefix is None:
            prefix = translate("CommandLine", "usage:") + " "
        super().add_usage(usage, actions, groups, prefix)


class _OneLineParser(argparse.ArgumentParser):
    """Argument errors as one calm line (and exit status 2) instead of a usage dump; the
    help's headings and its -h line in the person's language (argparse's own are English)."""

    def __init__(self, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _Formatter)
        super().__init__(**{**kwargs, "add_help": False})
        self._positionals.title = translate("CommandLine", "positional arguments")
        self._optionals.title = translate("CommandLine", "options")
        self.add_argument(
            "-h",
            "--help",
            action="help",
            help=translate("CommandLine", "show this help message and exit"),
        )

    def error(self, message: str) -> NoReturn:
        words = translate("CommandLine", "{prog}: {message} (see '{prog} --help')")
        self.exit(2, words.format(prog=self.prog, message=message) + "\n")


def build_parser() -> argparse.ArgumentParser:
    codes = ", ".join(f"{p.exit_code} {p.short_words}" for p in OpenProblem)
    parser = _OneLineParser(
        prog="footdrop",
        description=translate(
            "CommandLine", "Foot Drop Exercises: follow your foot-drop exercises on screen."
        ),
        epilog=translate(
            "CommandLine",
            "With no command, the app's window opens. When your history cannot be opened, "
            "the exit status says why: {codes}.",
        ).format(codes=codes),
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"%(prog)s {__version__}",
        help=translate("CommandLine", "show program's version number and exit"),
    )
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        help=translate(
            "CommandLine",
            "folder for your settings and history (default: {variable}, "
            "or your system's usual place for app data)",
        ).format(variable=f"${ENV_VAR}"),
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help=translate(
            "CommandLine",
            "check that the app works here (window, drawings, a 3-second session on a "
            "temporary data folder, sound and speech), print the results and exit",
        ),
    )
    parser.add_argument(
        "--lang",
        metavar="LANG",
        help=translate(
            "CommandLine",
            "the language to use, e.g. es or de (default: your settings, then your system's)",
        ),
    )
    parser.add_argument(
        "--start",
        choices=["daily"],
        help=translate(
            "CommandLine",
            "open the app and start your daily routine at once (a reminder's 'Start now')",
        ),
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_OneLineParser)
    as_json = translate("CommandLine", "print JSON for other programs")
    listing = commands.add_parser(
        "exercises",
        help=translate("CommandLine", "list every exercise with its id and default prescription"),
    )
    listing.add_argument("--json", action="store_true", help=as_json)
    plan = commands.add_parser(
        "plan",
        help=translate("CommandLine", "show every step of a session, with its time and the total"),
    )
    plan.add_argument(
        "ids",
        nargs="+",
        metavar="ID",
        help=translate("CommandLine", "exercise or routine ids, or routine FILE.json"),
    )
    plan.add_argument("--json", action="store_true", help=as_json)
    where = translate("CommandLine", "where to save it")
    export = commands.add_parser(
        "export", help=translate("CommandLine", "save your history to a file")
    )
    export.add_argument(
        "format", choices=["csv"], help=translate("CommandLine", "file format (csv)")
    )
    export.add_argument("file", metavar="FILE", help=where)
    export.add_argument(
        "--rows",
        choices=["reps", "sessions", "visits"],
        default="reps",
        help=translate(
            "CommandLine", "a row per saved rep (the default), per session, or per therapy visit"
        ),
    )
    pdf = translate("CommandLine", "file format (pdf)")
    report = commands.add_parser(
        "report", help=translate("CommandLine", "a report of your exercise for your therapist")
    )
    report.add_argument("format", choices=["pdf"], help=pdf)
    report.add_argument("file", metavar="FILE", help=where)
    for flag, what, words in (
        (
            "--from",
            "first",
            translate(
                "CommandLine",
                "the first day, as 2026-11-30 (default: since your last therapy visit, or 4 weeks)",
            ),
        ),
        ("--to", "last", translate("CommandLine", "the last day, as 2026-11-30 (default: today)")),
    ):
        report.add_argument(flag, dest=what, type=_day, metavar="DATE", help=words)
    handout = commands.add_parser(
        "handout", help=translate("CommandLine", "your routine on paper, a page per exercise")
    )
    handout.add_argument("format", choices=["pdf"], help=pdf)
    handout.add_argument("file", metavar="FILE", help=where)
    handout.add_argument(
        "routine",
        nargs="?",
        metavar="ROUTINE",
        help=translate("CommandLine", "a routine id (default: your daily routine)"),
    )
    backup = commands.add_parser(
        "backup", help=translate("CommandLine", "list, make or restore backups of your history")
    )
    doing = backup.add_subparsers(dest="backup", metavar="ACTION", parser_class=_OneLineParser)
    doing.required = True
    doing.add_parser(
        "list",
        help=translate("CommandLine", "every backup and set-aside file, with dates and sessions"),
    )
    doing.add_parser(
        "now", help=translate("CommandLine", "make a checked copy of your history now")
    )
    restoring = doing.add_parser(
        "restore",
        help=translate(
            "CommandLine", "go back to a backup (your history as it is now is kept aside first)"
        ),
    )
    restoring.add_argument(
        "file",
        metavar="FILE",
        help=translate("CommandLine", "the backup (a path, or a listed name)"),
    )
    _add_reminder_commands(commands)
    as_above = translate("CommandLine", "as above")
    for command in commands.choices.values():  # `footdrop plan --lang es ...` works too
        command.add_argument("--lang", metavar="LANG", default=argparse.SUPPRESS, help=as_above)
    return parser


def _add_reminder_commands(commands: argparse._SubParsersAction[_OneLineParser]) -> None:
    remind = commands.add_parser(
        "remind",
        help=translate(
            "CommandLine", "show a reminder now if one is due (the reminder timer runs this)"
        ),
    )
    remind.add_argument(
        "--dry-run",
        action="store_true",
        help=translate("CommandLine", "only say whether a reminder is due, and why"),
    )
    remind.add_argument(
        "--catch-up",
        action="store_true",
        help=translate(
            "CommandLine", "at login: also wait for a reminder time still to come today"
        ),
    )
    reminders = commands.add_parser(
        "reminders", help=translate("CommandLine", "turn daily reminders on or off")
    )
    choice = reminders.add_subparsers(dest="reminders_command", metavar="ACTION", required=True)
    choice.add_parser(
        "status", help=translate("CommandLine", "whether reminders are on, when, and the next one")
    )
    turn_on = choice.add_parser(
        "on", help=translate("CommandLine", "remind me on these days at these times")
    )
    turn_on.add_argument(
        "--at",
        required=True,
        metavar="HH:MM[,HH:MM]",
        help=translate("CommandLine", "one or two times, e.g. 18:00"),
    )
    turn_on.add_argument(
        "--days",
        metavar="DAYS",
        help=translate("CommandLine", "e.g. mon,tue,wed,thu,fri (default: every day)"),
    )
    choice.add_parser(
        "off", help=translate("CommandLine", "no more reminders (removes what 'on' set up)")
    )


def _day(text: str) -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        words = translate("CommandLine", "'{text}' is not a date like 2026-11-30")
        raise argparse.ArgumentTypeError(words.format(text=text)) from None


# Commands that print words to a person: they speak the chosen language.
WORDY_COMMANDS = ("exercises", "plan", "report", "handout", "backup", "reminders", "remind")


def _use_language(args: argparse.Namespace) -> None:
    """Translators for a command (QtCore only, but report and handout draw with QtGui)."""
    from footdrop_gui.pyside_scan import skip_feature_scan

    skip_feature_scan()  # before the command's modules are imported
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
