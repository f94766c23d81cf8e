"""The command line as a person or a script meets it: a real `python -m footdrop_gui` process."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from footdrop_gui import __version__, bundled


def footdrop(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "footdrop_gui", *args],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
        env={**os.environ, **(env or {})},
    )


def test_version() -> None:
    done = footdrop("--version")
    assert (done.returncode, done.stdout.strip()) == (0, f"footdrop {__version__}")


def test_help_names_the_commands_and_the_data_folder_option() -> None:
    done = footdrop("--help")
    assert done.returncode == 0
    for text in ("exercises", "--data-dir", "FOOTDROP_DATA_DIR"):
        assert text in done.stdout


def test_exercises_json_lists_every_catalog_entry() -> None:
    done = footdrop("exercises", "--json")
    assert done.returncode == 0, done.stderr
    rows = json.loads(done.stdout)
    assert [r["id"] for r in rows] == [e.id for e in bundled.catalog().exercises]
    toe = rows[0]
    assert toe["name"] == "Toe lifts"
    assert toe["prescription"] == {
        "mode": "reps",
        "sets": 1,
        "reps": 12,
        "hold_seconds": 3,
        "release_seconds": 2,
        "rest_seconds": 30,
        "sides": "together",
    }
    assert toe["ranges"]["reps"] == [5, 30]


def test_exercises_table_has_one_line_per_exercise() -> None:
    done = footdrop("exercises")
    lines = done.stdout.splitlines()
    assert len(lines) == len(bundled.catalog().exercises)
    assert lines[0].split()[:3] == ["toe-lifts", "Toe", "lifts"]
    assert "12 reps" in lines[0]


@pytest.mark.parametrize(
    "args",
    [("--bogus",), ("exercises", "--xml"), ("dance",), ("--data-dir",)],
)
def test_bad_flags_give_one_line_and_status_2(args: tuple[str, ...]) -> None:
    done = footdrop(*args)
    assert done.returncode == 2
    assert done.stdout == ""
    assert len(done.stderr.strip().splitlines()) == 1
    assert done.stderr.startswith("footdrop: ")
    assert "Traceback" not in done.stderr


def test_unusable_data_folder_is_reported_without_a_traceback(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    done = footdrop("--data-dir", str(blocker / "sub"), env={"QT_QPA_PLATFORM": "offscreen"})
    assert done.returncode == 1
    assert "could not be created" in done.stderr
    assert "Traceback" not in done.stderr


def test_plan_json_gives_every_step_and_the_total() -> None:
    done = footdrop("plan", "calf-stretch", "--json")
    assert done.returncode == 0, done.stderr
    plan = json.loads(done.stdout)
    assert plan["total_seconds"] == 10 + 3 * 30 + 2 * 15
    assert [(s["kind"], s["seconds"]) for s in plan["steps"]] == [
        ("get-ready", 10),
        ("hold", 30),
        ("rest", 15),
        ("hold", 30),
        ("rest", 15),
        ("hold", 30),
        ("done", 0),
    ]
    assert set(plan["steps"][1]) == {"kind", "exercise", "side", "set", "rep", "seconds", "text"}
    assert plan["steps"][1]["side"] == "both"


def test_plan_expands_routines_and_runs_ids_in_order() -> None:
    plan = json.loads(footdrop("plan", "soothe-and-recover", "toe-lifts", "--json").stdout)
    readies = [s["exercise"] for s in plan["steps"] if s["kind"] == "get-ready"]
    assert readies == ["tennis-ball-massage", "epsom-salt-soak", "rest-elevated", "toe-lifts"]
    assert plan["total_seconds"] == sum(s["seconds"] for s in plan["steps"])


def test_plan_text_ends_with_the_total() -> None:
    done = footdrop("plan", "toe-lifts")
    assert done.stdout.splitlines()[-1] == "Total: 1 minute 10 seconds"


def test_plan_names_an_unknown_id_in_one_line() -> None:
    done = footdrop("plan", "toe-lifts", "moonwalk")
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == [
        "footdrop: 'moonwalk' is not an exercise or routine id (see 'footdrop exercises')"
    ]


def test_plan_previews_a_routine_file(tmp_path: Path) -> None:
    example = Path(__file__).parents[2] / "docs" / "examples" / "daily-routine.json"
    done = footdrop("plan", str(example), "--json")
    assert done.returncode == 0, done.stderr
    readies = [s["exercise"] for s in json.loads(done.stdout)["steps"] if s["kind"] == "get-ready"]
    assert readies[0] == "calf-stretch" and len(readies) == 9
    bad = tmp_path / "bad.json"
    bad.write_text('{"format": "footdrop-routine", "version": 1, "name": "x", '
                   '"entries": [{"exercise": "toe-lifts", "reps": 99}]}')  # fmt: skip
    refused = footdrop("plan", str(bad))
    assert refused.returncode == 2
    assert (
        refused.stderr.strip() == "footdrop: bad.json: entries[1].reps: 99 is above the maximum 30"
    )


@pytest.mark.parametrize(
    ("env", "args", "words", "english"),
    [
        ({"LANGUAGE": "es"}, ("exercises",), "Elevación de dedos", "Toe lifts"),
        ({"LANGUAGE": "de"}, ("plan", "daily-routine"), "Wadendehnung", "Calf stretch"),
        ({}, ("--lang", "es", "plan", "daily-routine"), "Estiramiento de pantorrilla", "Get ready"),
    ],
)
def test_the_command_line_speaks_the_chosen_language(
    env: dict[str, str], args: tuple[str, ...], words: str, english: str
) -> None:
    done = footdrop(*args, env=env)
    assert done.returncode == 0, done.stderr
    assert words in done.stdout
    assert english not in done.stdout
