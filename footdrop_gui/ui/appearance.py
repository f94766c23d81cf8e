"""View -> Appearance and View -> Text size: the colours and the size of all text, applied to
every screen and dialog at once and kept for the next start."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QObject
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QApplication, QMenu

from footdrop_gui.ui.settings import TEXT_SCALES, AppSettings
from footdrop_gui.ui.theme import Scheme, apply_scheme, apply_text_scale

translate = QCoreApplication.translate
SCHEME_NAMES = {  # translated when the menu is built
    Scheme.SYSTEM: str(QT_TRANSLATE_NOOP("Appearance", "Like my computer")),
    Scheme.LIGHT: str(QT_TRANSLATE_NOOP("Appearance", "Light")),
    Scheme.DARK: str(QT_TRANSLATE_NOOP("Appearance", "Dark")),
    Scheme.CONTRAST: str(QT_TRANSLATE_NOOP("Appearance", "High contrast")),
}


class Appearance(QObject):
    """The two View submenus, and what they change; "Like my computer" follows the system."""

    def __init__(self, settings: AppSettings, view_menu: QMenu) -> None:
        super().__init__(view_menu)
        self._settings = settings
        look = view_menu.addMenu(translate("Appearance", "&Appearance"))
        group = QActionGroup(self)
        self.scheme_actions: dict[Scheme, QAction] = {}
        for scheme, label in SCHEME_NAMES.items():
            action = look.addAction(translate("Appearance", label))
            action.setCheckable(True)
            action.setChecked(scheme is settings.scheme)
            action.triggered.connect(lambda _checked=False, s=scheme: self.set_scheme(s))
            group.addAction(action)
            self.scheme_actions[scheme] = action
        self._build_text_size_menu(view_menu)
        QGuiApplication.styleHints().colorSchemeChanged.connect(self._on_system_scheme_changed)

    def _build_text_size_menu(self, view_menu: QMenu) -> None:
        """View -> Text size: Normal, Large, Largest, with the usual zoom keys."""
        sizes = view_menu.addMenu(translate("Appearance", "&Text size"))
        group = QActionGroup(self)
        self.text_size_actions: dict[float, QAction] = {}
        names = (
            translate("Appearance", "&Normal"),
            translate("Appearance", "&Large"),
            translate("Appearance", "Lar&gest"),
        )
        keys = ("Ctrl+0", "", "")
        for scale, name, key in zip(TEXT_SCALES, names, keys, strict=True):
            action = sizes.addAction(name)
            action.setCheckable(True)
            action.setChecked(scale == self._settings.text_scale)
            action.setShortcut(QKeySequence(key))
            action.triggered.connect(lambda _checked=False, s=scale: self.set_text_scale(s))
            group.addAction(action)
            self.text_size_actions[scale] = action
        sizes.addSeparator()
        for name, keys_, step in (
            (translate("Appearance", "&Bigger text"), ("Ctrl++", "Ctrl+="), 1),
            (translate("Appearance", "&Smaller text"), ("Ctrl+-",), -1),
        ):
            action = sizes.addAction(name)
            action.setShortcuts([QKeySequence(k) for k in keys_])
            action.triggered.connect(lambda _checked=False, s=step: self.step_text_scale(s))

    def set_text_scale(self, scale: float) -> None:
        """A new text size for every screen and dialog at once, kept for the next start."""
        self._settings.text_scale = scale
        self.text_size_actions[scale].setChecked(True)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            apply_text_scale(app, scale)

    def step_text_scale(self, step: int) -> None:
        here = TEXT_SCALES.index(self._settings.text_scale)
        self.set_text_scale(TEXT_SCALES[min(max(here + step, 0), len(TEXT_SCALES) - 1)])

    def set_scheme(self, scheme: Scheme) -> None:
        self._settings.scheme = scheme
        self.scheme_actions[scheme].setChecked(True)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            self._settings.last_dark = apply_scheme(app, scheme)

    def _on_system_scheme_changed(self) -> None:
        if self._settings.scheme is Scheme.SYSTEM:
            self.set_scheme(Scheme.SYSTEM)
