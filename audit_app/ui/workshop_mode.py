"""Entering and leaving workshop mode: the window gives the room the whole screen.

The workshop view (workshop_view.py) shows one page; this file decides what the window looks
like around it: no docks, no toolbar, full screen, and back to how it was on leaving.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDockWidget

if TYPE_CHECKING:
    from audit_app.ui.main_window import MainWindow


class WorkshopMode(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._docks_before: list[QDockWidget] = []
        self._was_full_screen = False

    def active(self) -> bool:
        w = self.window
        return w.workshop is not None and w.stack.currentWidget() is w.workshop

    def toggle(self) -> None:
        w = self.window
        action = w.window_actions.workshop_action
        if w.workshop is None or w.model is None:
            action.setChecked(False)
            return
        entering = not self.active()
        action.setChecked(entering)
        if entering:
            self._enter()
        else:
            self._leave()

    def _enter(self) -> None:
        w = self.window
        assert w.workshop is not None
        self._docks_before = [d for d in w.all_docks() if d.isVisible()]
        for d in self._docks_before:
            d.hide()
        w.toolbar.hide()
        w.stack.setCurrentWidget(w.workshop)
        current = w.table.currentIndex()
        w.workshop.set_row(current.row() if current.isValid() else 0)
        w.workshop.setFocus()
        self._was_full_screen = w.isFullScreen()
        if w.isVisible():
            w.showFullScreen()

    def _leave(self) -> None:
        w = self.window
        assert w.workshop is not None and w.model is not None
        row = w.workshop.row
        w.stack.setCurrentWidget(w.table)
        for d in self._docks_before:
            d.show()
        w.toolbar.show()
        if 0 <= row < w.model.rowCount():
            w.table.selectRow(row)
        w.table.setFocus()
        if w.isFullScreen() and not self._was_full_screen:
            w.showNormal()

    def leave(self) -> None:
        if self.active():
            self.toggle()
