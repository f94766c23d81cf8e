"""The main window as a person uses it: pick, search, read, come back to the same place."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QWidget
from pytestqt.qtbot import QtBot

from footdrop_gui import __version__, bundled
from footdrop_gui.core.describe import describe_prescription
from footdrop_gui.storage.journal import Journal
from footdrop_gui.ui.dialogs import AboutDialog, SafetyNotice
from footdrop_gui.ui.main_window import MainWindow
from footdrop_gui.ui.settings import AppSettings
from footdrop_gui.ui.theme import Scheme, apply_body_font, apply_scheme, apply_text_scale, is_dark

CATALOG = bundled.catalog()


@pytest.fixture
def make_window(
    qapp: QApplication, qtbot: QtBot, data_dir: Path, journal: Journal
) -> Iterator[type[MainWindow]]:
    apply_body_font(qapp)
    apply_scheme(qapp, Scheme.LIGHT)

    def build() -> MainWindow:
        window = MainWindow(CATALOG, bundled.routines(), AppSettings(data_dir), data_dir, journal)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        return window

    yield build  # type: ignore[misc]
    apply_scheme(qapp, Scheme.LIGHT)
    apply_text_scale(qapp, 1.0)


@pytest.fixture
def window(make_window: type[MainWindow]) -> MainWindow:
    return make_window()  # type: ignore[call-arg]


def test_selecting_each_exercise_shows_its_details(window: MainWindow) -> None:
    detail = window.detail
    for exercise in CATALOG.exercises:
        window.library.select(exercise.id)
        assert detail.title.text() == exercise.name
        assert detail.plan.text() == describe_prescription(exercise.prescription)
        assert detail.summary.text() == exercise.summary
        assert detail.steps.body.text().count("<li") == len(exercise.steps)
        assert detail.cautions.body.text().count("<li") == len(exercise.cautions)
        assert detail.cautions.isVisible()
        assert detail.muscles.isVisible() == bool(exercise.muscles)
        assert detail.harder.isVisible() == bool(exercise.harder)


def test_library_groups_exercises_under_their_category(window: MainWindow) -> None:
    tree = window.library.tree
    headings = [tree.topLevelItem(i).text(0) for i in range(tree.topLevelItemCount())]
    assert headings[0] == "STRENGTH"
    assert headings[-1] == "THERAPY"
    strength = tree.topLevelItem(0)
    assert [strength.child(i).text(0) for i in range(strength.childCount())][:2] == [
        "Toe lifts",
        "Towel toe curls",
    ]


def test_start_is_offered_for_timed_exercises_only(window: MainWindow) -> None:
    window.library.select("toe-lifts")
    button = window.detail.start_button
    assert (button.text(), button.isEnabled()) == ("Start", True)
    window.library.select("physical-therapy")
    assert (button.text(), button.isEnabled()) == ("Log a visit", True)
    button.click()  # opens History on its therapy visits, ready to note one
    assert window.pages.currentWidget() is window.history
    assert window.history.tabs.currentWidget() is window.history.visits_page
    assert window.history.visits.note.hasFocus()


def test_search_filters_and_explains_an_empty_result(window: MainWindow, qtbot: QtBot) -> None:
    qtbot.keyClicks(window.library.search, "band")
    assert window.library.visible_ids() == [
        "band-dorsiflexion-seated",
        "band-dorsiflexion-standing",
    ]
    assert window.detail.title.text() == "Seated band pull"
    window.library.search.clear()
    qtbot.keyClicks(window.library.search, "shin")
    assert "toe-lifts" in window.library.visible_ids()
    window.library.search.clear()
    qtbot.keyClicks(window.library.search, "trampoline")
    assert window.library.visible_ids() == []
    assert window.library.empty_note.isVisible()
    assert "trampoline" in window.library.empty_note.text()
    qtbot.keyClick(window.library.search, Qt.Key.Key_Escape)
    assert len(window.library.visible_ids()) == len(CATALOG.exercises)
    assert not window.library.empty_note.isVisible()


def test_keyboard_alone_reaches_search_list_and_next_exercise(
    window: MainWindow, qtbot: QtBot
) -> None:
    window.library.select("toe-lifts")
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.library.search.hasFocus()
    qtbot.keyClicks(window.library.search, "stretch")
    first, second = window.library.visible_ids()[:2]
    qtbot.keyClick(window.library.search, Qt.Key.Key_Down)
    assert window.library.tree.hasFocus()
    assert window.detail.title.text() == CATALOG.get(first).name
    qtbot.keyClick(window.library.tree, Qt.Key.Key_Down)
    assert window.detail.title.text() == CATALOG.get(second).name


def test_arrow_keys_step_over_category_headings(window: MainWindow, qtbot: QtBot) -> None:
    window.library.select("band-dorsiflexion-standing")  # the last strength exercise
    window.library.tree.setFocus()
    qtbot.keyClick(window.library.tree, Qt.Key.Key_Down)
    assert window.library.current_id() == "ankle-circles"
    qtbot.keyClick(window.library.tree, Qt.Key.Key_Up)
    assert window.library.current_id() == "band-dorsiflexion-standing"
    window.library.select("toe-lifts")
    qtbot.keyClick(window.library.tree, Qt.Key.Key_Up)  # nothing above but a heading
    assert window.library.current_id() == "toe-lifts"


def test_window_remembers_size_position_and_exercise(
    make_window: type[MainWindow],
) -> None:
    first = make_window()  # type: ignore[call-arg]
    first.resize(1100, 650)
    first.library.select("ice-pack")
    first.close()
    second = make_window()  # type: ignore[call-arg]
    assert (second.width(), second.height()) == (1100, 650)
    assert second.detail.title.text() == "Ice pack"


def _answer_next_dialog(action: str) -> None:
    def act() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QDialog)
        if action == "accept":
            assert isinstance(dialog, SafetyNotice)
            dialog.accept_button.click()
        else:
            dialog.reject()

    QTimer.singleShot(0, act)


def test_safety_notice_is_shown_until_acknowledged(window: MainWindow, data_dir: Path) -> None:
    settings = AppSettings(data_dir)
    assert not settings.safety_acknowledged
    _answer_next_dialog("escape")
    window.questions.show_safety_notice_if_needed()
    assert not AppSettings(data_dir).safety_acknowledged
    _answer_next_dialog("accept")
    window.questions.show_safety_notice_if_needed()
    assert AppSettings(data_dir).safety_acknowledged


def _words_on(widget: QWidget) -> str:
    """All the text a person (or a screen reader) finds on a widget's labels."""
    return " ".join(
        f"{label.text()} {label.accessibleName()}" for label in widget.findChildren(QLabel)
    )


def test_safety_notice_lists_every_caution(qapp: QApplication, qtbot: QtBot) -> None:
    notice = SafetyNotice(CATALOG, first_run=True)
    qtbot.addWidget(notice)
    assert notice.windowTitle() == "Before you start"
    for caution in CATALOG.safety:
        assert caution in _words_on(notice)


def test_about_shows_version_data_folder_and_source(
    qapp: QApplication, qtbot: QtBot, data_dir: Path
) -> None:
    about = AboutDialog(CATALOG, data_dir)
    qtbot.addWidget(about)
    words = _words_on(about)
    for expected in (__version__, str(data_dir), CATALOG.source_title, CATALOG.about[0]):
        assert expected in words
    assert [about.tabs.tabText(i) for i in range(about.tabs.count())] == [
        "This app",
        "About foot drop",
        "Safety",
    ]


def test_appearance_menu_switches_to_dark_and_is_remembered(
    window: MainWindow, qapp: QApplication, data_dir: Path
) -> None:
    window.menus.appearance.scheme_actions[Scheme.DARK].trigger()
    assert is_dark(qapp.palette())
    assert AppSettings(data_dir).scheme is Scheme.DARK


def _visible_fonts(root: QWidget) -> dict[QWidget, float]:
    return {w: w.font().pointSizeF() for w in root.findChildren(QWidget) if w.isVisible()}


def test_text_size_menu_changes_every_font_at_once_and_is_kept(
    window: MainWindow, qapp: QApplication, data_dir: Path, qtbot: QtBot
) -> None:
    before = _visible_fonts(window)
    heading = window.detail.title.font().pointSizeF()
    assert window.menus.appearance.text_size_actions[1.0].isChecked()
    window.menus.appearance.text_size_actions[1.6].trigger()
    after = _visible_fonts(window)
    grown = [w for w in before if after[w] == pytest.approx(before[w] * 1.6, rel=0.02)]
    assert len(grown) == len(before), [type(w).__name__ for w in before if w not in grown]
    assert window.detail.title.font().pointSizeF() == pytest.approx(heading * 1.6, rel=0.02)
    assert qapp.font().pointSizeF() == pytest.approx(14 * 1.6)
    assert AppSettings(data_dir).text_scale == 1.6
    # The keys step it down again, and Ctrl+0 goes back to Normal.
    qtbot.keyClick(window, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert AppSettings(data_dir).text_scale == 1.3
    qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert qapp.font().pointSizeF() == pytest.approx(14)
    assert window.detail.title.font().pointSizeF() == pytest.approx(heading)


def test_a_kept_text_size_is_used_at_the_next_start(
    make_window: type[MainWindow], qapp: QApplication, data_dir: Path
) -> None:
    AppSettings(data_dir).text_scale = 1.3
    window = make_window()  # type: ignore[call-arg]
    assert window.menus.appearance.text_size_actions[1.3].isChecked()
    assert qapp.font().pointSizeF() == pytest.approx(14 * 1.3)


def test_high_contrast_is_offered_and_remembered(
    window: MainWindow, qapp: QApplication, data_dir: Path
) -> None:
    window.menus.appearance.scheme_actions[Scheme.CONTRAST].trigger()
    assert qapp.palette().color(qapp.palette().ColorRole.Window).name() == "#000000"
    assert AppSettings(data_dir).scheme is Scheme.CONTRAST
    assert AppSettings(data_dir).opening_dark()  # the opening window is dark too


@pytest.mark.parametrize("page", ["history", "routines"])
def test_escape_goes_back_to_the_exercises(window: MainWindow, qtbot: QtBot, page: str) -> None:
    (window.show_history if page == "history" else window.show_routines)()
    assert window.pages.currentWidget() is not window.library_page
    qtbot.keyClick(window.pages.currentWidget(), Qt.Key.Key_Escape)
    assert window.pages.currentWidget() is window.library_page
    # On the library page Escape still clears the search box, as before.
    window.library.search.setText("band")
    qtbot.keyClick(window.library.search, Qt.Key.Key_Escape)
    assert window.library.search.text() == ""


@pytest.mark.parametrize("page", ["library", "history", "routines"])
def test_f11_toggles_full_screen_on_every_page(window: MainWindow, qtbot: QtBot, page: str) -> None:
    {"library": window.show_library, "history": window.show_history}.get(
        page, window.show_routines
    )()
    qtbot.keyClick(window.pages.currentWidget(), Qt.Key.Key_F11)
    assert window.windowState() & Qt.WindowState.WindowFullScreen
    qtbot.keyClick(window.pages.currentWidget(), Qt.Key.Key_F11)
    assert not window.windowState() & Qt.WindowState.WindowFullScreen


def test_every_menu_action_with_a_key_shows_it(window: MainWindow) -> None:
    for menu_action in window.menuBar().actions():
        menu = menu_action.menu()
        assert menu is not None
        for action in menu.actions():
            if action.isSeparator() or action.menu():
                continue
            assert action.text(), menu_action.text()
    keys = {
        a.shortcut().toString() for a in window.findChildren(QAction) if not a.shortcut().isEmpty()
    }
    assert {"Esc", "F11", "Ctrl+H", "Ctrl+L", "Ctrl+0", "Ctrl+R"} <= keys


def test_tab_goes_through_the_library_in_reading_order(window: MainWindow, qtbot: QtBot) -> None:
    window.library_page.daily_button.setFocus()
    seen = []
    for _ in range(7):
        seen.append(QApplication.focusWidget())
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    assert seen == [
        window.library_page.daily_button,
        window.library_page.routines_button,
        window.library_page.history_button,
        window.library.search,
        window.library.tree,
        window.detail.start_button,
        window.detail.scroller,
    ]
