"""The main window's actions, menus and toolbar: every command once, with its keys.

Single-key shortcuts (B, H, V, ...) only act where pages are shown (the table and workshop
mode), never while typing in a field.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QToolBar

if TYPE_CHECKING:
    from audit_app.ui.main_window import MainWindow

# Single keys: Dutch letters first (Behouden, Herschrijven, Verwijderen), English as well.
# M merges (Samenvoegen, Merge), C archives (arChiveren: A accepts the suggestion).
DECISION_KEYS = {
    "keep": ("B", "K"),
    "rewrite": ("H", "R"),
    "merge": ("M",),
    "archive": ("C",),
    "delete": ("V", "D"),
}

Shortcut = QKeySequence.StandardKey | str | list[str] | None


class WindowActions(QObject):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        w, c = window, window.controller
        self.new_action = self._action(
            self.tr("&New audit…"), w.crawls.new_audit, QKeySequence.StandardKey.New
        )
        self.open_action = self._action(
            self.tr("&Open project…"), w.ask_open, QKeySequence.StandardKey.Open
        )
        self.open_server_action = self._action(
            self.tr("Open project on a &server…"), w.ask_open_server
        )
        self.close_action = self._action(
            self.tr("&Close project"),
            lambda: None if c.busy() else w.close_project(),
            QKeySequence.StandardKey.Close,
        )
        self.quit_action = self._action(self.tr("&Quit"), w.close, QKeySequence.StandardKey.Quit)
        self.export_action = self._action(
            self.tr("&Export to Excel…"), w.transfers.export_workbook, "Ctrl+E"
        )
        self.packs_action = self._action(
            self.tr("Make &review packs…"), w.transfers.make_review_packs
        )
        self.import_action = self._action(self.tr("&Import reviews…"), w.transfers.import_reviews)
        self.restore_action = self._action(
            self.tr("Restore a &safety copy…"),
            w.restore_backup,
            tip=self.tr("Open one of the automatic safety copies of this project as a new file"),
        )
        self.undo_action = c.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = c.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.prefs_action = self._action(
            self.tr("&Preferences…"), w.edit_preferences, QKeySequence.StandardKey.Preferences
        )
        self.workshop_action = self._action(
            self.tr("&Workshop mode"), w.workshop_mode.toggle, "F11"
        )
        self.workshop_action.setCheckable(True)
        self.reload_action = self._action(
            self.tr("Re&fresh"), w.reload_everything, QKeySequence.StandardKey.Refresh
        )
        self.my_pages_action = self._action(
            self.tr("&My pages"),
            w.show_my_pages,
            "Ctrl+M",
            self.tr("The pages assigned to you as a reviewer"),
        )
        self.decision_actions: dict[str, QAction] = {}
        for key, label in (
            ("keep", self.tr("&Keep")),
            ("rewrite", self.tr("&Rewrite")),
            ("merge", self.tr("&Merge…")),
            ("archive", self.tr("Ar&chive")),
            ("delete", self.tr("&Delete")),
        ):
            self.decision_actions[key] = self._action(
                label, lambda _c=False, k=key: c.decide(k), list(DECISION_KEYS[key])
            )
        self.accept_action = self._action(
            self.tr("&Accept suggestion"),
            lambda: c.accept_suggestion(),
            ["A", "Return", "Enter"],
        )
        self.clear_action = self._action(self.tr("&Clear decision"), lambda: c.decide(None), "0")
        self.discuss_action = self._action(
            self.tr("Mark for di&scussion"),
            lambda: c.set_review_status("discuss"),
            "S",
            self.tr("Put the page on the agenda of the next workshop"),
        )
        self.reviewed_action = self._action(
            self.tr("Mark as revie&wed"), lambda: c.set_review_status("reviewed"), "W"
        )
        self.note_action = self._action(self.tr("&Note…"), w.ask_note, "N")
        self.new_url_action = self._action(
            self.tr("New &URL…"),
            w.ask_new_url,
            "U",
            self.tr("The page's own address on the new intranet, for the redirects"),
        )
        self.place_action = self._action(
            self.tr("New &home…"),
            w.ask_place,
            "P",
            self.tr("Give the page its place in the new navigation"),
        )
        # In workshop mode N places the page (notes are not taken in front of the room).
        self.workshop_place_action = self._action(self.tr("New &home…"), w.ask_place, ["N", "P"])
        # A presentation remote sends Page Down / Page Up (or the arrow keys) for next / previous.
        self.workshop_next_action = self._action(
            self.tr("Next page"), w.next_page, ["PgDown", "Right", "Space"]
        )
        self.workshop_prev_action = self._action(
            self.tr("Previous page"), w.previous_page, ["PgUp", "Left"]
        )
        for a in (self.workshop_place_action, self.workshop_next_action, self.workshop_prev_action):
            a.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.next_action = self._action(self.tr("Next page"), w.next_page, ["J", "Alt+Right"])
        self.prev_action = self._action(self.tr("Previous page"), w.previous_page, ["Alt+Left"])
        self.page_actions = [
            *self.decision_actions.values(),
            self.accept_action,
            self.clear_action,
            self.discuss_action,
            self.reviewed_action,
            self.note_action,
            self.place_action,
            self.new_url_action,
            self.next_action,
            self.prev_action,
        ]
        for a in self.page_actions:
            a.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.reviewers_action = self._action(self.tr("&Reviewers…"), w.edit_reviewers)
        self.score_action = self._action(self.tr("&Score again"), w.crawls.rescore)
        self.thresholds_action = self._action(self.tr("Scoring &thresholds…"), w.edit_thresholds)
        self.resume_action = self._action(self.tr("Resume &crawl"), w.crawls.resume_crawl)
        self.words_action = self._action(self.tr("Own &word list…"), w.edit_own_words)
        self.about_action = self._action(self.tr("&About"), w.about)
        self.help_action = self._action(
            self.tr("&User guide"), w.show_help, QKeySequence.StandardKey.HelpContents
        )
        self.project_actions = [
            self.close_action,
            self.restore_action,
            self.export_action,
            self.packs_action,
            self.import_action,
            self.workshop_action,
            self.reload_action,
            self.my_pages_action,
            *self.page_actions,
            self.workshop_place_action,
            self.workshop_next_action,
            self.workshop_prev_action,
            self.reviewers_action,
            self.score_action,
            self.thresholds_action,
            self.resume_action,
            self.words_action,
        ]

    def _action(
        self, text: str, slot: Callable[..., Any], shortcut: Shortcut = None, tip: str = ""
    ) -> QAction:
        a = QAction(text, self.window)
        a.triggered.connect(slot)
        if isinstance(shortcut, list):
            a.setShortcuts([QKeySequence(s) for s in shortcut])
        elif shortcut is not None:
            a.setShortcut(QKeySequence(shortcut))
        if tip:
            a.setStatusTip(tip)
            a.setToolTip(tip)
        return a

    def set_project_open(self, is_open: bool) -> None:
        for a in self.project_actions:
            a.setEnabled(is_open)

    def build_menus(self) -> tuple[QMenu, QToolBar]:
        """The menu bar and the decisions toolbar; returns the recent-projects menu and the
        toolbar (both change with the project)."""
        w = self.window
        bar = w.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addActions([self.new_action, self.open_action, self.open_server_action])
        recent_menu = file_menu.addMenu(self.tr("Recent projects"))
        file_menu.addSeparator()
        file_menu.addActions([self.export_action, self.packs_action, self.import_action])
        file_menu.addActions(w.plan_flows.actions())
        file_menu.addSeparator()
        file_menu.addAction(self.restore_action)
        file_menu.addSeparator()
        file_menu.addActions([self.close_action, self.quit_action])
        edit = bar.addMenu(self.tr("&Edit"))
        edit.addActions([self.undo_action, self.redo_action])
        edit.addSeparator()
        edit.addAction(self.prefs_action)
        view = bar.addMenu(self.tr("&View"))
        view.addAction(self.workshop_action)
        view.addAction(self.my_pages_action)
        view.addAction(self.reload_action)
        view.addSeparator()
        for dock in w.all_docks():
            view.addAction(dock.toggleViewAction())
        audit = bar.addMenu(self.tr("&Audit"))
        audit.addActions(list(self.decision_actions.values()))
        audit.addActions([self.accept_action, self.clear_action])
        audit.addSeparator()
        audit.addActions(
            [
                self.discuss_action,
                self.reviewed_action,
                self.note_action,
                self.place_action,
                self.new_url_action,
            ]
        )
        audit.addSeparator()
        audit.addActions([self.next_action, self.prev_action])
        audit.addSeparator()
        audit.addActions([self.reviewers_action, self.score_action, self.resume_action])
        audit.addAction(self.words_action)
        audit.addAction(self.thresholds_action)
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.help_action)
        help_menu.addAction(self.about_action)
        w.addAction(self.help_action)  # F1 also with the menu bar hidden (workshop mode)
        toolbar = w.addToolBar(self.tr("Decisions"))
        toolbar.setObjectName("toolbar-decisions")
        toolbar.addActions([*self.decision_actions.values(), self.accept_action])
        toolbar.addSeparator()
        toolbar.addActions([self.undo_action, self.redo_action, self.workshop_action])
        toolbar.addAction(w.dashboard_dock.toggleViewAction())
        return recent_menu, toolbar
