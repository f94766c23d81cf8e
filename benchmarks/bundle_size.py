"""The installed app's size, time to first paint and memory, beside a minimal frozen window.

Builds three one-folder bundles in this run with PyInstaller: the app (build.spec, into dist/
as `make dist` does); a bare PySide6 window frozen with PyInstaller's defaults
(packaging/minimal/minimal.spec: the baseline of the targets); and the same window trimmed by
the app's own bundle rules (minimal_trimmed.spec: a stricter size reference, showing exactly
what the app adds). Both windows go into build/bench/. Then:

- size: `du -sb` of each bundle folder;
- time to first paint, app and baseline: from just before the process is started to the end
  of its first painted frame, median of RUNS launches (each bundle launched once first,
  unmeasured, so both read their files from the page cache);
- memory: VmRSS at that first paint, median;
- library clickable, frozen: the app launched again with FOOTDROP_FIRST_PAINT_WAIT=library,
  from launch to its exercise list painted with its rows, enabled and nothing in front
  (the same moment first_paint.py times from source), median, beside the baseline's first
  paint.

Every bundle carries the same runtime hook (packaging/rthook_first_paint.py): with
FOOTDROP_FIRST_PAINT_FILE set, it writes the monotonic time and VmRSS when the first frame is
painted, and quits. The app runs on a data folder made for the bench, with the safety notice
already acknowledged (as for anyone who has used the app once).

Usage: python benchmarks/bundle_size.py [--runs N] [--no-build]   (prints JSON)
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RUNS = 7
APP = ("app", ROOT / "build.spec", ROOT / "dist", ROOT / "build" / "pyinstaller", "footdrop")
BENCH = ROOT / "build" / "bench"


def baseline(name: str, spec: str, program: str) -> tuple[str, Path, Path, Path, str]:
    """A bare-window bundle built into build/bench/ from a spec in packaging/minimal/."""
    return (
        name,
        ROOT / "packaging" / "minimal" / spec,
        BENCH / "dist",
        BENCH / f"work-{name}",
        program,
    )


MINIMAL = baseline("minimal", "minimal.spec", "minimal")
TRIMMED = baseline("trimmed", "minimal_trimmed.spec", "minimal-trimmed")
LAUNCH_TIMEOUT = 60


def build(spec: Path, dist: Path, work: Path) -> None:
    import importlib.util

    if importlib.util.find_spec("PyInstaller") is None:
        sys.exit("bundle_size: PyInstaller is missing: .venv/bin/pip install -e '.[build]'")
    subprocess.run(
        [
            *(sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN"),
            *("--distpath", str(dist), "--workpath", str(work), str(spec)),
        ],
        check=True,
        cwd=ROOT,
        stdout=sys.stderr,  # stdout carries only the JSON result
    )


def du_bytes(folder: Path) -> int:
    done = subprocess.run(["du", "-sb", str(folder)], capture_output=True, text=True, check=True)
    return int(done.stdout.split()[0])


def first_paint(command: list[str], wait: str = "") -> tuple[float, float]:
    """(milliseconds from launch to the first painted frame, VmRSS in MiB at that moment);
    with wait="library", to the moment the exercise list can be clicked."""
    with tempfile.TemporaryDirectory() as scratch:
        report = Path(scratch) / "first-paint.json"
        env = {
            **os.environ,
            "FOOTDROP_FIRST_PAINT_FILE": str(report),
            "FOOTDROP_FIRST_PAINT_WAIT": wait,
            "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen"),
        }
        started = time.monotonic()
        done = subprocess.run(
            command, env=env, capture_output=True, text=True, timeout=LAUNCH_TIMEOUT, check=False
        )
        if done.returncode != 0 or not report.exists():
            raise RuntimeError(f"{command[0]} exited {done.returncode}: {done.stderr[-2000:]}")
        painted = json.loads(report.read_text())
    return 1000 * (painted[wait or "monotonic"] - started), painted["rss_kib"] / 1024


def prepared_data_dir(parent: Path) -> Path:
    """A data folder whose safety notice is read and foot chosen (no question at start)."""
    from PySide6.QtCore import QCoreApplication

    from footdrop_gui.ui.settings import AppSettings

    _app = QCoreApplication.instance() or QCoreApplication([])
    folder = parent / "data"
    folder.mkdir(mode=0o700)
    settings = AppSettings(folder)
    settings.acknowledge_safety()
    settings.affected_side = "left"
    return folder


def largest_extras(app: Path, minimal: Path, count: int = 6) -> list[tuple[str, float]]:
    """What the app's bundle holds beyond a bare window's, grouped, largest first (MB)."""
    have = {p.relative_to(minimal / "_internal") for p in (minimal / "_internal").rglob("*")}
    groups: dict[str, int] = {}
    for path in (app / "_internal").rglob("*"):
        relative = path.relative_to(app / "_internal")
        if relative in have or not path.is_file() or path.is_symlink():
            continue
        groups[group_of(relative)] = groups.get(group_of(relative), 0) + path.stat().st_size
    ranked = sorted(groups.items(), key=lambda item: -item[1])[:count]
    return [(name, round(size / 1e6, 1)) for name, size in ranked]


def group_of(relative: Path) -> str:
    parts = relative.parts
    name = parts[-1]
    if name.startswith(("libav", "libsw", "libQt6FFmpeg")) or "multimedia" in parts:
        return "FFmpeg (QtMultimedia's backend)"
    if name.startswith(("libQt6Qml", "libQt6Quick")):
        return "QtQml and QtQuick (linked by the FFmpeg plug-in)"
    if parts[0] == "PySide6":
        return "other Qt modules (Multimedia, TextToSpeech, Svg, ...)"
    if parts[0] == "footdrop_gui":
        return "the app's resources"
    return "system libraries (libpulse, codecs, sqlite, ...)"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=RUNS)
    parser.add_argument("--no-build", action="store_true", help="measure the bundles as built")
    args = parser.parse_args()
    folders = {}
    for name, spec, dist, work, program in (APP, MINIMAL, TRIMMED):
        if not args.no_build:
            build(spec, dist, work)
        folders[name] = (dist / program, dist / program / program)
    with tempfile.TemporaryDirectory() as scratch:
        data_dir = prepared_data_dir(Path(scratch))
        commands = {
            "app": [str(folders["app"][1]), "--data-dir", str(data_dir)],
            "minimal": [str(folders["minimal"][1])],
        }
        for command in commands.values():  # warm the page cache; the app makes its database
            first_paint(command)
        paint: dict[str, list[float]] = {"app": [], "minimal": [], "library": []}
        rss: dict[str, list[float]] = {"app": [], "minimal": []}
        for run in range(args.runs):
            order = ("app", "minimal") if run % 2 == 0 else ("minimal", "app")
            for name in order:
                ms, mib = first_paint(commands[name])
                paint[name].append(ms)
                rss[name].append(mib)
            paint["library"].append(first_paint(commands["app"], wait="library")[0])
    result = {
        "runs": args.runs,
        "app_mib": du_bytes(folders["app"][0]) / 2**20,
        "minimal_mib": du_bytes(folders["minimal"][0]) / 2**20,
        "trimmed_mib": du_bytes(folders["trimmed"][0]) / 2**20,
        "app_first_paint_ms": statistics.median(paint["app"]),
        "minimal_first_paint_ms": statistics.median(paint["minimal"]),
        "app_library_ms": statistics.median(paint["library"]),
        "app_rss_mib": statistics.median(rss["app"]),
        "minimal_rss_mib": statistics.median(rss["minimal"]),
        "app_beyond_trimmed_mb": largest_extras(folders["app"][0], folders["trimmed"][0]),
    }
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
