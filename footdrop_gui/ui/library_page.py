"""The first page: the daily routine's big button and the ways to your routines and history,
above the exercise library beside the chosen exercise's details."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from footdrop_gui.core.catalog import Catalog
from footdrop_gui.core.describe import duration
from footdrop_gui.ui.exercise_detail import ExerciseDetail
from footdrop_gui.ui.exercise_list import ExerciseList
from footdrop_gui.ui.theme import relative_font
from footdrop_gui.ui.thumbnails import Thumbnails
from footdrop_gui.ui.top_bar import TopBar

translate = QCoreApplication.translate


class LibraryPage(QWidget):
    """Choose an exercise on the left, read about it on the right; the day's routine on top."""

    def __init__(
        self, catalog: Catalog, parent: QWidget | None = None, thumbnails: Thumbnails | None = None
    ) -> None:
        super().__init__(parent)
        self._known = {exercise.id for exercise in catalog.exercises}
        self._first = catalog.exercises[0].id
        self.library = ExerciseList(catalog, thumbnails=thumbnails)
        self.detail = ExerciseDetail(catalog)
        self.splitter = QSplitter()
        self.splitter.addWidget(self.library)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)
        self.library.setMinimumWidth(260)
        self.detail.setMinimumWidth(480)
        self.daily_button = QPushButton(translate("LibraryPage", "▶  Start my daily routine"))
        self.daily_button.setObjectName("primaryButton")
        self.daily_button.setAccessibleName(translate("LibraryPage", "Start my daily routine"))
        relative_font(self.daily_button, 1.3, bold=True)
        self.daily_button.setMinimumHeight(56)
        self.daily_length = QLabel(wordWrap=True)  # a long routine name wraps on a small screen
        self.routines_button = QPushButton(translate("LibraryPage", "Your routines"))
        self.routines_button.setMinimumHeight(56)
        relative_font(self.routines_button, 1.15)
        self.routines_button.setToolTip(
            translate("LibraryPage", "Make your own routine, or open one from your therapist")
        )
        self.history_button = QPushButton(translate("LibraryPage", "Your history"))
        self.history_button.setMinimumHeight(56)
        relative_font(self.history_button, 1.15)
        self.history_button.setToolTip(
            translate("LibraryPage", "Look back at your sessions and progress (Ctrl+H)")
        )
        self.top_bar = TopBar(
            (
                (self.daily_button,),
                (self.daily_length,),
                (self.routines_button, self.history_button),  # these two stay together
            ),
            self.daily_length,
            self,
        )
        page_layout = QVBoxLayout(self)
        page_layout.setContentsMargins(12, 12, 12, 0)
        page_layout.addWidget(self.top_bar)
        page_layout.addWidget(self.splitter, 1)
        tab_order = (
            self.daily_button,
            self.routines_button,
            self.history_button,
            self.library.search,
            self.library.tree,
            self.detail.start_button,
            self.detail.scroller,
        )
        for before, after in pairwise(tab_order):
            QWidget.setTabOrder(before, after)

    def open_on(self, exercise_id: str | None) -> None:
        """Choose the exercise looked at last time, or the first one if it is gone."""
        self.library.select(exercise_id if exercise_id in self._known else self._first)

    def show_daily(self, name: str, seconds: float) -> None:
        """The daily routine's name and length, to the nearest minute."""
        length = duration(60 * round(seconds / 60))
        self.daily_length.setText(
            translate("LibraryPage", "{routine}, about {length}").format(
                routine=name, length=length
            )
        )
        self.daily_button.setToolTip(
            translate("LibraryPage", "Start “{routine}” (Ctrl+R)").format(routine=name)
        )
