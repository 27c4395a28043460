"""Message boxes that say what happened and what to do next, and never block the caller."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from audit_app.ui import help_viewer


class Messages:
    """The window's notices; the latest boxes stay reachable (tests and the user's eye)."""

    def __init__(self, parent: QWidget) -> None:
        self.parent = parent
        self.error_box: QMessageBox | None = None
        self.info_box: QMessageBox | None = None

    def _box(self, icon: QMessageBox.Icon, title: str, message: str) -> QMessageBox:
        box = QMessageBox(icon, title, message, QMessageBox.StandardButton.Ok, self.parent)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        # F1 on a notice: the guide's page for the screen it is about
        help_viewer.offer_help(box, help_viewer.topic_for(self.parent.window()))
        box.open()
        return box

    def error(self, title: str, message: str) -> QMessageBox:
        self.error_box = self._box(QMessageBox.Icon.Warning, title, message)
        return self.error_box

    def info(self, title: str, message: str) -> QMessageBox:
        self.info_box = self._box(QMessageBox.Icon.Information, title, message)
        return self.info_box
