"""Lay a document out for a page, and paint its pages onto a PDF or a printer.

The document is laid out at a fixed 96 dots per inch whatever the screen, then each page is
painted with the painter scaled to the device's resolution (as QTextDocument.print does), so
a PDF and a printed page look the same on every machine. Each page ends with a footer
saying what the sheet is and "page 2 of 3", so loose sheets can be put back in order.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QLocale,
    QMarginsF,
    QRectF,
    QSizeF,
    Qt,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QImage,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPalette,
    QPdfWriter,
    QTextBlock,
    QTextCursor,
    QTextDocument,
    QTextFormat,
)

from footdrop_gui import APP_NAME
from footdrop_gui.storage.export import ExportError, replacing
from footdrop_gui.ui.report.objects import Pictures, paint_placed

LAYOUT_DPI = 96
MARGIN_MM = 16.0
FOOTER_GAP = 10.0  # between the text and the footer line, in layout pixels
FOOTER_POINTS = 11
_DOTS_PER_METRE = round(LAYOUT_DPI / 0.0254)


def page_size(locale: QLocale | None = None) -> QPageSize:
    """Letter where the person's locale measures in inches (the US), A4 elsewhere."""
    system = (locale or QLocale()).measurementSystem()
    us = system == QLocale.MeasurementSystem.ImperialUSSystem
    return QPageSize(QPageSize.PageSizeId.Letter if us else QPageSize.PageSizeId.A4)


def paper_palette() -> QPalette:
    """Black on white whatever the screen's scheme (a dark scheme's text would be white)."""
    palette = QPalette(QColor("white"))
    for role, color in (
        (QPalette.ColorRole.Base, "white"),
        (QPalette.ColorRole.Text, "black"),
        (QPalette.ColorRole.WindowText, "black"),
        (QPalette.ColorRole.Mid, "#9a9a9a"),
        (QPalette.ColorRole.PlaceholderText, "#444444"),
    ):
        palette.setColor(role, QColor(color))
    return palette


@cache
def layout_device() -> QImage:
    """A 96-dpi device for the document's layout: the same line breaks on every screen.
    One for the whole run: a layout keeps a pointer to its device."""
    image = QImage(1, 1, QImage.Format.Format_RGB32)
    image.setDotsPerMeterX(_DOTS_PER_METRE)
    image.setDotsPerMeterY(_DOTS_PER_METRE)
    return image


def new_document(points: float) -> QTextDocument:
    """An empty document laid out at 96 dpi, with a plain font of this size."""
    doc = QTextDocument()
    doc.documentLayout().setPaintDevice(layout_device())
    font = QFont("DejaVu Sans")
    font.setStyleHint(QFont.StyleHint.SansSerif)
    font.setPointSizeF(points)
    doc.setDefaultFont(font)
    doc.setDocumentMargin(0)
    return doc


def footer_height() -> float:
    return FOOTER_POINTS * LAYOUT_DPI / 72 * 1.6 + FOOTER_GAP


def prepare(device: QPagedPaintDevice, size: QPageSize) -> None:
    device.setPageLayout(
        QPageLayout(
            size,
            QPageLayout.Orientation.Portrait,
            QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
            QPageLayout.Unit.Millimeter,
        )
    )


def keep_headings_with_next(doc: QTextDocument) -> None:
    """A heading that would end a page starts the next one, above what it names."""
    page = doc.pageSize().height()
    moved = True
    while moved:
        moved = False
        doc.pageCount()  # lays the whole document out: positions below are current
        block = doc.begin()
        while block.isValid() and not moved:
            following = block.next()
            shape = block.blockFormat()
            alone = (
                shape.headingLevel()
                and following.isValid()
                and not shape.pageBreakPolicy()
                and _first_line_bottom(following) // page > _first_line_bottom(block) // page
            )
            if alone:
                shape.setPageBreakPolicy(QTextFormat.PageBreakFlag.PageBreak_AlwaysBefore)
                QTextCursor(block).setBlockFormat(shape)
                moved = True
            block = following


def _first_line_bottom(block: QTextBlock) -> float:
    """Where a block's first line ends, in the document (a margin above it is not text)."""
    lines = block.layout()
    if not lines.lineCount():
        return lines.position().y()
    line = lines.lineAt(0)
    return lines.position().y() + line.y() + line.height()


def paint_pages(
    doc: QTextDocument, pictures: Pictures | None, device: QPagedPaintDevice, footer: str
) -> int:
    """Lay doc out for device's page and paint every page; returns how many there were."""
    scale = device.logicalDpiX() / LAYOUT_DPI
    width, height = device.width() / scale, device.height() / scale
    doc.setPageSize(QSizeF(width, height - footer_height()))
    keep_headings_with_next(doc)
    pages = doc.pageCount()
    placed = pictures.placed() if pictures else []
    painter = QPainter()
    if not painter.begin(device):
        raise ExportError(
            QCoreApplication.translate(
                "ReportPages", "Cannot start the pages (the printer or file did not open)."
            )
        )
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    page_height = doc.pageSize().height()
    font = QFont(doc.defaultFont())
    font.setPixelSize(round(FOOTER_POINTS * LAYOUT_DPI / 72))
    for number in range(pages):
        if number:
            device.newPage()
        painter.save()
        painter.scale(scale, scale)
        painter.save()
        painter.translate(0, -number * page_height)
        page = QRectF(0, number * page_height, width, page_height)
        painter.setClipRect(page)
        context = QAbstractTextDocumentLayout.PaintContext()
        context.palette = paper_palette()  # not the screen's: dark text on white paper
        context.clip = page
        doc.documentLayout().draw(painter, context)
        painter.setClipping(False)
        paint_placed(painter, placed, page)
        painter.restore()
        line = QRectF(0, height - footer_height() + FOOTER_GAP, width, footer_height())
        painter.setPen(Qt.GlobalColor.black)
        painter.drawLine(line.topLeft(), line.topRight())
        painter.setFont(font)
        painter.drawText(line, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, footer)
        painter.drawText(
            line,
            Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
            QCoreApplication.translate("ReportPages", "page {page} of {pages}").format(
                page=number + 1, pages=pages
            ),
        )
        painter.restore()
    painter.end()
    return pages


Built = tuple[QTextDocument, Pictures | None]


def pdf_bytes(build: Callable[[], Built], title: str, footer: str) -> tuple[bytes, int]:
    """A whole PDF in memory (title and creator set), and its number of pages."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(title)
    writer.setCreator(APP_NAME)
    writer.setResolution(600)
    prepare(writer, page_size())
    pages = paint_pages(*build(), writer, footer)
    del writer  # finishes the file
    buffer.close()
    return bytes(data.data()), pages


def write_pdf(destination: Path, build: Callable[[], Built], title: str, footer: str) -> int:
    """Save the document as a PDF (0600, written whole or not at all); returns its pages.

    Raises ExportError with a calm message when the file cannot be written."""
    with replacing(destination, ".footdrop-pdf-") as out:
        data, pages = pdf_bytes(build, title, footer)
        out.write(data)
    return pages
