"""Which foot is affected? Asked on first run and changeable later (View menu)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from footdrop_gui.core.program import Side
from footdrop_gui.ui.theme import relative_font

# The labels are shown through self.tr when the dialog is made.
CHOICES = (
    ("left", QT_TRANSLATE_NOOP("SideQuestion", "My left foot")),
    ("right", QT_TRANSLATE_NOOP("SideQuestion", "My right foot")),
    ("both", QT_TRANSLATE_NOOP("SideQuestion", "Both feet")),
    ("unsure", QT_TRANSLATE_NOOP("SideQuestion", "I am not sure")),
)


def side_for(choice: str | None) -> Side:
    """The program's affected side: one foot, or BOTH when both or not sure."""
    return {"left": Side.LEFT, "right": Side.RIGHT}.get(choice or "", Side.BOTH)


class SideQuestion(QDialog):
    """Four big choices; exercises for one foot then start with the affected one."""

    def __init__(self, current: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Which foot is affected?"))
        heading = QLabel(self.tr("Which foot has foot drop?"))
        relative_font(heading, 1.5, bold=True)
        explain = QLabel(
            self.tr(
                "Exercises done one foot at a time will start with that foot, and your routine "
                "can give it extra sets. You can change this later in the View menu."
            )
        )
        explain.setWordWrap(True)
        self.group = QButtonGroup(self)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(explain)
        for number, (value, label) in enumerate(CHOICES):
            button = QRadioButton(self.tr(str(label)))
            button.setMinimumHeight(44)
            relative_font(button, 1.15)
            button.setChecked(value == (current or "unsure"))
            self.group.addButton(button, number)
            layout.addWidget(button)
        buttons = QDialogButtonBox()
        save = self.tr("Save")
        self.save_button = buttons.addButton(save, QDialogButtonBox.ButtonRole.AcceptRole)
        self.save_button.setObjectName("primaryButton")
        self.save_button.setMinimumHeight(48)
        self.save_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        self.setMinimumWidth(480)

    def choice(self) -> str:
        return CHOICES[max(0, self.group.checkedId())][0]
