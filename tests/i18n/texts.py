"""Every word a person can see or hear from a screen: texts, titles, tooltips, accessible
names and descriptions, placeholders, tabs, headers and cells, combo items, menus."""

from __future__ import annotations

from collections.abc import Iterator

from PySide6.QtCore import (
    QAbstractItemModel,
    QAbstractListModel,
    QAbstractTableModel,
    QModelIndex,
    Qt,
)
from PySide6.QtGui import QAction, QTextDocumentFragment
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QMenuBar,
    QPlainTextEdit,
    QProgressBar,
    QSpinBox,
    QTabBar,
    QTextEdit,
    QWidget,
)

from footdrop_gui.ui.chart_canvas import ChartCanvas

Found = tuple[str, str]  # (the widget's class and object name, a text it shows)
ROLES = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
         Qt.ItemDataRole.AccessibleTextRole)


def plain(text: str) -> str:
    """Rich text as it reads on screen."""
    if "<" in text and ">" in text:
        return QTextDocumentFragment.fromHtml(text).toPlainText()
    return text


def where(widget: QWidget | QAction) -> str:
    name = widget.objectName()
    return f"{type(widget).__name__}{'#' + name if name else ''}"


def shown_texts(top: QWidget) -> Iterator[Found]:
    """Every text of ``top`` and its descendants on screen now (menus: all their entries)."""
    yield where(top), top.windowTitle()
    for widget in [top, *top.findChildren(QWidget)]:
        if widget is not top and not widget.isVisibleTo(top):
            continue
        if isinstance(widget, QMenu) or isinstance(widget.parent(), QAbstractSpinBox):
            continue  # read with the menu bar; a spin box's own field, with the spin box
        for text in (widget.toolTip(), widget.accessibleName(), widget.accessibleDescription(),
                     widget.whatsThis(), *own_texts(widget)):
            if text:
                yield where(widget), plain(text)
        if isinstance(widget, QMenuBar):
            yield from menu_texts(widget.actions())


def own_texts(widget: QWidget) -> Iterator[str]:
    if isinstance(widget, QLabel | QAbstractButton):
        yield widget.text()
    if isinstance(widget, QLineEdit):
        yield widget.text()
        yield widget.placeholderText()
    if isinstance(widget, QPlainTextEdit | QTextEdit):
        yield widget.placeholderText()
        yield widget.toPlainText()
    if isinstance(widget, QGroupBox):
        yield widget.title()
    if isinstance(widget, QAbstractSpinBox):
        yield widget.specialValueText()
    if isinstance(widget, QSpinBox):
        yield widget.prefix()
        yield widget.suffix()
    if isinstance(widget, QProgressBar) and widget.isTextVisible():
        yield widget.text()
    if isinstance(widget, QComboBox):
        yield from (widget.itemText(i) for i in range(widget.count()))
    if isinstance(widget, QTabBar):
        for i in range(widget.count()):
            yield widget.tabText(i)
            yield widget.tabToolTip(i)
    if isinstance(widget, QHeaderView):
        yield from header_texts(widget)
    elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
        yield from model_texts(widget.model())
    if isinstance(widget, ChartCanvas):
        yield from widget.legend_names()


def header_texts(header: QHeaderView) -> Iterator[str]:
    model = header.model()
    for section in range(header.count()):
        if not header.isSectionHidden(section):
            for role in ROLES:
                value = model.headerData(section, header.orientation(), role)
                if isinstance(value, str):
                    yield value


def model_texts(model: QAbstractItemModel, parent: QModelIndex | None = None) -> Iterator[str]:
    """Cells (display, tooltip, spoken) and child rows of a list, table or tree."""
    parent = parent or QModelIndex()
    flat = isinstance(model, QAbstractListModel | QAbstractTableModel)
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(parent)
    for row in range(model.rowCount(parent)):
        for column in range(columns):
            index = model.index(row, column, parent)
            for role in ROLES:
                value = model.data(index, role)
                if isinstance(value, str):
                    yield value
            if not flat and column == 0 and model.rowCount(index) > 0:
                yield from model_texts(model, index)


def menu_texts(actions: list[QAction]) -> Iterator[Found]:
    """An entry's words, and its tooltip unless Qt made it from those words."""
    for action in actions:
        text = action.text()
        made = text.replace("&", "").rstrip("…")
        for shown in (text, action.toolTip() if action.toolTip() != made else "",
                      action.statusTip()):
            if shown:
                yield where(action), shown
        menu = action.menu()
        if isinstance(menu, QMenu):
            yield from menu_texts(menu.actions())
