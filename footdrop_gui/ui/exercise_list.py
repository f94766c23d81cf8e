"""The library list: exercises grouped by category, with thumbnails and a search box."""

from __future__ import annotations

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QFont, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from footdrop_gui.core.catalog import Catalog, Exercise
from footdrop_gui.ui.theme import is_dark
from footdrop_gui.ui.thumbnails import Thumbnails

THUMBNAIL = QSize(72, 54)
ID_ROLE = Qt.ItemDataRole.UserRole
SEARCH_ROLE = Qt.ItemDataRole.UserRole + 1

translate = QCoreApplication.translate


def child_items(parent: QTreeWidgetItem) -> list[QTreeWidgetItem]:
    return [item for i in range(parent.childCount()) if (item := parent.child(i)) is not None]


def search_text(exercise: Exercise, category_name: str) -> str:
    """Everything a person might type to find an exercise, lower-cased."""
    words = [
        exercise.name,
        exercise.summary,
        exercise.position,
        category_name,
        *exercise.muscles,
        *exercise.equipment,
    ]
    return " ".join(words).lower()


class WrappedNames(QStyledItemDelegate):
    """Rows as tall as their name wrapped at the list's width: a long name (Spanish, German,
    the largest text) gets a second line instead of being cut short."""

    def __init__(self, tree: QTreeWidget) -> None:
        super().__init__(tree)
        self._tree = tree

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        wrapped = QStyleOptionViewItem(option)
        # A rect with a height, or Qt measures the name as one line whatever the width.
        wrapped.rect = QRect(0, 0, self._tree.viewport().width(), 10_000)
        return super().sizeHint(wrapped, index)


class ExerciseList(QWidget):
    """Shows the catalog and reports which exercise the person picked."""

    exercise_selected = Signal(str)

    def __init__(
        self, catalog: Catalog, parent: QWidget | None = None, thumbnails: Thumbnails | None = None
    ) -> None:
        super().__init__(parent)
        self._catalog = catalog
        self._thumbnails = thumbnails or Thumbnails(None)  # drawn once, kept as files if given
        self.search = QLineEdit(placeholderText=translate("ExerciseList", "Search exercises"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(translate("ExerciseList", "Search exercises"))
        self.search.setToolTip(
            translate(
                "ExerciseList", "Type part of a name, a body part or a thing you need ({key})"
            ).format(key=QKeySequence(QKeySequence.StandardKey.Find).toString())
        )
        self.tree = QTreeWidget()
        self.tree.setHeaderHidden(True)
        self.tree.setRootIsDecorated(False)
        self.tree.setItemsExpandable(False)
        self.tree.setIconSize(THUMBNAIL)
        self.tree.setIndentation(0)
        self.tree.setUniformRowHeights(False)
        # A long name (Spanish, German) wraps to a second line beside its picture, never "…".
        self.tree.setWordWrap(True)
        self._names = WrappedNames(self.tree)  # kept: Qt does not own a delegate
        self.tree.setItemDelegate(self._names)
        self.tree.viewport().installEventFilter(self)  # a new width: rows measured again
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setAccessibleName(translate("ExerciseList", "Exercises"))
        self.empty_note = QLabel(wordWrap=True)
        self.empty_note.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty_note)
        self._items: dict[str, QTreeWidgetItem] = {}
        self._populate()
        self.search.textChanged.connect(self._apply_filter)
        self.search.installEventFilter(self)
        self.tree.currentItemChanged.connect(self._on_current_changed)

    def _populate(self) -> None:
        heading_font = QFont()  # bold only: the size follows the list's, at any text size
        heading_font.setBold(True)
        for category, exercises in self._catalog.grouped():
            heading = QTreeWidgetItem([category.name.upper()])
            # Headings are not choices: the cursor steps over them (see _on_current_changed).
            heading.setFlags(Qt.ItemFlag.ItemIsEnabled)
            heading.setFont(0, heading_font)
            heading.setToolTip(0, category.description)
            self.tree.addTopLevelItem(heading)
            for exercise in exercises:
                item = QTreeWidgetItem([exercise.name])
                item.setData(0, ID_ROLE, exercise.id)
                item.setToolTip(0, exercise.summary)
                item.setData(0, Qt.ItemDataRole.AccessibleDescriptionRole, exercise.summary)
                item.setData(0, SEARCH_ROLE, search_text(exercise, category.name))
                heading.addChild(item)
                self._items[exercise.id] = item
        self.tree.expandAll()
        self._refresh_colors()

    def _refresh_colors(self) -> None:
        """Thumbnails and heading colour follow the palette (light or dark drawings)."""
        dark = is_dark(self.palette())
        ratio = self.devicePixelRatioF()
        heading_brush = QBrush(self.palette().color(self.palette().ColorRole.WindowText))
        for heading in child_items(self.tree.invisibleRootItem()):
            heading.setForeground(0, heading_brush)
        for exercise_id, item in self._items.items():
            item.setIcon(0, self._thumbnails.icon(exercise_id, THUMBNAIL, dark, ratio))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.PaletteChange:
            self._refresh_colors()
        super().changeEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """From the search box, Down or Enter moves into the list; Escape clears the search."""
        if watched is self.tree.viewport() and event.type() == QEvent.Type.Resize:
            self.tree.doItemsLayout()
        elif (
            watched is self.search
            and isinstance(event, QKeyEvent)
            and (event.type() == QEvent.Type.KeyPress)
        ):
            if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._focus_list()
                return True
            if event.key() == Qt.Key.Key_Escape and self.search.text():
                self.search.clear()
                return True
        return super().eventFilter(watched, event)

    def _focus_list(self) -> None:
        current = self.tree.currentItem()
        if current is None or current.isHidden():
            visible = self.visible_ids()
            if visible:
                self.select(visible[0])
        self.tree.setFocus(Qt.FocusReason.TabFocusReason)

    def select(self, exercise_id: str) -> None:
        item = self._items[exercise_id]
        self.tree.setCurrentItem(item)
        self.tree.scrollToItem(item)

    def current_id(self) -> str | None:
        item = self.tree.currentItem()
        value = item.data(0, ID_ROLE) if item is not None else None
        return value if isinstance(value, str) else None

    def visible_ids(self) -> list[str]:
        return [eid for eid, item in self._items.items() if not item.isHidden()]

    def _on_current_changed(
        self, current: QTreeWidgetItem | None, previous: QTreeWidgetItem | None
    ) -> None:
        if current is None:
            return
        exercise_id = current.data(0, ID_ROLE)
        if isinstance(exercise_id, str):
            current.setSelected(True)
            self.exercise_selected.emit(exercise_id)
            return
        neighbour = self._exercise_beside(current, previous)
        if neighbour is not None:
            self.tree.setCurrentItem(neighbour)

    def _exercise_beside(
        self, heading: QTreeWidgetItem, previous: QTreeWidgetItem | None
    ) -> QTreeWidgetItem | None:
        """The exercise the cursor meant to reach when it landed on a heading."""
        rows = [
            item
            for top in child_items(self.tree.invisibleRootItem())
            for item in (top, *child_items(top))
            if not item.isHidden()
        ]
        here = rows.index(heading)
        came_from = rows.index(previous) if previous in rows else -1
        step = 1 if came_from < here else -1
        for direction in (step, -step):
            index = here + direction
            while 0 <= index < len(rows):
                if rows[index].parent() is not None:
                    return rows[index]
                index += direction
        return None

    def _apply_filter(self, text: str) -> None:
        words = text.lower().split()
        for heading in child_items(self.tree.invisibleRootItem()):
            any_shown = False
            for item in child_items(heading):
                haystack = str(item.data(0, SEARCH_ROLE))
                shown = all(word in haystack for word in words)
                item.setHidden(not shown)
                any_shown = any_shown or shown
            heading.setHidden(not any_shown)
        visible = self.visible_ids()
        self.empty_note.setVisible(not visible)
        self.empty_note.setText(
            translate(
                "ExerciseList",
                "No exercise matches “{search}”. Try a shorter word, or press Escape "
                "to see them all.",
            ).format(search=text.strip())
        )
        if visible and self.current_id() not in visible:
            self.select(visible[0])
