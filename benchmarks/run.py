"""`make bench`: run each benchmark in its own process, print a table, write bench.json.

Machines here are shared and noisy, so figures are medians, and each figure with a baseline
is compared with that baseline measured in the same run (ratio = value / baseline, lower is
better). A figure with no baseline has ratio null and its target in its own unit; a
reference figure, shown for context, has target null.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


def run_script(name: str, *args: str) -> dict[str, Any]:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    done = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / name), *args],
        capture_output=True,
        text=True,
        check=True,
        env=env,
        cwd=ROOT,
    )
    result: dict[str, Any] = json.loads(done.stdout.strip().splitlines()[-1])
    return result


def figure(
    name: str, value: float, unit: str, target: float | None, baseline: float | None = None
) -> dict[str, Any]:
    """One row of bench.json; a target of None marks a reference figure with nothing to meet."""
    return {
        "name": name,
        "value": round(value, 3),
        "unit": unit,
        "baseline": None if baseline is None else round(baseline, 3),
        "ratio": None if baseline is None else round(value / baseline, 3),
        "target": target,
    }


def session_figures() -> list[dict[str, Any]]:
    session = run_script("session_timing.py")
    bare = run_script("session_timing.py", "--baseline")
    return [
        figure(
            "phase change lateness, max (12 holds of 5 s)", session["lateness_max_ms"], "ms", 20
        ),
        figure("phase change lateness, median", session["lateness_median_ms"], "ms", 20),
        figure("phase changes shown early", session["early"], "count", 0),
        figure(
            "CPU during a running hold vs bare 10 Hz label window",
            session["cpu_percent"],
            "% of one core",
            1.5,
            bare["cpu_percent"],
        ),
    ]


def history_figures() -> list[dict[str, Any]]:
    history = run_script("history_timing.py")
    size = f"{history['sessions']} sessions, {history['reps']} reps"
    return [
        figure(f"open History ({size}), median", history["open_median_ms"], "ms", 300),
        figure(
            "show the Progress charts (same history), median",
            history["progress_median_ms"],
            "ms",
            300,
        ),
        figure("commit one rep, median", history["commit_median_ms"], "ms", 5),
        figure("commit one rep, 95th percentile", history["commit_p95_ms"], "ms", 5),
    ]


def report_figures() -> list[dict[str, Any]]:
    report = run_script("report_timing.py")
    return [figure("report PDF, ten years of history, median", report["median_ms"], "ms", 2000)]


def first_paint_figures() -> list[dict[str, Any]]:
    paint = run_script("first_paint.py")
    ten_years = run_script("first_paint.py", "--history-years", "10")
    return [
        figure(
            "time to first paint, sound and speech on, vs bare window (source), median",
            paint["app_ms"],
            "ms",
            1.25,
            paint["bare_ms"],
        ),
        # What a person waits for: the list painted with its rows, enabled, nothing in front.
        figure(
            "library clickable vs bare window's first paint (source), median",
            paint["library_ms"],
            "ms",
            1.6,
            paint["bare_ms"],
        ),
        # Reference: the same screen's widgets with no app code (benchmarks/library_widgets.py),
        # the part of the row above that any PySide6 app showing this screen pays.
        figure(
            "library's widgets alone, no app code, vs bare window (source), median",
            paint["widgets_ms"],
            "ms",
            None,
            paint["bare_ms"],
        ),
        figure(
            "library clickable with ten years of history vs bare window (source), median",
            ten_years["library_ms"],
            "ms",
            1.8,
            ten_years["bare_ms"],
        ),
    ]


def memory_figures() -> list[dict[str, Any]]:
    memory = run_script("session_memory.py")
    return [
        figure(
            "memory (VmRSS) after a 30-minute session vs after its first minute",
            memory["thirty_minutes_mib"],
            "MiB",
            1.10,
            memory["first_minute_mib"],
        )
    ]


def remind_figures() -> list[dict[str, Any]]:
    remind = run_script("remind_start.py")
    return [
        figure("footdrop remind --dry-run, start to exit, median", remind["median_ms"], "ms", 150)
    ]


def bundle_figures() -> list[dict[str, Any]]:
    """The frozen app (build.spec) beside a minimal frozen PySide6 window built in the same run."""
    bundle = run_script("bundle_size.py")
    return [
        figure(
            "bundle size (dist/footdrop) vs minimal frozen window (PyInstaller defaults)",
            bundle["app_mib"],
            "MiB",
            1.15,
            bundle["minimal_mib"],
        ),
        # Reference only (no target): the same window trimmed by the app's own rules, so the
        # ratio is what the app adds, mostly QtMultimedia's FFmpeg backend and what it links.
        figure(
            "bundle size vs the same window trimmed by the app's rules (reference)",
            bundle["app_mib"],
            "MiB",
            None,
            bundle["trimmed_mib"],
        ),
        figure(
            "frozen app time to first paint vs minimal, median",
            bundle["app_first_paint_ms"],
            "ms",
            1.25,
            bundle["minimal_first_paint_ms"],
        ),
        figure(
            "frozen app: library clickable vs minimal's first paint, median",
            bundle["app_library_ms"],
            "ms",
            1.6,
            bundle["minimal_first_paint_ms"],
        ),
        figure(
            "frozen app memory (VmRSS) at first paint vs minimal, median",
            bundle["app_rss_mib"],
            "MiB",
            1.4,
            bundle["minimal_rss_mib"],
        ),
    ]


def main() -> int:
    figures = session_figures() + history_figures() + first_paint_figures() + bundle_figures()
    figures += memory_figures() + remind_figures()
    figures += report_figures()
    (ROOT / "bench.json").write_text(json.dumps(figures, indent=2) + "\n")
    width = max(len(f["name"]) for f in figures)
    print(
        f"{'benchmark':<{width}}  {'value':>10}  {'unit':<14} {'baseline':>9} {'ratio':>6} target"
    )
    for f in figures:
        baseline = "" if f["baseline"] is None else f"{f['baseline']:.3f}"
        ratio = "" if f["ratio"] is None else f"{f['ratio']:.2f}"
        print(
            f"{f['name']:<{width}}  {f['value']:>10.3f}  {f['unit']:<14} {baseline:>9} "
            f"{ratio:>6} {f['target']}"
        )
    print(f"written: {ROOT / 'bench.json'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
