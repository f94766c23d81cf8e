"""The library's thumbnails are drawn once and read back at the next start: quicker to the
list, and never a wrong or broken picture."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QApplication

from footdrop_gui import bundled
from footdrop_gui.storage.journal import Journal
from footdrop_gui.storage.paths import cache_dir
from footdrop_gui.ui import illustration
from footdrop_gui.ui.exercise_list import THUMBNAIL, ExerciseList
from footdrop_gui.ui.main_window import MainWindow
from footdrop_gui.ui.settings import AppSettings
from footdrop_gui.ui.theme import Scheme, apply_scheme
from footdrop_gui.ui.thumbnails import Thumbnails

CATALOG = bundled.catalog()
IDS = [exercise.id for exercise in CATALOG.exercises]


@pytest.fixture
def svg_renders(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every drawing painted from its SVG (by which exercise's renderer)."""
    painted: list[str] = []
    paint = illustration.paint_frame

    def counting(painter: QPainter, svg: object, *args: object, **kwargs: object) -> None:
        painted.append(str(svg))
        paint(painter, svg, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(illustration, "paint_frame", counting)
    return painted


@pytest.fixture
def light(qapp: QApplication) -> Iterator[None]:
    apply_scheme(qapp, Scheme.LIGHT)
    yield
    apply_scheme(qapp, Scheme.LIGHT)


def pictures(library: ExerciseList) -> dict[str, QImage]:
    """What each row shows, as pixels."""
    ratio = library.devicePixelRatioF()
    shown = {}
    for exercise_id in IDS:
        icon = library._items[exercise_id].icon(0)
        shown[exercise_id] = (
            icon.pixmap(THUMBNAIL, ratio).toImage().convertToFormat(QImage.Format.Format_ARGB32)
        )
    return shown


def fresh(exercise_id: str, dark: bool, ratio: float = 1.0) -> QImage:
    pixmap = illustration.pose_pixmap(exercise_id, THUMBNAIL, dark, 1.0, ratio)
    return pixmap.toImage().convertToFormat(QImage.Format.Format_ARGB32)


def test_the_second_start_draws_no_svg_and_shows_the_same_pictures(
    light: None, data_dir: Path, svg_renders: list[str]
) -> None:
    first = ExerciseList(CATALOG, thumbnails=Thumbnails(cache_dir(data_dir)))
    assert len(svg_renders) == len(IDS)  # drawn once each
    svg_renders.clear()
    second = ExerciseList(CATALOG, thumbnails=Thumbnails(cache_dir(data_dir)))
    assert svg_renders == []
    assert pictures(second) == pictures(first)
    assert pictures(second)["toe-lifts"] == fresh("toe-lifts", dark=False)


def test_a_damaged_or_unreadable_cache_file_is_drawn_again_without_a_word(
    light: None, data_dir: Path, svg_renders: list[str]
) -> None:
    ExerciseList(CATALOG, thumbnails=Thumbnails(cache_dir(data_dir)))
    files = sorted(cache_dir(data_dir).glob("thumbnail-*.png"))
    assert len(files) == len(IDS)
    files[0].write_bytes(files[0].read_bytes()[:200])  # cut short (a power cut, a full disk)
    files[1].write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 300)  # a PNG header, then rubbish
    files[2].unlink()
    files[2].mkdir()  # something that cannot be read as a file at all
    svg_renders.clear()
    library = ExerciseList(CATALOG, thumbnails=Thumbnails(cache_dir(data_dir)))
    assert len(svg_renders) == 3
    assert all(not picture.isNull() for picture in pictures(library).values())
    assert pictures(library)["toe-lifts"] == fresh("toe-lifts", dark=False)
    for repaired in files[:2]:  # written again, whole
        assert not QImage(str(repaired)).isNull()


def test_a_cache_that_cannot_be_written_still_shows_every_picture(
    light: None, data_dir: Path
) -> None:
    cache_dir(data_dir).write_text("not a folder")  # the cache's place is taken by a file
    library = ExerciseList(CATALOG, thumbnails=Thumbnails(cache_dir(data_dir)))
    assert pictures(library)["heel-lifts"] == fresh("heel-lifts", dark=False)
    assert cache_dir(data_dir).read_text() == "not a folder"


@pytest.mark.parametrize("scheme", [Scheme.DARK, Scheme.CONTRAST])
def test_another_scheme_shows_its_own_pictures_not_the_kept_light_ones(
    qapp: QApplication, light: None, data_dir: Path, scheme: Scheme, svg_renders: list[str]
) -> None:
    light_list = ExerciseList(CATALOG, thumbnails=Thumbnails(cache_dir(data_dir)))
    light_pictures = pictures(light_list)
    apply_scheme(qapp, scheme)  # as View > Appearance does, at the next start or at once
    svg_renders.clear()
    dark_list = ExerciseList(CATALOG, thumbnails=Thumbnails(cache_dir(data_dir)))
    assert len(svg_renders) == len(IDS)  # none of the light files was taken
    dark_pictures = pictures(dark_list)
    for exercise_id in IDS:
        assert dark_pictures[exercise_id] != light_pictures[exercise_id]
        assert dark_pictures[exercise_id] == fresh(exercise_id, dark=True)
    apply_scheme(qapp, Scheme.LIGHT)  # and back: the light pictures, read from the cache
    svg_renders.clear()
    assert pictures(light_list) == light_pictures
    again = ExerciseList(CATALOG, thumbnails=Thumbnails(cache_dir(data_dir)))
    assert svg_renders == [] and pictures(again) == light_pictures


def test_a_sharper_screen_gets_sharper_pictures(data_dir: Path) -> None:
    kept = Thumbnails(cache_dir(data_dir))
    normal = kept.icon("toe-lifts", THUMBNAIL, False, 1.0).pixmap(THUMBNAIL, 1.0)
    sharp = Thumbnails(cache_dir(data_dir)).icon("toe-lifts", THUMBNAIL, False, 2.0)
    assert sharp.pixmap(THUMBNAIL, 2.0).size() == QSize(144, 108)
    assert normal.size() == QSize(72, 54)
    assert len(list(cache_dir(data_dir).glob("thumbnail-*.png"))) == 2


def test_the_window_keeps_its_thumbnails_in_the_data_folders_cache(
    light: None, data_dir: Path, journal: Journal, svg_renders: list[str]
) -> None:
    settings = AppSettings(data_dir)
    first = MainWindow(CATALOG, bundled.routines(), settings, data_dir, journal)
    first.close()
    assert len(list((data_dir / "cache").glob("thumbnail-*.png"))) == len(IDS)
    svg_renders.clear()
    second = MainWindow(CATALOG, bundled.routines(), settings, data_dir, journal)
    assert svg_renders == []
    second.close()


def test_building_the_window_imports_no_history_charts_report_or_session_screen(
    data_dir: Path,
) -> None:
    """What the first screen does not draw is imported when it is first opened."""
    script = textwrap.dedent(
        f"""
        import sys
        from pathlib import Path
        from footdrop_gui.startup.application import create_application
        from footdrop_gui.startup.load_library import load_main_window
        from footdrop_gui.ui.settings import AppSettings
        app = create_application(sys.argv[:1])
        folder = Path({str(data_dir)!r})
        settings = AppSettings(folder)
        settings.acknowledge_safety()
        settings.affected_side = "left"  # no first-run question to wait for
        loaded = load_main_window(app, folder, settings)
        app.processEvents()
        assert loaded.window.library.tree.topLevelItemCount() > 0
        print(sorted(sys.modules))
        loaded.journal.close()
        """
    )
    loaded = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True, timeout=60
    ).stdout
    assert "'footdrop_gui.ui.main_window'" in loaded
    for later in (
        "footdrop_gui.ui.history_view",
        "footdrop_gui.ui.history_charts",
        "footdrop_gui.ui.chart_canvas",
        "footdrop_gui.ui.visits_view",
        "footdrop_gui.ui.report",
        "footdrop_gui.ui.routines_view",
        "footdrop_gui.ui.session_view",
        "footdrop_gui.storage.report_reads",
        "PySide6.QtPrintSupport",
        "PySide6.QtCharts",
    ):
        assert f"'{later}'" not in loaded, later


def test_old_pictures_do_not_pile_up_and_nothing_else_in_the_folder_is_touched(
    light: None, data_dir: Path
) -> None:
    """Each new drawing, screen or Qt leaves a new set of files; the oldest go, only ours."""
    from footdrop_gui.ui.thumbnails import KEEP_FILES

    folder = cache_dir(data_dir)
    folder.mkdir(parents=True)
    old = [folder / f"thumbnail-{n:032x}.png" for n in range(KEEP_FILES + 50)]
    for age, path in enumerate(old):  # written over the years, the first longest ago
        path.write_bytes(b"an old picture")
        os.utime(path, ns=(age * 10**9, (1_000_000 + age) * 10**9))
    foreign = [folder / "notes.txt", folder / "thumbnail-mine.png", folder / "thumbnail-a"]
    for path in foreign:
        path.write_text("the person's own")
    ExerciseList(CATALOG, thumbnails=Thumbnails(folder))  # draws today's set
    ours = sorted(folder.glob("thumbnail-*.png"))
    assert len([p for p in ours if p not in foreign]) == KEEP_FILES
    assert not any(path.exists() for path in old[: 50 + len(IDS)])  # the oldest went
    assert all(path.exists() for path in old[50 + len(IDS) :])
    assert all(path.read_text() == "the person's own" for path in foreign)
    library = ExerciseList(CATALOG, thumbnails=Thumbnails(folder))
    assert pictures(library)["toe-lifts"] == fresh("toe-lifts", dark=False)
