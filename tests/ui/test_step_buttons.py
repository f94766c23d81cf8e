"""The minus and plus buttons of number, pain and time fields are big enough to hit (44 px,
the UX guide's smallest target) in every scheme: a 10 px arrow is missed by a shaking hand."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QSpinBox,
    QStyle,
    QStyleOptionSpinBox,
    QTimeEdit,
)
from pytestqt.qtbot import QtBot

from footdrop_gui.ui.theme import Scheme, apply_scheme

SubControl = QStyle.SubControl


@pytest.fixture(params=[Scheme.LIGHT, Scheme.DARK, Scheme.CONTRAST])
def scheme(qapp: QApplication, request: pytest.FixtureRequest) -> Iterator[Scheme]:
    apply_scheme(qapp, request.param)
    yield request.param
    apply_scheme(qapp, Scheme.LIGHT)


@pytest.mark.parametrize("kind", [QSpinBox, QTimeEdit])
def test_both_step_buttons_are_44_pixels_wide_and_tall(
    qtbot: QtBot, scheme: Scheme, kind: type[QAbstractSpinBox]
) -> None:
    field = kind()
    qtbot.addWidget(field)
    field.show()
    option = QStyleOptionSpinBox()
    field.initStyleOption(option)
    for part in (SubControl.SC_SpinBoxUp, SubControl.SC_SpinBoxDown):
        rect = field.style().subControlRect(QStyle.ComplexControl.CC_SpinBox, option, part, field)
        assert rect.width() >= 44 and rect.height() >= 44, (kind.__name__, part, rect)
