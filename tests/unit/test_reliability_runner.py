"""The reliability runner: one line per probe, the failures below it, and a failing exit when
anything did not hold (a probe that breaks counts as a failure, never stops the others)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.reliability.run import main

PROBES = {
    "probe_a_holds.py": 'NAME = "holds"\ndef probe():\n    return 3, 3, []\n',
    "probe_b_fails.py": 'NAME = "fails"\ndef probe():\n    return 4, 3, ["case 2: hung"]\n',
    "probe_c_breaks.py": 'NAME = "breaks"\ndef probe():\n    raise OSError("disk gone")\n',
    "helper.py": "raise SystemExit('not a probe: never loaded')\n",
}


def test_each_probe_gives_one_line_and_any_failure_fails_the_run(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for name, text in PROBES.items():
        (tmp_path / name).write_text(text)
    assert main([], tmp_path) == 1
    lines = capsys.readouterr().out.splitlines()
    assert lines[:3] == [
        "holds: tried 3, held 3, failed 0",
        "fails: tried 4, held 3, failed 1",
        "    case 2: hung",
    ]
    assert lines[3] == "breaks: tried 1, held 0, failed 1"
    assert "disk gone" in "\n".join(lines[4:])
    assert main(["holds"], tmp_path) == 0
