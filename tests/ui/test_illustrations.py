"""Every exercise has a drawing in the house style, and each pose renders on its own."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest
from PySide6.QtCore import QByteArray, QSize
from PySide6.QtGui import QImage
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication

from footdrop_gui import bundled
from footdrop_gui.ui.illustration import (
    DARK_SWAPS,
    PALETTE,
    POSE_END,
    POSE_START,
    pose_pixmap,
    recolor_for_dark,
)

SVG = "{http://www.w3.org/2000/svg}"
IDS = [e.id for e in bundled.catalog().exercises]
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
