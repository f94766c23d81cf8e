"""The safety notice shown on first run, and the About dialog."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from footdrop_gui import APP_NAME, __version__
from footdrop_gui.core.catalog import Catalog
from footdrop_gui.ui.rich_text import bullet_html, paragraphs_html
from footdrop_gui.ui.theme import scaled_font


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
    cancel = buttons.addButton("Cancel", QDialogButtonBox.ButtonRole.RejectRole)
    for button in (accept, cancel):
        button.setMinimumHeight(44)  # big enough to hit (UX guide)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


class SafetyNotice(QDialog):
    """The safety advice, confirmed once with "I understand" (Escape only postpones it)."""

    def __init__(self, catalog: Catalog, first_run: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Before you start" if first_run else "Safety advice")
        self.setMinimumWidth(520)
        heading = QLabel("Before you start" if first_run else "Safety advice")
        heading.setFont(scaled_font(self.font(), 1.5, bold=True))
        intro = _text("Please read these points. They keep your exercises safe.")
        body = _text(bullet_html(catalog.safety))
        body.setAccessibleName("Safety advice: " + " ".join(catalog.safety))
        buttons = QDialogButtonBox()
        self.accept_button = buttons.addButton(
            "I understand", QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.accept_button.setObjectName("primaryButton")
        self.accept_button.setDefault(True)
        self.accept_button.setMinimumHeight(48)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.setSpacing(12)
        for widget in (heading, intro, body, buttons):
            layout.addWidget(widget)


class AboutDialog(QDialog):
    """Version, the data folder, where the exercise content comes from, and the safety advice."""

    def __init__(self, catalog: Catalog, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(f"About {APP_NAME}")
        self.resize(640, 520)
        self._data_dir = data_dir
        heading = QLabel(f"{APP_NAME} {__version__}")
        heading.setFont(scaled_font(self.font(), 1.5, bold=True))

        app_page = QWidget()
        app_layout = QVBoxLayout(app_page)
        app_layout.addWidget(
            _text(
                "<p>A calm coach for your foot-drop exercises at home: pictures and steps for "
                "each exercise, and a timer that leads you through them.</p>"
                f"<p><b>Exercise content</b><br>{escape(catalog.source_note)}<br>"
                f"Article: <i>{escape(catalog.source_title)}</i></p>"
                f"<p><b>Your data folder</b><br>{escape(str(data_dir))}<br>"
                "Your settings are kept here, on this computer only.</p>"
            )
        )
        self.open_folder = QPushButton("Open data folder")
        self.open_folder.setToolTip("Show the folder in your file manager")
        self.open_folder.clicked.connect(self._open_folder)
        app_layout.addWidget(self.open_folder, 0, Qt.AlignmentFlag.AlignLeft)
        app_layout.addStretch(1)

        self.tabs = QTabWidget()
        self.tabs.addTab(app_page, "This app")
        for html, title in (
            (paragraphs_html(catalog.about), "About foot drop"),
            (bullet_html(catalog.safety), "Safety"),
        ):
            page = _text(html)
            page.setContentsMargins(12, 12, 12, 12)
            self.tabs.addTab(page, title)

        buttons = QDialogButtonBox()
        close = buttons.addButton("Close", QDialogButtonBox.ButtonRole.RejectRole)
        close.setMinimumHeight(44)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(buttons)

    def _open_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self._data_dir)))
