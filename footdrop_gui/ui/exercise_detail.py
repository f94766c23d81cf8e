"""The detail pane: one exercise's drawing, dose, steps, tips and cautions, and its Start button."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from footdrop_gui.core.catalog import Catalog, Exercise
from footdrop_gui.core.describe import describe_prescription
from footdrop_gui.ui.illustration import IllustrationView
from footdrop_gui.ui.rich_text import bullet_html
from footdrop_gui.ui.theme import relative_font

translate = QCoreApplication.translate


def _label(text: str = "", *, rich: bool = False) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText if rich else Qt.TextFormat.PlainText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    return label


class Section(QWidget):
    """A heading over a block of text; hidden when there is nothing to say."""

    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.heading = _label(title)
        relative_font(self.heading, 1.2, bold=True)
        self.body = _label(rich=True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.body)

    def show_items(self, items: tuple[str, ...], numbered: bool = False) -> None:
        self.body.setText(bullet_html(items, numbered))
        self.body.setAccessibleName(f"{self.heading.text()}: " + " ".join(items))
        self.setVisible(bool(items))


class ExerciseDetail(QWidget):
    """Everything about the chosen exercise, under its name and Start button."""

    start_requested = Signal(str)
    visit_requested = Signal()

    def __init__(self, catalog: Catalog, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._catalog = catalog
        self._exercise: Exercise | None = None

        self.title = _label()
        relative_font(self.title, 1.7, bold=True)
        self.title.setAccessibleName(translate("ExerciseDetail", "Exercise name"))
        self.subtitle = _label()
        self.start_button = QPushButton(translate("ExerciseDetail", "Start"))
        self.start_button.setObjectName("primaryButton")
        relative_font(self.start_button, 1.3, bold=True)
        self.start_button.setMinimumSize(160, 56)
        self.start_button.clicked.connect(self._on_start)

        header = QGridLayout()
        header.addWidget(self.title, 0, 0)
        header.addWidget(self.subtitle, 1, 0)
        header.addWidget(self.start_button, 0, 1, 2, 1, Qt.AlignmentFlag.AlignVCenter)
        header.setColumnStretch(0, 1)

        # Drawn just after the window's first frame: the list beside them is clickable sooner.
        self.start_view = IllustrationView(blend=0.0, after_first_frame=True)
        self.end_view = IllustrationView(blend=1.0, after_first_frame=True)
        pictures = QHBoxLayout()
        captions = (
            (self.start_view, translate("ExerciseDetail", "Start", "the drawing of the start")),
            (self.end_view, translate("ExerciseDetail", "Then", "the drawing of the end")),
        )
        for view, caption in captions:
            column = QVBoxLayout()
            column.addWidget(view)
            text = _label(caption)
            text.setAlignment(Qt.AlignmentFlag.AlignHCenter)
            column.addWidget(text)
            pictures.addLayout(column)

        self.plan_heading = _label(translate("ExerciseDetail", "Your plan"))
        relative_font(self.plan_heading, 1.2, bold=True)
        self.plan = _label()
        relative_font(self.plan, 1.1)
        self.summary = _label()
        self.position = _label()
        self.steps = Section(translate("ExerciseDetail", "How to do it"))
        self.easier = Section(translate("ExerciseDetail", "To make it easier"))
        self.harder = Section(translate("ExerciseDetail", "To make it harder"))
        self.cautions = Section(translate("ExerciseDetail", "⚠ Take care"))
        self.cautions.setObjectName("cautionBox")
        self.muscles = Section(translate("ExerciseDetail", "Muscles it works"))
        self.equipment = Section(translate("ExerciseDetail", "You will need"))

        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 12, 12)
        column.addLayout(pictures)
        for widget in (self.summary, self.plan_heading, self.plan, self.position):
            column.addWidget(widget)
        for section in (self.steps, self.cautions, self.easier, self.harder):
            column.addWidget(section)
        for section in (self.equipment, self.muscles):
            column.addWidget(section)
        column.addStretch(1)
        self.scroller = QScrollArea()
        self.scroller.setWidget(body)
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.scroller.setAccessibleName(translate("ExerciseDetail", "Exercise details"))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 0, 0, 0)
        layout.addLayout(header)
        layout.addWidget(self.scroller, 1)

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Keep the drawings to about a third of the height, so the words show too."""
        cap = max(140, int(self.height() * 0.36))
        for view in (self.start_view, self.end_view):
            view.setMaximumHeight(cap)
        super().resizeEvent(event)

    @property
    def exercise(self) -> Exercise | None:
        return self._exercise

    def show_exercise(self, exercise: Exercise) -> None:
        self._exercise = exercise
        self.title.setText(exercise.name)
        category = self._catalog.category(exercise.category).name
        if exercise.variant_of:
            original = self._catalog.get(exercise.variant_of).name
            subtitle = translate("ExerciseDetail", "{category} · a variation of {exercise}")
            self.subtitle.setText(subtitle.format(category=category, exercise=original))
        else:
            self.subtitle.setText(category)
        self.summary.setText(exercise.summary)
        self.plan.setText(describe_prescription(exercise.prescription))
        self.position.setText(
            translate("ExerciseDetail", "Position: {position}.").format(position=exercise.position)
        )
        self.steps.show_items(exercise.steps, numbered=True)
        self.easier.show_items(exercise.easier)
        self.harder.show_items(exercise.harder)
        self.cautions.show_items(exercise.cautions)
        self.muscles.show_items(exercise.muscles)
        self.equipment.show_items(exercise.equipment)
        drawings = (
            (self.start_view, translate("ExerciseDetail", "Drawing of {exercise}: start position")),
            (self.end_view, translate("ExerciseDetail", "Drawing of {exercise}: end position")),
        )
        for view, name in drawings:
            view.set_exercise(exercise.id)
            view.setAccessibleName(name.format(exercise=exercise.name))
        if exercise.is_timed_session:
            self.start_button.setText(translate("ExerciseDetail", "Start"))
            start = translate("ExerciseDetail", "Start {exercise}")
            self.start_button.setAccessibleName(start.format(exercise=exercise.name))
            tip = translate("ExerciseDetail", "Follow {exercise} with the timer (Ctrl+Enter)")
            self.start_button.setToolTip(tip.format(exercise=exercise.name))
        else:
            self.start_button.setText(translate("ExerciseDetail", "Log a visit"))
            self.start_button.setAccessibleName(translate("ExerciseDetail", "Log a visit"))
            visit = translate(
                "ExerciseDetail",
                "Note a therapy visit, and questions for next time, in your history (Ctrl+L)",
            )
            self.start_button.setToolTip(visit)
        self.scroller.verticalScrollBar().setValue(0)

    def _on_start(self) -> None:
        if self._exercise is None:
            return
        if self._exercise.is_timed_session:
            self.start_requested.emit(self._exercise.id)
        else:
            self.visit_requested.emit()
