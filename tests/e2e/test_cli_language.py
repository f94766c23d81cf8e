"""The command line in another language: every sentence it prints, and its help, goes through
the translator (a pseudo-language wraps each one, so a bare English word is a miss)."""

from __future__ import annotations

import argparse
import contextlib
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from footdrop_gui.__main__ import build_parser, main
from tests.helpers.pseudo_words import pseudo_language, untranslated


@pytest.fixture
def pseudo(qapp: QApplication, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Iterator[None]:
    """The commands run in this process, on the suite's application (they would otherwise make
    a QCoreApplication of their own, which would stay for every later test)."""
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))  # reminders' files
    monkeypatch.setenv("COLUMNS", "200")  # argparse: one help line per option
    # The command would install its language's translators in place of the pseudo-language.
    monkeypatch.setattr("footdrop_gui.translators.apply_language", lambda app, code: code)
    with pseudo_language():
        yield


def said(capsys: pytest.CaptureFixture[str], *args: str) -> str:
    with contextlib.suppress(SystemExit):  # argparse's own exit (help, a bad argument)
        main(list(args))
    out, err = capsys.readouterr()
    return out + err


def parsers(parser: argparse.ArgumentParser) -> Iterator[argparse.ArgumentParser]:
    yield parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in dict.fromkeys(action.choices.values()):
                yield from parsers(sub)


def test_every_help_line_is_translated(pseudo: None) -> None:
    top = build_parser()
    assert top.description is not None and top.description.startswith("[[")
    assert top.epilog is not None and untranslated(top.epilog) == ""
    for parser in parsers(top):
        for action in parser._actions:
            listed = (
                action._choices_actions
                if isinstance(action, argparse._SubParsersAction)  # its help is its commands'
                else [action]
            )
            for shown_action in listed:
                help_text = shown_action.help
                assert help_text is not None and help_text.startswith("[["), shown_action
        shown = parser.format_help()
        assert shown.startswith("[[usage:]] ")
        assert "\n[[options]]:\n" in shown


def test_every_message_of_the_history_commands_is_translated(
    pseudo: None, capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path
) -> None:
    folder = str(data_dir)
    runs = [
        ("--data-dir", folder, "export", "csv", str(tmp_path / "reps.csv")),  # no history yet
        ("--data-dir", folder, "backup", "list"),
        ("--data-dir", str(tmp_path / "missing"), "backup", "list"),
        ("--data-dir", folder, "backup", "restore", "nothing-there"),
        ("--data-dir", folder, "backup", "now"),
        ("--data-dir", folder, "backup", "list"),
        ("--data-dir", folder, "export", "csv", str(tmp_path / "reps.csv")),
        ("--data-dir", folder, "export", "csv", str(tmp_path)),  # a folder
        ("report", "pdf", str(tmp_path / "r.pdf"), "--from", "2026-11-30", "--to", "2026-11-01"),
        ("report", "pdf", str(tmp_path / "r.pdf"), "--from", "30.11.2026"),
        ("plan", "no-such-exercise"),
        ("no-such-command",),
    ]
    for args in runs:
        out = said(capsys, *args)
        assert out.strip(), args
        assert untranslated(out, str(tmp_path), "footdrop") == "", (args, out)
    (data_dir / "history.sqlite3").write_bytes(b"not a history" * 100)
    out = said(capsys, "--data-dir", folder, "export", "csv", str(tmp_path / "reps.csv"))
    assert "[[Your exercise history file is damaged" in out
    assert untranslated(out, str(tmp_path), "footdrop") == ""


def test_the_plan_table_words_are_translated(
    pseudo: None, capsys: pytest.CaptureFixture[str]
) -> None:
    out = said(capsys, "plan", "calf-stretch")
    assert "([[set 1 of 3]])" in out and "[[[30 s]]]" in out
    assert out.splitlines()[-1].startswith("[[Total: ")


def test_every_reminders_line_is_translated(
    pseudo: None, capsys: pytest.CaptureFixture[str], data_dir: Path, tmp_path: Path
) -> None:
    folder = str(data_dir)
    runs = [
        ("--data-dir", folder, "reminders", "status"),
        ("--data-dir", folder, "remind", "--dry-run"),
        ("--data-dir", folder, "reminders", "on", "--at", "25:00"),
        ("--data-dir", folder, "reminders", "on", "--at", "8:00", "--days", "someday"),
        ("--data-dir", folder, "reminders", "on", "--at", "00:00,00:01", "--days", "mon,wed"),
        ("--data-dir", folder, "reminders", "status"),
        ("--data-dir", folder, "reminders", "on", "--at", "00:00"),  # every day: due now
        ("--data-dir", folder, "remind", "--dry-run"),
        ("--data-dir", folder, "reminders", "off"),
        ("--data-dir", str(tmp_path / "never-used"), "remind"),
    ]
    for args in runs:
        out = said(capsys, *args)
        assert out.strip(), args
        assert untranslated(out, str(tmp_path), "footdrop") == "", (args, out)
