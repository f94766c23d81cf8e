"""Every exercise has a drawing in the house style, and each pose renders on its own."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QByteArray, QRectF, QSize, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication

from footdrop_gui import bundled
from footdrop_gui.core.catalog import Posture, Sides
from footdrop_gui.ui.illustration import (
    DARK_SWAPS,
    MOTION,
    PALETTE,
    POSE_END,
    POSE_START,
    SCENE,
    SUPPORT,
    paint_frame,
    pose_pixmap,
    recolor_for_dark,
    renderer,
)

SVG = "{http://www.w3.org/2000/svg}"
IDS = [e.id for e in bundled.catalog().exercises]
ACCENT = "#e0782a"  # the moving part and its arrow
FLOOR_BOTTOM = 271  # the floor line (y=268, 6 px wide): nothing of a person goes below it
ALLOWED_TAGS = {"svg", "g", "path", "circle", "ellipse", "rect", "line", "polyline", "polygon"}


def _root(exercise_id: str) -> ET.Element:
    return ET.fromstring(bundled.illustration_svg(exercise_id))


@pytest.mark.parametrize("exercise_id", IDS)
def test_drawing_has_scene_poses_and_motion(exercise_id: str) -> None:
    root = _root(exercise_id)
    assert root.get("viewBox") == "0 0 400 300"
    top_ids = [child.get("id") for child in root]
    for group in ("scene", POSE_START, POSE_END, "motion"):
        assert group in top_ids, group


@pytest.mark.parametrize("exercise_id", IDS)
def test_drawing_uses_only_plain_shapes_and_the_shared_palette(exercise_id: str) -> None:
    text = bundled.illustration_svg(exercise_id).decode()
    for element in _root(exercise_id).iter():
        assert element.tag.removeprefix(SVG) in ALLOWED_TAGS, element.tag
    colours = {c.lower() for c in re.findall(r"#[0-9a-fA-F]{6}\b", text)}
    assert colours <= PALETTE, colours - PALETTE


@pytest.mark.parametrize("exercise_id", IDS)
def test_each_pose_renders_and_the_two_differ(qapp: QApplication, exercise_id: str) -> None:
    renderer = QSvgRenderer(QByteArray(bundled.illustration_svg(exercise_id)))
    assert renderer.isValid()
    images = {}
    for pose in (POSE_START, POSE_END):
        for dark in (False, True):
            blend = 0.0 if pose == POSE_START else 1.0
            image = pose_pixmap(exercise_id, QSize(200, 150), dark, blend).toImage()
            assert _inked(image) > 0.05, f"{pose} is nearly empty ({'dark' if dark else 'light'})"
            images[pose, dark] = image
    assert images[POSE_START, False] != images[POSE_END, False]
    assert images[POSE_END, False] != images[POSE_END, True]


@pytest.mark.parametrize("exercise_id", IDS)
def test_every_pose_stays_inside_the_picture_and_on_the_floor(
    qapp: QApplication, exercise_id: str
) -> None:
    svg = QSvgRenderer(QByteArray(bundled.illustration_svg(exercise_id)))
    view = svg.viewBoxF().adjusted(-0.5, -0.5, 0.5, 0.5)  # a limb may run to the edge
    poses = [p for p in (POSE_START, "pose-mid", POSE_END) if svg.elementExists(p)]
    for element in [*poses, MOTION]:
        box = svg.transformForElement(element).mapRect(svg.boundsOnElement(element))
        assert view.contains(box), f"{element} {box} leaves the view box {view}"
    for pose in poses:
        box = svg.transformForElement(pose).mapRect(svg.boundsOnElement(pose))
        assert box.bottom() <= FLOOR_BOTTOM + 0.5, f"{pose} reaches below the floor"


@pytest.mark.parametrize("exercise_id", IDS)
def test_each_pose_shows_the_moving_part_in_the_accent_colour(exercise_id: str) -> None:
    root = _root(exercise_id)
    for group in root:
        if group.get("id") in (POSE_START, POSE_END):
            fills = {e.get("fill", "").lower() for e in group.iter()}
            assert ACCENT in fills, f"{group.get('id')} has no part in the accent colour"


@pytest.mark.parametrize(
    "exercise_id",
    [e.id for e in bundled.catalog().exercises if e.posture is Posture.STANDING],
)
def test_a_standing_exercise_shows_something_sturdy_to_hold(exercise_id: str) -> None:
    """Foot drop affects balance: the support is drawn in the scene, beside the person."""
    scene = next(g for g in _root(exercise_id) if g.get("id") == SCENE)
    supports = [e for e in scene.iter() if e.get("id") == SUPPORT]
    assert len(supports) == 1, "the scene needs one group with id 'support'"
    assert any(e.get("fill") for e in supports[0].iter()), "the support is drawn"
    svg = renderer(exercise_id, False)
    person = svg.boundsOnElement(POSE_START).united(svg.boundsOnElement(POSE_END))
    assert svg.boundsOnElement(SUPPORT).intersects(person), "the support is within reach"


@pytest.mark.parametrize(
    "exercise_id",
    [e.id for e in bundled.catalog().exercises if e.prescription.sides is Sides.EACH],
)
def test_a_one_sided_exercise_mirrors_for_the_left_side(
    qapp: QApplication, exercise_id: str
) -> None:
    """The drawings show the right side; the left is the same picture, mirrored."""
    for blend in (0.0, 1.0):
        right = _frame(exercise_id, blend, mirrored=False)
        left = _frame(exercise_id, blend, mirrored=True)
        assert left != right
        assert _differing(left, right.flipped(Qt.Orientation.Horizontal)) < 0.002


def _frame(exercise_id: str, blend: float, mirrored: bool) -> QImage:
    image = QImage(200, 150, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    svg = renderer(exercise_id, False)
    paint_frame(painter, svg, QRectF(0, 0, 200, 150), blend, mirrored=mirrored)
    painter.end()
    return image


def _differing(a: QImage, b: QImage) -> float:
    """Share of pixels whose colours differ visibly."""
    total = different = 0
    for y in range(0, a.height(), 2):
        for x in range(0, a.width(), 2):
            total += 1
            ca, cb = a.pixelColor(x, y), b.pixelColor(x, y)
            if max(abs(ca.red() - cb.red()), abs(ca.alpha() - cb.alpha())) > 40:
                different += 1
    return different / total


def test_thumbnail_size_still_shows_a_picture(qapp: QApplication) -> None:
    for exercise_id in IDS:
        assert _inked(pose_pixmap(exercise_id, QSize(64, 48), False).toImage()) > 0.05


def test_dark_recolouring_replaces_every_palette_colour() -> None:
    svg = " ".join(DARK_SWAPS).upper().encode()
    assert recolor_for_dark(svg).decode().split() == list(DARK_SWAPS.values())


def test_app_icon_renders(qapp: QApplication) -> None:
    renderer = QSvgRenderer(QByteArray(bundled.icon_svg()))
    assert renderer.isValid()
    assert renderer.defaultSize().width() == renderer.defaultSize().height()


def _inked(image: QImage) -> float:
    """Share of pixels that are not transparent (sampled on a grid)."""
    step = 3
    points = [(x, y) for x in range(0, image.width(), step) for y in range(0, image.height(), step)]
    return sum(image.pixelColor(x, y).alpha() > 0 for x, y in points) / len(points)
