"""A real 30-minute soak at every screen and text size the issue lists: nothing is cut off.

QT_SCALE_FACTOR and QT_FONT_DPI are read when Qt starts, so each screen runs in a child
process (tests/ui/session_size_probe.py) on an offscreen screen of that many pixels; inside
it the app's text size goes through 1.0, 1.3 and 1.6 at run time.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
# (screen pixels, environment): 100 %, 150 %, 200 % (a 960 x 540 logical screen), 144-dpi fonts
SCREENS = {
    "1024x600 at 100%": ((1024, 600), {}),
    "1280x800 at 150%": ((1280, 800), {"QT_SCALE_FACTOR": "1.5"}),
    "1920x1080 at 200%": ((1920, 1080), {"QT_SCALE_FACTOR": "2"}),
    "1280x800 with 144-dpi fonts": ((1280, 800), {"QT_FONT_DPI": "144"}),
}


def screen_file(folder: Path, size: tuple[int, int]) -> Path:
    config = {
        "synchronousWindowSystemEvents": False,
        "windowFrameMargins": False,
        "screens": [
            {
                "name": "probe",
                "x": 0,
                "y": 0,
                "width": size[0],
                "height": size[1],
                "logicalDpi": 96,
                "logicalBaseDpi": 96,
                "dpr": 1,
            }
        ],
    }
    path = folder / "screen.json"
    path.write_text(json.dumps(config), encoding="utf-8")
    return path


@pytest.mark.parametrize("screen", SCREENS)
def test_a_long_soak_fits_every_screen_and_text_size(tmp_path: Path, screen: str) -> None:
    size, settings = SCREENS[screen]
    env = {k: v for k, v in os.environ.items() if not k.startswith(("QT_SCALE", "QT_FONT"))}
    env.update(settings)
    env["QT_QPA_PLATFORM"] = f"offscreen:configfile={screen_file(tmp_path, size)}"
    env["FOOTDROP_DATA_DIR"] = str(tmp_path / "data")
    child = subprocess.run(
        [sys.executable, "-m", "tests.ui.session_size_probe"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=240,
        check=False,
    )
    assert child.returncode == 0, child.stderr[-2000:]
    report = json.loads(child.stdout.strip().splitlines()[-1])
    if "200%" in screen:
        assert report["screen"] == [960, 540]  # the logical screen the issue names
    assert set(report["problems"]) == {"1.0", "1.3", "1.6"}
    assert report["problems"] == {"1.0": [], "1.3": [], "1.6": []}
