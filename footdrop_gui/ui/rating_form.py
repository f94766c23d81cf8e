"""How a session felt: pain before and after (0-10), how hard it was, and a note. All optional."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QHBoxLayout,
    QPlainTextEdit,
    QRadioButton,
    QSpinBox,
    QWidget,
)

from footdrop_gui.storage.journal import EFFORTS, Rating

# Shown through translate("RatingForm", ...) when the form is made.
EFFORT_LABELS = {
    "easy": QT_TRANSLATE_NOOP("RatingForm", "Easy"),
    "about-right": QT_TRANSLATE_NOOP("RatingForm", "About right"),
    "hard": QT_TRANSLATE_NOOP("RatingForm", "Hard"),
}
NOT_NOTED = -1


def _pain_box(name: str) -> QSpinBox:
    box = QSpinBox()
    box.setRange(NOT_NOTED, 10)
    box.setSpecialValueText(QCoreApplication.translate("RatingForm", "Not noted"))
    box.setValue(NOT_NOTED)
    box.setMinimumHeight(44)
    box.setMinimumWidth(140)
    box.setAccessibleName(name)
    scale = QCoreApplication.translate(
        "RatingForm", "0 means no pain, 10 the worst pain you can imagine"
    )
    box.setToolTip(scale)
    return box


class RatingForm(QWidget):
    """Edits a Rating; nothing has to be filled in."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.pain_before = _pain_box(self.tr("Pain before, 0 to 10"))
        self.pain_after = _pain_box(self.tr("Pain after, 0 to 10"))
        self.effort = QButtonGroup(self)
        self.effort.setExclusive(False)  # so a second click can clear the answer
        effort_row = QHBoxLayout()
        for number, effort in enumerate(EFFORTS):
            button = QRadioButton(self.tr(str(EFFORT_LABELS[effort])))
            button.setMinimumHeight(44)
            self.effort.addButton(button, number)
            effort_row.addWidget(button)
        effort_row.addStretch(1)
        self.effort.buttonToggled.connect(self._only_one)
        self.note = QPlainTextEdit()
        self.note.setPlaceholderText(self.tr("Anything to remember, or to tell your therapist"))
        self.note.setAccessibleName(self.tr("Note"))
        self.note.setTabChangesFocus(True)
        self.note.setMaximumHeight(90)
        form = QFormLayout(self)
        form.addRow(self.tr("Pain before (0 to 10)"), self.pain_before)
        form.addRow(self.tr("Pain after (0 to 10)"), self.pain_after)
        form.addRow(self.tr("How hard did it feel?"), effort_row)
        form.addRow(self.tr("Note"), self.note)

    def _only_one(self, button: QRadioButton, checked: bool) -> None:
        if checked:
            for other in self.effort.buttons():
                if other is not button:
                    other.setChecked(False)

    def rating(self) -> Rating:
        chosen = self.effort.checkedId()
        return Rating(
            pain_before=None if self.pain_before.value() == NOT_NOTED else self.pain_before.value(),
            pain_after=None if self.pain_after.value() == NOT_NOTED else self.pain_after.value(),
            effort=EFFORTS[chosen] if chosen >= 0 else None,
            note=self.note.toPlainText().strip(),
        )

    def set_rating(self, rating: Rating | None) -> None:
        rating = rating or Rating()
        self.pain_before.setValue(NOT_NOTED if rating.pain_before is None else rating.pain_before)
        self.pain_after.setValue(NOT_NOTED if rating.pain_after is None else rating.pain_after)
        for number, button in enumerate(self.effort.buttons()):
            button.setChecked(rating.effort == EFFORTS[number])
        self.note.setPlainText(rating.note)
