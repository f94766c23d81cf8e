"""Drawing the exercise illustrations: one pose at a time, in the palette's colours.

Each SVG has a shared ``scene`` group, pose groups (``pose-start``, ``pose-end``, and a
``pose-mid`` where an in-between pose makes the movement read smoothly) and a ``motion``
arrow. The files use a fixed light palette; for a dark window the known colours
are rewritten before parsing, so one set of drawings serves both schemes.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QPointF, QRectF, QSize, QSizeF, Qt, QTimer
from PySide6.QtGui import QIcon, QPainter, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QSizePolicy, QWidget

from footdrop_gui import bundled
from footdrop_gui.ui.theme import is_dark

SCENE, POSE_START, POSE_END, MOTION = "scene", "pose-start", "pose-end", "motion"
POSE_MID = "pose-mid"
SUPPORT = "support"  # inside the scene: what a standing exercise holds on to
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


def app_icon() -> QIcon:
    pixmap = QPixmap()
    pixmap.loadFromData(QByteArray(bundled.icon_svg()), "SVG")
    return QIcon(pixmap)


def recolor_for_dark(svg: bytes) -> bytes:
    text = svg.decode("utf-8")
    for light, dark in DARK_SWAPS.items():
        text = text.replace(light, dark).replace(light.upper(), dark)
    return text.encode("utf-8")


def drawing_svg(exercise_id: str, dark: bool) -> bytes:
    """The drawing exactly as it is drawn in a scheme (the thumbnail cache keys on it)."""
    svg = bundled.illustration_svg(exercise_id)
    return recolor_for_dark(svg) if dark else svg


@cache
def renderer(exercise_id: str, dark: bool) -> QSvgRenderer:
    """A parsed drawing, shared by every view of the same exercise and scheme."""
    return QSvgRenderer(QByteArray(drawing_svg(exercise_id, dark)))


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


def paint_frame(
    painter: QPainter,
    svg: QSvgRenderer,
    area: QRectF,
    blend: float,
    show_motion: bool = True,
    mirrored: bool = False,
) -> None:
    """Draw the scene with the start pose cross-faded into the end pose (blend 0 to 1).

    The drawings show the right foot; mirrored=True shows the left one.
    """
    target = fit_rect(area)
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    _mirror(painter, target, mirrored)
    layers = [(SCENE, 1.0), *pose_layers(svg, blend)]
    if show_motion:
        layers.append((MOTION, 1.0))
    for element, opacity in layers:
        if opacity > 0.001 and svg.elementExists(element):
            painter.setOpacity(opacity)
            svg.render(painter, element, element_rect(svg, element, target))
    painter.restore()


def _mirror(painter: QPainter, target: QRectF, mirrored: bool) -> None:
    if mirrored:
        painter.translate(target.center().x() * 2, 0)
        painter.scale(-1, 1)


def _faded(pixmap: QPixmap, opacity: float) -> QPixmap:
    faded = QPixmap(pixmap.size())
    faded.setDevicePixelRatio(pixmap.devicePixelRatio())
    faded.fill(Qt.GlobalColor.transparent)
    painter = QPainter(faded)
    painter.setOpacity(opacity)
    painter.drawPixmap(0, 0, pixmap)
    painter.end()
    return faded


def pose_layers(svg: QSvgRenderer, blend: float) -> list[tuple[str, float]]:
    """The poses to draw for a blend from start (0) to end (1), each with its opacity.

    A cross-fade between two far-apart poses shows two ghosts half way; with a ``pose-mid``
    the movement passes through it, so the two poses seen at once are always close.
    """
    if not svg.elementExists(POSE_MID):
        return [(POSE_START, 1.0 - blend), (POSE_END, blend)]
    if blend <= 0.5:
        return [(POSE_START, 1.0 - 2 * blend), (POSE_MID, 2 * blend)]
    return [(POSE_MID, 2.0 - 2 * blend), (POSE_END, 2 * blend - 1.0)]


def pose_pixmap(
    exercise_id: str, size: QSize, dark: bool, blend: float = 1.0, ratio: float = 1.0
) -> QPixmap:
    """A transparent picture of a pose (blend 0 = start, 1 = end), sharp on high-DPI screens."""
    pixmap = QPixmap(size * ratio)
    pixmap.setDevicePixelRatio(ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    area = QRectF(0, 0, size.width(), size.height())
    paint_frame(painter, renderer(exercise_id, dark), area, blend)
    painter.end()
    return pixmap


def thumbnail_icon(exercise_id: str, size: QSize, dark: bool, ratio: float) -> QIcon:
    return QIcon(pose_pixmap(exercise_id, size, dark, 1.0, ratio))


class IllustrationView(QWidget):
    """An exercise drawing kept at 4:3, in the current palette's colours.

    blend moves between the start (0) and end (1) pose; the session screen animates it.
    after_first_frame: the window's first frame leaves it blank and it is drawn in the next
    one (~15 ms later), so the library's list beside it can be clicked that much sooner.
    """

    def __init__(
        self, blend: float = 0.0, parent: QWidget | None = None, after_first_frame: bool = False
    ) -> None:
        super().__init__(parent)
        self._wait_a_frame = after_first_frame
        self._exercise_id: str | None = None
        self._frame = (blend, False, True)
        # Each group drawn once at the current size; a moving frame only blends these.
        self._layers: dict[str, tuple[QPointF, QPixmap]] = {}
        self._layers_for: tuple[object, ...] = ()
        policy = QSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        policy.setHeightForWidth(True)
        self.setSizePolicy(policy)
        self.setMinimumSize(160, 120)

    def set_exercise(self, exercise_id: str | None) -> None:
        if exercise_id != self._exercise_id:
            self._exercise_id = exercise_id
            self.update()

    def set_frame(self, blend: float, mirrored: bool = False, show_motion: bool = True) -> None:
        """Redraw only when the picture would change."""
        frame = (round(blend, 3), mirrored, show_motion)
        if frame != self._frame:
            self._frame = frame
            self.update()

    def frame(self) -> tuple[float, bool, bool]:
        return self._frame

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return round(width / ASPECT)

    def sizeHint(self) -> QSize:
        return QSize(320, 240)

    def paintEvent(self, event: object) -> None:
        if self._exercise_id is None:
            return
        if self._wait_a_frame:
            self._wait_a_frame = False
            QTimer.singleShot(0, self, self.update)  # once this frame is on screen
            return
        dark = is_dark(self.palette())
        svg = renderer(self._exercise_id, dark)
        blend, mirrored, show_motion = self._frame
        target = fit_rect(QRectF(self.rect()))
        painter = QPainter(self)
        _mirror(painter, target, mirrored)
        painter.drawPixmap(*self._layer(svg, SCENE, dark))
        poses = [(e, o) for e, o in pose_layers(svg, blend) if o > 0.001]
        painter.drawPixmap(*self._dissolve(svg, poses, dark))
        if show_motion:
            painter.drawPixmap(*self._layer(svg, MOTION, dark))
        painter.end()

    def _dissolve(
        self, svg: QSvgRenderer, poses: list[tuple[str, float]], dark: bool
    ) -> tuple[QPointF, QPixmap]:
        """Two poses mixed as (1 - b) * one + b * other, so what they share stays solid.

        Painting one translucent pose over the other would leave both see-through half way.
        """
        if len(poses) == 1:
            return self._layer(svg, poses[0][0], dark)
        placed = [(*self._layer(svg, element, dark), opacity) for element, opacity in poses]
        box = QRectF()
        for at, pixmap, _ in placed:
            box = box.united(QRectF(at, pixmap.deviceIndependentSize()))
        ratio = self.devicePixelRatioF()
        mixed = QPixmap(box.size().toSize() * ratio)
        mixed.setDevicePixelRatio(ratio)
        mixed.fill(Qt.GlobalColor.transparent)
        painter = QPainter(mixed)
        (at, pixmap, opacity), (other_at, other, other_opacity) = placed
        painter.setOpacity(opacity)
        painter.drawPixmap(at - box.topLeft(), pixmap)
        # Plus adds the second pose; Qt applies opacity twice in that mode, so fade it first.
        painter.setOpacity(1.0)
        painter.setCompositionMode(QPainter.CompositionMode.CompositionMode_Plus)
        painter.drawPixmap(other_at - box.topLeft(), _faded(other, other_opacity))
        painter.end()
        return box.topLeft(), mixed

    def _layer(self, svg: QSvgRenderer, element: str, dark: bool) -> tuple[QPointF, QPixmap]:
        """One group of the drawing as a transparent picture, and where it goes in this view."""
        ratio = self.devicePixelRatioF()
        key = (self._exercise_id, self.size(), ratio, dark)
        if key != self._layers_for:
            self._layers, self._layers_for = {}, key
        if element not in self._layers:
            place = element_rect(svg, element, fit_rect(QRectF(self.rect())))
            box = place.toAlignedRect()
            pixmap = QPixmap(box.size() * ratio)
            pixmap.setDevicePixelRatio(ratio)
            pixmap.fill(Qt.GlobalColor.transparent)
            painter = QPainter(pixmap)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            svg.render(painter, element, place.translated(-QPointF(box.topLeft())))
            painter.end()
            self._layers[element] = (QPointF(box.topLeft()), pixmap)
        return self._layers[element]
