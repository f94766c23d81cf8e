"""The safety notice shown on first run, and the About dialog."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFrame,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from footdrop_gui import APP_NAME, __version__
from footdrop_gui.core.catalog import Catalog
from footdrop_gui.ui.rich_text import bullet_html, paragraphs_html
from footdrop_gui.ui.scroll_page import scrolling
from footdrop_gui.ui.theme import relative_font

translate = QCoreApplication.translate


def _text(html: str) -> QLabel:
    label = QLabel(html)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
    label.setOpenExternalLinks(False)
    label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
    return label


def accept_cancel(dialog: QDialog, accept_text: str) -> QDialogButtonBox:
    """The usual button row: a named accept button (the default) and Cancel, both wired."""
    buttons = QDialogButtonBox()
    accept = buttons.addButton(accept_text, QDialogButtonBox.ButtonRole.AcceptRole)
    accept.setDefault(True)
    cancel = buttons.addButton(
        translate("Dialogs", "Cancel"), QDialogButtonBox.ButtonRole.RejectRole
    )
    for button in (accept, cancel):
        button.setMinimumHeight(44)  # big enough to hit (UX guide)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def save_dialog(parent: QWidget, title: str, *parts: QWidget) -> QDialog:
    """A small dialog of parts over Save and Cancel (how it went, a visit to correct)."""
    dialog = QDialog(parent)
    dialog.setWindowTitle(title)
    layout = QVBoxLayout(dialog)
    for part in parts:
        layout.addWidget(part)
    layout.addWidget(accept_cancel(dialog, translate("Dialogs", "Save")))
    return dialog


def fit_to_screen(window: QWidget, wanted: QSize) -> None:
    """Open at the wanted size, or the screen's room less a margin for the title bar if smaller."""
    room = window.screen().availableGeometry()
    window.resize(wanted.boundedTo(QSize(room.width() - 40, room.height() - 60)))


def tell(parent: QWidget, title: str, text: str) -> None:
    """A calm message with one OK button: what happened and what to do."""
    QMessageBox(QMessageBox.Icon.Information, title, text, parent=parent).exec()


def ask(parent: QWidget, title: str, text: str) -> bool:
    """A yes-or-no question before anything that changes what the person has; No, the
    answer that changes nothing, is the default (Enter or Escape keeps things as they are)."""
    Button = QMessageBox.StandardButton
    return QMessageBox.question(parent, title, text, Button.Yes | Button.No, Button.No) == (
        Button.Yes
    )


class SafetyNotice(QDialog):
    """The safety advice, confirmed once with "I understand" (Escape only postpones it).

    On a small screen or at large text the points scroll; "I understand" can be pressed once
    the last point has been on screen.
    """

    def __init__(self, catalog: Catalog, first_run: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = (
            translate("SafetyNotice", "Before you start")
            if first_run
            else translate("SafetyNotice", "Safety advice")
        )
        self.setWindowTitle(title)
        heading = QLabel(title)
        heading.setWordWrap(True)
        relative_font(heading, 1.5, bold=True)
        intro = _text(
            translate("SafetyNotice", "Please read these points. They keep your exercises safe.")
        )
        body = _text(bullet_html(catalog.safety))
        points = " ".join(catalog.safety)
        body.setAccessibleName(
            translate("SafetyNotice", "Safety advice: {points}").format(points=points)
        )
        page = QWidget()
        column = QVBoxLayout(page)
        column.setContentsMargins(0, 0, 8, 0)
        column.addWidget(intro)
        column.addWidget(body)
        column.addStretch(1)
        self.scroller = QScrollArea()
        self.scroller.setWidget(page)
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.scroller.setAccessibleName(translate("SafetyNotice", "Safety points"))
        self.more = QLabel(
            translate(
                "SafetyNotice", "Scroll down to read every point (the Down arrow key scrolls too)."
            )
        )
        self.more.setWordWrap(True)
        buttons = QDialogButtonBox()
        self.accept_button = buttons.addButton(
            translate("SafetyNotice", "I understand"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.accept_button.setObjectName("primaryButton")
        self.accept_button.setDefault(True)
        self.accept_button.setMinimumHeight(48)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        layout.addWidget(heading)
        layout.addWidget(self.scroller, 1)
        layout.addWidget(self.more)
        layout.addWidget(buttons)
        self._seen_all = False
        bar = self.scroller.verticalScrollBar()
        bar.valueChanged.connect(self._note_progress)
        bar.rangeChanged.connect(self._note_progress)
        self._note_progress()

    def seen_all(self) -> bool:
        return self._seen_all

    def _note_progress(self) -> None:
        bar = self.scroller.verticalScrollBar()
        self._seen_all = self._seen_all or (self.isVisible() and bar.value() >= bar.maximum())
        self.accept_button.setEnabled(self._seen_all)
        self.more.setVisible(not self._seen_all)

    def showEvent(self, event: QShowEvent) -> None:
        """Wide enough to read, never taller or wider than the screen."""
        fit_to_screen(
            self, self.sizeHint().expandedTo(QSize(self.fontMetrics().averageCharWidth() * 60, 0))
        )
        super().showEvent(event)
        self._note_progress()
        if not self._seen_all:
            self.scroller.setFocus()


class AboutDialog(QDialog):
    """Version, the data folder, where the exercise content comes from, and the safety advice."""

    def __init__(self, catalog: Catalog, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(translate("AboutDialog", "About {app}").format(app=APP_NAME))
        fit_to_screen(self, QSize(640, 520))
        self._data_dir = data_dir
        heading = QLabel(f"{APP_NAME} {__version__}")
        relative_font(heading, 1.5, bold=True)

        app_page = QWidget()
        app_layout = QVBoxLayout(app_page)
        app_layout.addWidget(
            _text(
                translate(
                    "AboutDialog",
                    "<p>A calm coach for your foot-drop exercises at home: pictures and steps "
                    "for each exercise, and a timer that leads you through them.</p>",
                )
                + translate(
                    "AboutDialog",
                    "<p><b>Exercise content</b><br>{note}<br>Article: <i>{article}</i></p>",
                ).format(note=escape(catalog.source_note), article=escape(catalog.source_title))
                + translate(
                    "AboutDialog",
                    "<p><b>Your data folder</b><br>{folder}<br>"
                    "Your settings are kept here, on this computer only.</p>",
                ).format(folder=escape(str(data_dir)))
            )
        )
        self.open_folder = QPushButton(translate("AboutDialog", "Open data folder"))
        self.open_folder.setToolTip(
            translate("AboutDialog", "Show the folder in your file manager")
        )
        self.open_folder.clicked.connect(self._open_folder)
        app_layout.addWidget(self.open_folder, 0, Qt.AlignmentFlag.AlignLeft)
        app_layout.addStretch(1)

        self.tabs = QTabWidget()
        self.tabs.addTab(scrolling(app_page), translate("AboutDialog", "This app"))
        for html, title in (
            (paragraphs_html(catalog.about), translate("AboutDialog", "About foot drop")),
            (bullet_html(catalog.safety), translate("AboutDialog", "Safety")),
        ):
            page = _text(html)
            page.setContentsMargins(12, 12, 12, 12)
            self.tabs.addTab(scrolling(page, title), title)

        buttons = QDialogButtonBox()
        close = buttons.addButton(
            translate("AboutDialog", "Close"), QDialogButtonBox.ButtonRole.RejectRole
        )
        close.setMinimumHeight(44)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)

    def _open_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._data_dir)))
