"""Pictures inside a document: charts and drawings painted with QPainter where they fall on
the page, so they stay lines and text in the PDF rather than pixels.

The document holds an empty image of the picture's size as a placeholder (Qt for Python
cannot give QTextDocument a handler of its own for custom objects); once the document is
laid out, each placeholder's place on its page says where to paint the picture.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (
    QImage,
    QPainter,
    QTextCursor,
    QTextDocument,
    QTextImageFormat,
    QTextLine,
)

Paint = Callable[[QPainter], None]
Placed = tuple[QRectF, QSizeF, Paint]


class Pictures:
    """The pictures of one document, each with its place in the text."""

    def __init__(self, doc: QTextDocument) -> None:
        self._doc = doc
        self._items: list[tuple[int, QSizeF, Paint]] = []  # position in the text, size
        blank = QImage(1, 1, QImage.Format.Format_ARGB32)
        blank.fill(Qt.GlobalColor.transparent)
        doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl("blank:"), blank)

    def insert(self, cursor: QTextCursor, size: QSizeF, paint: Callable[[QPainter], None]) -> None:
        """Leave room for a picture here; paint draws it (in a box of `size` from 0,0) when the
        page is painted. (A QPicture would be scaled again by the printer's resolution.)"""
        self._items.append((cursor.position(), size, paint))
        place = QTextImageFormat()
        place.setName("blank:")
        place.setWidth(size.width())
        place.setHeight(size.height())
        cursor.insertImage(place)

    def placed(self) -> list[Placed]:
        """Where each picture is in the laid-out document (in its own units)."""
        found = []
        for position, size, paint in self._items:
            block = self._doc.findBlock(position)
            lines = block.layout()
            offset = position - block.position()
            line = lines.lineForTextPosition(offset)
            corner = lines.position()  # in the document, page breaks included
            left = _x(line, offset)
            width = _x(line, offset + 1) - left
            height = size.height() * width / size.width()
            top = line.y() + line.ascent() - height
            found.append((QRectF(corner.x() + left, corner.y() + top, width, height), size, paint))
        return found


def _x(line: QTextLine, offset: int) -> float:
    """Where a character starts along its line (Qt for Python returns it with the offset)."""
    found: tuple[float, int] = line.cursorToX(offset)  # type: ignore[assignment]
    return found[0]


def paint_placed(painter: QPainter, placed: list[Placed], page: QRectF) -> None:
    """Paint the pictures that fall on this page (painter in document units)."""
    for rect, size, paint in placed:
        if not page.top() <= rect.center().y() < page.bottom():
            continue  # each picture belongs to the one page its middle is on
        painter.save()
        painter.translate(rect.topLeft())
        painter.scale(rect.width() / size.width(), rect.height() / size.height())
        paint(painter)
        painter.restore()
