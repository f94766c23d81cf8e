"""Text that does not fit where it is shown: a cut-off label, button, tab, menu or header."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtWidgets import (
    QAbstractButton,
    QHeaderView,
    QLabel,
    QMenuBar,
    QStyle,
    QTabBar,
    QWidget,
)

Problem = str


def shown(text: str) -> str:
    """A text as drawn: without the mnemonic's '&' (a doubled '&&' shows one)."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def clipped(top: QWidget) -> Iterator[Problem]:
    """Each visible widget of ``top`` whose text needs more room than it has."""
    for widget in [top, *top.findChildren(QWidget)]:
        if widget is not top and not widget.isVisibleTo(top):
            continue
        if isinstance(widget, QLabel):
            yield from label_problems(widget)
        elif isinstance(widget, QAbstractButton) and widget.text():
            need = widget.sizeHint().width()
            if need > widget.width():
                yield f"{describe(widget)} needs {need} px, has {widget.width()}"
        elif isinstance(widget, QTabBar):
            yield from tab_problems(widget)
        elif isinstance(widget, QMenuBar):
            yield from menu_bar_problems(widget)
        elif isinstance(widget, QHeaderView):
            yield from header_problems(widget)


def describe(widget: QWidget, text: str | None = None) -> str:
    name = widget.objectName()
    label = text if text is not None else shown(getattr(widget, "text", lambda: "")())
    return f"{type(widget).__name__}{'#' + name if name else ''} {label!r}"


def label_problems(label: QLabel) -> Iterator[Problem]:
    text = label.text()
    if not text or (label.pixmap() is not None and not label.pixmap().isNull()):
        return
    room = label.contentsRect().adjusted(label.margin(), label.margin(), -label.margin(),
                                         -label.margin())
    if label.wordWrap() or "<" in text:
        need = label.heightForWidth(label.width())
        if need > label.height():
            yield f"{describe(label)} needs {need} px high at its width, has {label.height()}"
        return
    metrics = label.fontMetrics()
    lines = text.split("\n")
    wide = max(metrics.horizontalAdvance(shown(line) if label.buddy() else line)
               for line in lines)
    if wide > room.width():
        yield f"{describe(label)} needs {wide} px, has {room.width()}"
    elif (high := metrics.height() * len(lines)) > room.height() + 1:
        yield f"{describe(label)} needs {high} px high, has {room.height()}"


def tab_problems(bar: QTabBar) -> Iterator[Problem]:
    pad = 2 * bar.style().pixelMetric(QStyle.PixelMetric.PM_TabBarTabHSpace, None, bar) // 2
    for index in range(bar.count()):
        text = shown(bar.tabText(index))
        rect = bar.tabRect(index)
        need = bar.fontMetrics().horizontalAdvance(text) + pad
        if need > rect.width() or not bar.rect().contains(rect):
            yield f"tab {text!r} needs {need} px, has {rect.width()} at x={rect.x()}"


def menu_bar_problems(bar: QMenuBar) -> Iterator[Problem]:
    for action in bar.actions():
        where = bar.actionGeometry(action)
        if action.isVisible() and (where.isEmpty() or not bar.rect().contains(where)):
            yield f"menu {shown(action.text())!r} does not fit the menu bar"


def header_problems(header: QHeaderView) -> Iterator[Problem]:
    margin = 2 * header.style().pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    model = header.model()
    for section in range(header.count()):
        if header.isSectionHidden(section):
            continue
        text = model.headerData(section, header.orientation())
        if not isinstance(text, str) or not text:
            continue
        need = header.fontMetrics().horizontalAdvance(text) + margin
        if need > header.sectionSize(section):
            yield f"{describe(header, text)} needs {need} px, has {header.sectionSize(section)}"
