"""The library's thumbnails, drawn from the SVG once and kept as PNG files in the data
folder's cache, so that a start reads a few small pictures instead of drawing them.

A file is named by a hash of everything that makes its pixels: the drawing exactly as drawn
in the scheme (its dark colours swapped in), the pixel size and ratio, Qt's version and
RENDERING (raise it when the way a thumbnail is drawn changes). A new drawing, size, screen
or scheme therefore finds no file and draws its own; a stale picture cannot be shown. The
pictures have no words, so a language change does not touch them.
"""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QCryptographicHash, QIODevice, QSize, qVersion
from PySide6.QtGui import QIcon, QImage, QPixmap

from footdrop_gui.storage.cache_files import prune_cached, read_cached, write_cached
from footdrop_gui.ui.illustration import drawing_svg, pose_pixmap

RENDERING = 1  # the way thumbnail pixels are made (the end pose of illustration.paint_frame)
OURS = re.compile(r"thumbnail-[0-9a-f]{32}\.png")
# About 16 full sets of pictures (light, dark, high contrast, two screens, a Qt update...),
# some 0.7 MB; beyond that the oldest go when a new one is drawn.
KEEP_FILES = 240


class Thumbnails:
    """Thumbnail icons by exercise; folder None keeps them in memory only (nothing written)."""

    def __init__(self, folder: Path | None) -> None:
        self._folder = folder
        self._made: dict[str, QIcon] = {}
        self.drawn = 0  # how many were drawn from the SVG rather than read back

    def icon(self, exercise_id: str, size: QSize, dark: bool, ratio: float) -> QIcon:
        name = file_name(exercise_id, size, dark, ratio)
        if name not in self._made:
            self._made[name] = QIcon(self._pixmap(name, exercise_id, size, dark, ratio))
        return self._made[name]

    def _pixmap(
        self, name: str, exercise_id: str, size: QSize, dark: bool, ratio: float
    ) -> QPixmap:
        if self._folder is not None:
            data = read_cached(self._folder, name)
            image = QImage()
            if data and image.loadFromData(data, "PNG") and image.size() == size * ratio:
                pixmap = QPixmap.fromImage(image)
                pixmap.setDevicePixelRatio(ratio)
                return pixmap
        pixmap = pose_pixmap(exercise_id, size, dark, 1.0, ratio)
        self.drawn += 1
        if self._folder is not None and write_cached(self._folder, name, png_bytes(pixmap)):
            prune_cached(self._folder, OURS, KEEP_FILES)
        return pixmap


def file_name(exercise_id: str, size: QSize, dark: bool, ratio: float) -> str:
    """The cache file of one thumbnail: a hash of everything its pixels depend on (Qt's
    SHA-256: hashlib would load OpenSSL, 3 ms of the start)."""
    digest = QCryptographicHash(QCryptographicHash.Algorithm.Sha256)
    digest.addData(drawing_svg(exercise_id, dark))
    scheme = "dark" if dark else "light"
    digest.addData(
        f"{scheme}|{size.width()}x{size.height()}@{ratio}|{qVersion()}|{RENDERING}".encode()
    )
    return f"thumbnail-{digest.result().toHex().toStdString()[:32]}.png"


def png_bytes(pixmap: QPixmap) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    pixmap.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())
