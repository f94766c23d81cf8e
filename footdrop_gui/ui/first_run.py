"""The questions the app puts to the person: the safety advice, which foot is affected, and a
word when settings cannot be kept. At a start they come in that order, once the window is up,
then any notice about the history."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from footdrop_gui.core.catalog import Catalog
from footdrop_gui.cues.cue_settings import CueSettings
from footdrop_gui.ui.dialogs import tell
from footdrop_gui.ui.settings import AppSettings
from footdrop_gui.ui.side_question import SideQuestion

translate = QCoreApplication.translate


class Questions:
    """Asked at the first start, and again whenever the person chooses to from the menus."""

    def __init__(
        self, settings: AppSettings, sound: CueSettings, catalog: Catalog, window: QWidget
    ) -> None:
        self._settings = settings
        self._sound = sound
        self._catalog = catalog
        self._window = window

    def greet(self, notice: str | None, damaged: bool, backups: Callable[[str], None]) -> None:
        """The first questions, then the history's notice (with the backups when damaged)."""
        self.tell_settings_problem()
        self.show_safety_notice_if_needed()
        if self._settings.affected_side is None:
            self.ask_affected_side()
        self.tell_settings_problem()  # saving the answers may be what failed
        if notice and damaged:
            backups(notice)
        elif notice:
            tell(self._window, translate("Questions", "About your history"), notice)

    def show_safety_notice(self, first_run: bool) -> None:
        from footdrop_gui.ui.dialogs import SafetyNotice

        dialog = SafetyNotice(self._catalog, first_run, self._window)
        if dialog.exec() == SafetyNotice.DialogCode.Accepted:
            self._settings.acknowledge_safety()

    def show_safety_notice_if_needed(self) -> None:
        if not self._settings.safety_acknowledged:
            self.show_safety_notice(first_run=True)

    def ask_affected_side(self) -> None:
        question = SideQuestion(self._settings.affected_side, self._window)
        if question.exec() == SideQuestion.DialogCode.Accepted:
            self._settings.affected_side = question.choice()

    def tell_settings_problem(self) -> None:
        """Settings that cannot be read or kept are said once, not met as questions that
        silently come back at every start."""
        said = self._settings.notice(self._sound.save_failed)
        if said:
            tell(self._window, translate("Questions", "Your settings"), said)
