"""Drawing the exercise illustrations: one pose at a time, in the palette's colours.

Each SVG has a shared ``scene`` group, pose groups (``pose-start``, ``pose-end``) and a
``motion`` arrow. The files use a fixed light palette; for a dark window the known colours
are rewritten before parsing, so one set of drawings serves both schemes.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QRectF, QSize, QSizeF, Qt
from PySide6.QtGui import QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QSizePolicy, QWidget

from footdrop_gui import bundled
from footdrop_gui.ui.theme import is_dark

SCENE, POSE_START, POSE_END, MOTION = "scene", "pose-start", "pose-end", "motion"
ASPECT = 4 / 3
# Light colour in the files -> its counterpart on a dark background.
DARK_SWAPS = {
    "#2b3a48": "#dce4ea",  # outline
    "#c9d6e0": "#4a5d6e",  # body
    "#a3b59b": "#6b7d64",  # props
    "#8fb8d8": "#4f7fa0",  # water and ice
    "#e0782a": "#f0924a",  # the moving part and its arrow
    "#8a99a6": "#7d8c99",  # floor
}
PALETTE = frozenset(DARK_SWAPS)


def recolor_for_dark(svg: bytes) -> bytes:
    text = svg.decode("utf-8")
    for light, dark in DARK_SWAPS.items():
        text = text.replace(light, dark).replace(light.upper(), dark)
    return text.encode("utf-8")


@cache
def renderer(exercise_id: str, dark: bool) -> QSvgRenderer:
    """A parsed drawing, shared by every view of the same exercise and scheme."""
    svg = bundled.illustration_svg(exercise_id)
    return QSvgRenderer(QByteArray(recolor_for_dark(svg) if dark else svg))


def element_rect(svg: QSvgRenderer, element_id: str, target: QRectF) -> QRectF:
    """Where an element lands in target when the whole viewBox fills target.

    QSvgRenderer.render(painter, id, bounds) stretches the element to bounds, so bounds must
    be the element's own box mapped into the target for it to stay where it was drawn.
    """
    view = svg.viewBoxF()
    box = svg.transformForElement(element_id).mapRect(svg.boundsOnElement(element_id))
    sx, sy = target.width() / view.width(), target.height() / view.height()
    return QRectF(
        target.x() + (box.x() - view.x()) * sx,
        target.y() + (box.y() - view.y()) * sy,
        box.width() * sx,
        box.height() * sy,
    )


def fit_rect(area: QRectF) -> QRectF:
    """The largest 4:3 rectangle centred in area."""
    size = QSizeF(area.width(), area.width() / ASPECT)
    if size.height() > area.height():
        size = QSizeF(area.height() * ASPECT, area.height())
    return QRectF(
        area.x() + (area.width() - size.width()) / 2,
        area.y() + (area.height() - size.height()) / 2,
        size.width(),
        size.height(),
    )


def paint_pose(
    painter: QPainter,
    svg: QSvgRenderer,
    area: QRectF,
    pose: str,
    show_motion: bool = True,
) -> None:
    """Draw the scene and one pose (and the motion arrow) fitted into area."""
    target = fit_rect(area)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    for element in (SCENE, pose, MOTION) if show_motion else (SCENE, pose):
        if svg.elementExists(element):
            svg.render(painter, element, element_rect(svg, element, target))
    painter.restore()


def pose_pixmap(
    exercise_id: str, size: QSize, dark: bool, pose: str = POSE_END, ratio: float = 1.0
) -> QPixmap:
    """A transparent picture of one pose, sharp on high-DPI screens."""
    pixmap = QPixmap(size * ratio)
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    paint_pose(
        painter, renderer(exercise_id, dark), QRectF(0, 0, size.width(), size.height()), pose
    )
    painter.end()
    return pixmap


def thumbnail_icon(exercise_id: str, size: QSize, dark: bool, ratio: float) -> QIcon:
    return QIcon(pose_pixmap(exercise_id, size, dark, POSE_END, ratio))


class IllustrationView(QWidget):
    """One pose of an exercise, kept at 4:3 and redrawn in the current palette's colours."""

    def __init__(self, pose: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._exercise_id: str | None = None
        self._pose = pose
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setMinimumSize(160, 120)

    def set_exercise(self, exercise_id: str | None) -> None:
        self._exercise_id = exercise_id
        self.update()

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return round(width / ASPECT)

    def sizeHint(self) -> QSize:
        return QSize(320, 240)

    def paintEvent(self, event: object) -> None:
        if self._exercise_id is None:
            return
        painter = QPainter(self)
        svg = renderer(self._exercise_id, is_dark(self.palette()))
        paint_pose(painter, svg, QRectF(self.rect()), self._pose)
        painter.end()
