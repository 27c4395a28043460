"""The main window: start screen, page table with filters and detail, workshop mode.

The window owns the open project and its undo stack. Every decision becomes a ChangeCommand on
that stack, written to the project file at once with who and when; views refresh from the file
when the stack moves. Long work (opening, crawling, scoring, exporting) runs in BackgroundTasks.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from pathlib import Path
from typing import Any, Literal

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QStandardPaths, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import text

from audit_app.core.changes import FieldChange
from audit_app.core.db import DamagedProjectError
from audit_app.core.project import PROJECT_SUFFIX, Project
from audit_app.ui import file_dialogs, recovery_flows
from audit_app.ui.commands import ChangeCommand
from audit_app.ui.crawl_panel import CrawlPanel
from audit_app.ui.detail_panel import DetailPanel
from audit_app.ui.filters_panel import FiltersPanel
from audit_app.ui.page_table_model import PageTableModel, decision_label, first_page_ids
from audit_app.ui.project_guard import ProjectGuard
from audit_app.ui.settings import Preferences
from audit_app.ui.worker import BackgroundTask
from audit_app.ui.workshop_view import WorkshopView

log = logging.getLogger(__name__)
Lang = Literal["nl", "en"]

# Single keys: Dutch letters first (Behouden, Herschrijven, Verwijderen), English as well.
DECISION_KEYS = {"keep": ("B", "K"), "rewrite": ("H", "R"), "delete": ("V", "D")}


class StartScreen(QWidget):
    newRequested = Signal()
    openRequested = Signal()
    demoRequested = Signal()
    recentChosen = Signal(Path)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = QLabel(self.tr("Content audit"), self)
        f = title.font()
        f.setPointSizeF(f.pointSizeF() * 2.2)
        f.setBold(True)
        title.setFont(f)
        intro = QLabel(
            self.tr(
                "Take stock of the old intranet, decide page by page what moves to the new "
                "one, and export the migration plan."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.new_button = QPushButton(self.tr("New audit"), self)
        self.open_button = QPushButton(self.tr("Open project"), self)
        self.demo_button = QPushButton(self.tr("View demo"), self)
        for b in (self.new_button, self.open_button, self.demo_button):
            b.setMinimumHeight(48)
            b.setMinimumWidth(180)
        self.new_button.clicked.connect(self.newRequested)
        self.open_button.clicked.connect(self.openRequested)
        self.demo_button.clicked.connect(self.demoRequested)
        self.recent = QListWidget(self)
        self.recent.itemActivated.connect(lambda item: self.recentChosen.emit(Path(item.data(256))))
        buttons = QHBoxLayout()
        for b in (self.new_button, self.open_button, self.demo_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        box = QVBoxLayout()
        box.addSpacing(24)
        box.addWidget(title)
        box.addWidget(intro)
        box.addSpacing(16)
        box.addLayout(buttons)
        box.addSpacing(16)
        box.addWidget(QLabel(self.tr("Recent projects (double-click to open)"), self))
        self.recent.setMaximumHeight(360)
        self.recent.setSpacing(3)
        self.recent.setAlternatingRowColors(True)
        self.recent.setToolTip(self.tr("Double-click to open"))
        box.addWidget(self.recent)
        box.addStretch(1)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        outer.addLayout(box, 4)
        outer.addStretch(1)

    def set_recent(self, paths: list[Path]) -> None:
        self.recent.clear()
        for p in paths:
            item = QListWidgetItem(f"{p.stem}\n{p.parent}")
            item.setData(256, str(p))
            item.setToolTip(str(p))
            if not p.exists():
                item.setText(item.text() + self.tr("  (not found)"))
            self.recent.addItem(item)
        if not paths:
            self.recent.addItem(self.tr("No recent projects yet."))


class MainWindow(QMainWindow):
    projectOpened = Signal()

    def __init__(
        self, prefs: Preferences | None = None, *, use_webengine: bool | None = None
    ) -> None:
        super().__init__()
        self.prefs = prefs or Preferences()
        self.use_webengine = use_webengine
        self.project: Project | None = None
        self.model: PageTableModel | None = None
        self.undo_stack = QUndoStack(self)
        self.undo_stack.indexChanged.connect(self._stack_moved)
        self.open_task: BackgroundTask | None = None
        self.guard: ProjectGuard | None = None
        self.tasks: list[BackgroundTask] = []
        self.error_box: QMessageBox | None = None
        self._after_crawl_score = True
        self.setWindowTitle(self.tr("Content audit"))
        self.resize(1280, 800)

        self.stack = QStackedWidget(self)
        # The workshop page's big buttons must not force a wide window while the table shows.
        self.stack.setMinimumSize(320, 240)
        self.start_screen = StartScreen(self)
        self.start_screen.newRequested.connect(self.new_audit)
        self.start_screen.openRequested.connect(self.ask_open)
        self.start_screen.demoRequested.connect(self.open_demo)
        self.start_screen.recentChosen.connect(self.open_project)
        self.stack.addWidget(self.start_screen)
        self.table = QTableView(self)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setDragEnabled(True)
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.table.setAlternatingRowColors(True)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionsMovable(True)
        self.table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.stack.addWidget(self.table)
        self.workshop: WorkshopView | None = None
        self.setCentralWidget(self.stack)

        self.crawl_panel = CrawlPanel(self)
        self.crawl_panel.stageFinished.connect(self._stage_finished)
        self.crawl_dock = self._dock(
            "crawl", self.tr("Progress"), self.crawl_panel, Qt.DockWidgetArea.BottomDockWidgetArea
        )
        self.filters: FiltersPanel | None = None
        self.detail: DetailPanel | None = None
        self.nav_panel: QWidget | None = None
        self.dashboard: QWidget | None = None
        self.filters_dock = self._dock(
            "filters", self.tr("Filters"), QLabel(), Qt.DockWidgetArea.LeftDockWidgetArea
        )
        self.nav_dock = self._dock(
            "navigation", self.tr("New navigation"), QLabel(), Qt.DockWidgetArea.LeftDockWidgetArea
        )
        self.detail_dock = self._dock(
            "detail", self.tr("Page"), QLabel(), Qt.DockWidgetArea.RightDockWidgetArea
        )
        self.dashboard_dock = self._dock(
            "dashboard", self.tr("Dashboard"), QLabel(), Qt.DockWidgetArea.BottomDockWidgetArea
        )
        self.tabifyDockWidget(self.filters_dock, self.nav_dock)
        self.tabifyDockWidget(self.crawl_dock, self.dashboard_dock)
        self.dashboard_dock.visibilityChanged.connect(self._dashboard_visible)
        self.filters_dock.raise_()
        self.status_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.status_label)

        self._build_actions()
        self._build_menus()
        self._show_start()
        if self.prefs.window_geometry is not None:
            self.restoreGeometry(self.prefs.window_geometry)

    def _dock(self, name: str, title: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(f"dock-{name}")
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        return dock

    # ---- actions and menus ------------------------------------------------------------------

    def _action(self, text: str, slot: Any, shortcut: Any = None, tip: str = "") -> QAction:
        a = QAction(text, self)
        a.triggered.connect(slot)
        if shortcut is not None:
            if isinstance(shortcut, list | tuple):
                a.setShortcuts([QKeySequence(s) for s in shortcut])
            else:
                a.setShortcut(QKeySequence(shortcut))
        if tip:
            a.setStatusTip(tip)
            a.setToolTip(tip)
        return a

    def _build_actions(self) -> None:
        self.new_action = self._action(
            self.tr("&New audit…"), self.new_audit, QKeySequence.StandardKey.New
        )
        self.open_action = self._action(
            self.tr("&Open project…"), self.ask_open, QKeySequence.StandardKey.Open
        )
        self.close_action = self._action(
            self.tr("&Close project"),
            lambda: None if self._busy() else self.close_project(),
            QKeySequence.StandardKey.Close,
        )
        self.quit_action = self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        self.export_action = self._action(
            self.tr("&Export to Excel…"), self.export_workbook, "Ctrl+E"
        )
        self.packs_action = self._action(self.tr("Make &review packs…"), self.make_review_packs)
        self.import_action = self._action(self.tr("&Import reviews…"), self.import_reviews)
        self.restore_action = self._action(
            self.tr("Restore a &safety copy…"),
            self.restore_backup,
            tip=self.tr("Open one of the automatic safety copies of this project as a new file"),
        )
        self.undo_action = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        self.prefs_action = self._action(
            self.tr("&Preferences…"), self.edit_preferences, QKeySequence.StandardKey.Preferences
        )
        self.workshop_action = self._action(self.tr("&Workshop mode"), self.toggle_workshop, "F11")
        self.workshop_action.setCheckable(True)
        self.reload_action = self._action(
            self.tr("Re&fresh"), self.reload_everything, QKeySequence.StandardKey.Refresh
        )
        self.my_pages_action = self._action(
            self.tr("&My pages"),
            self.show_my_pages,
            "Ctrl+M",
            self.tr("The pages assigned to you as a reviewer"),
        )
        self.decision_actions: dict[str, QAction] = {}
        for key, label in (
            ("keep", self.tr("&Keep")),
            ("rewrite", self.tr("&Rewrite")),
            ("delete", self.tr("&Delete")),
        ):
            a = self._action(
                label, lambda _c=False, k=key: self.decide(k), list(DECISION_KEYS[key])
            )
            self.decision_actions[key] = a
        self.accept_action = self._action(
            self.tr("&Accept suggestion"),
            lambda: self.accept_suggestion(),
            ["A", "Return", "Enter"],
        )
        self.clear_action = self._action(self.tr("&Clear decision"), lambda: self.decide(None), "0")
        self.discuss_action = self._action(
            self.tr("Mark for di&scussion"),
            lambda: self.set_review_status("discuss"),
            "S",
            self.tr("Put the page on the agenda of the next workshop"),
        )
        self.reviewed_action = self._action(
            self.tr("Mark as revie&wed"), lambda: self.set_review_status("reviewed"), "W"
        )
        self.note_action = self._action(self.tr("&Note…"), self.ask_note, "N")
        self.next_action = self._action(self.tr("Next page"), self.next_page, ["J", "Alt+Right"])
        self.prev_action = self._action(self.tr("Previous page"), self.previous_page, ["Alt+Left"])
        # Single-key shortcuts only where pages are shown, never while typing in a field.
        self.page_actions = [
            *self.decision_actions.values(),
            self.accept_action,
            self.clear_action,
            self.discuss_action,
            self.reviewed_action,
            self.note_action,
            self.next_action,
            self.prev_action,
        ]
        for a in self.page_actions:
            a.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.table.addAction(a)
        self.reviewers_action = self._action(self.tr("&Reviewers…"), self.edit_reviewers)
        self.score_action = self._action(self.tr("&Score again"), self.rescore)
        self.resume_action = self._action(self.tr("Resume &crawl"), self.resume_crawl)
        self.about_action = self._action(self.tr("&About"), self.about)
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
            self.reviewers_action,
            self.score_action,
            self.resume_action,
        ]

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        file_menu.addActions([self.new_action, self.open_action])
        self.recent_menu = file_menu.addMenu(self.tr("Recent projects"))
        file_menu.addSeparator()
        file_menu.addActions([self.export_action, self.packs_action, self.import_action])
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
        for dock in (
            self.filters_dock,
            self.nav_dock,
            self.detail_dock,
            self.dashboard_dock,
            self.crawl_dock,
        ):
            view.addAction(dock.toggleViewAction())
        audit = bar.addMenu(self.tr("&Audit"))
        audit.addActions(list(self.decision_actions.values()))
        audit.addActions([self.accept_action, self.clear_action])
        audit.addSeparator()
        audit.addActions([self.discuss_action, self.reviewed_action, self.note_action])
        audit.addSeparator()
        audit.addActions([self.next_action, self.prev_action])
        audit.addSeparator()
        audit.addActions([self.reviewers_action, self.score_action, self.resume_action])
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.about_action)
        toolbar = self.addToolBar(self.tr("Decisions"))
        toolbar.setObjectName("toolbar-decisions")
        toolbar.addActions([*self.decision_actions.values(), self.accept_action])
        toolbar.addSeparator()
        toolbar.addActions([self.undo_action, self.redo_action, self.workshop_action])
        toolbar.addAction(self.dashboard_dock.toggleViewAction())
        self.toolbar = toolbar
        self._refresh_recent()
        self._update_optional_actions()

    def _update_optional_actions(self) -> None:
        """Export and review-pack actions need modules other parts of the app provide."""
        for action, module, attr in (
            (self.export_action, "exporters.workbook", "export_workbook"),
            (self.packs_action, "exporters.review_packs", "export_review_packs"),
            (self.import_action, "exporters.review_import", "read_packs"),
        ):
            ok = _has(module, attr)
            action.setEnabled(ok and self.project is not None)
            if not ok:
                action.setToolTip(self.tr("Not available in this version."))

    def _refresh_recent(self) -> None:
        self.recent_menu.clear()
        paths = self.prefs.recent_projects
        for p in paths:
            a = self.recent_menu.addAction(str(p))
            a.triggered.connect(lambda _c=False, path=p: self.open_project(path))
        self.recent_menu.setEnabled(bool(paths))
        self.start_screen.set_recent(paths)

    # ---- screens --------------------------------------------------------------------------------

    def _show_start(self) -> None:
        self.stack.setCurrentWidget(self.start_screen)
        for dock in (self.filters_dock, self.nav_dock, self.detail_dock, self.dashboard_dock):
            dock.hide()
        if not self.crawl_panel.is_running():
            self.crawl_dock.hide()
        self.toolbar.hide()
        for a in self.project_actions:
            a.setEnabled(False)

    def _show_project(self) -> None:
        self.stack.setCurrentWidget(self.table)
        self.toolbar.show()
        for a in self.project_actions:
            a.setEnabled(True)
        self._update_optional_actions()
        state = self.prefs.window_state
        if state is None or not self.restoreState(state):
            for dock in (self.filters_dock, self.detail_dock):
                dock.show()
            self.nav_dock.show()
            self.filters_dock.raise_()
            QTimer.singleShot(
                0,
                self,
                lambda: self.resizeDocks(
                    [self.filters_dock, self.detail_dock], [270, 480], Qt.Orientation.Horizontal
                ),
            )

    # ---- opening and closing ---------------------------------------------------------------------

    def ask_open(self) -> None:
        path = file_dialogs.open_file(
            self,
            self.tr("Open project"),
            self._project_folder(),
            self.tr("Audit projects (*.audit);;All files (*)"),
        )
        if path:
            self.open_project(path)

    def _project_folder(self) -> Path:
        recent = self.prefs.recent_projects
        return recent[0].parent if recent else Path.home()

    def open_project(self, path: Path, then: Any = None) -> None:
        """Open *path* off the GUI thread (a big or old file may need a migration)."""
        path = Path(path)
        if (self.open_task is not None and not self.open_task.done) or self._busy():
            return
        self.statusBar().showMessage(self.tr("Opening %1…").replace("%1", path.name))

        def job(_progress: Any) -> tuple[Project, list[int]] | DamagedProjectError:
            try:
                project = Project.open(path)
            except DamagedProjectError as exc:
                return exc
            try:
                return project, first_page_ids(project)
            except Exception:
                project.close()
                raise

        task = BackgroundTask(job, self)

        def opened(result: tuple[Project, list[int]] | DamagedProjectError) -> None:
            self.statusBar().clearMessage()
            if isinstance(result, DamagedProjectError):
                self.recovery_box = recovery_flows.offer_recovery(
                    self, result, self.run_task, self.open_project
                )
                return
            self.set_project(*result)
            if then is not None:
                then()

        def failed(message: str) -> None:
            self.statusBar().clearMessage()
            self.show_error(
                self.tr("This file cannot be opened"),
                message
                + "\n\n"
                + self.tr(
                    "Nothing was changed. Choose another file, or start a "
                    "new audit with File > New audit."
                ),
            )

        task.succeeded.connect(opened)
        task.failed.connect(failed)
        self.open_task = task
        task.start()

    def set_project(self, project: Project, ids: list[int] | None = None) -> None:
        """Show *project*; *ids* is its first page list when already read in the background."""
        self.close_project()
        self.project = project
        self.prefs.add_recent(project.path)
        self._refresh_recent()
        self.model = PageTableModel(project, self, ids=ids)
        # The model is already sorted by address; set up the header without sorting again.
        self.table.setSortingEnabled(False)
        self.table.setModel(self.model)
        hh = self.table.horizontalHeader()
        saved = self.prefs.table_header
        if saved is None or not hh.restoreState(saved):
            hh.resizeSection(0, 260)
            hh.resizeSection(1, 220)
            hh.resizeSection(2, 160)
        hh.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.model.modelReset.connect(self._after_reset)
        self.model.loadingChanged.connect(self._loading_changed)
        self.filters = FiltersPanel(project, self)
        self.filters.filterChanged.connect(self.model.set_filter)
        self.filters_dock.setWidget(self.filters)
        self.detail = DetailPanel(project, self, use_webengine=self.use_webengine)
        self.detail.pageRequested.connect(self.select_page)
        self.detail_dock.setWidget(self.detail)
        self.workshop = WorkshopView(self.model, self, use_webengine=self.use_webengine)
        self.workshop.decisionRequested.connect(self._workshop_decision)
        self.workshop.exitRequested.connect(self.toggle_workshop)
        for a in self.page_actions:
            self.workshop.addAction(a)
        self.stack.addWidget(self.workshop)
        self.nav_panel = self._optional_widget(
            "audit_app.ui.navigation_panel", "NavigationPanel", project, self.undo_stack
        )
        if hasattr(self.nav_panel, "nodeSelected") and hasattr(self.nav_panel, "homelessRequested"):
            self.nav_panel.nodeSelected.connect(self._nav_node_chosen)
            self.nav_panel.homelessRequested.connect(self._show_homeless)
        if hasattr(self.nav_panel, "pagesDropped"):
            self.nav_panel.pagesDropped.connect(self._pages_dropped)
        self.nav_dock.setWidget(self.nav_panel)
        self.dashboard = None  # built when first shown: its charts read the whole project
        if self.dashboard_dock.isVisible():
            self._dashboard_visible(True)
        self.guard = ProjectGuard(project, self.prefs.user_name, self)
        self.guard.outsideChanged.connect(self._outside_changed)
        self.guard.backupFailed.connect(lambda m: self.statusBar().showMessage(m, 15000))
        self.setWindowTitle(self.tr("%1 — Content audit").replace("%1", project.name))
        self._show_project()
        if project.network is not None:
            self.show_info(
                self.tr("Project on a network drive"),
                self.tr(
                    "This project is on a network drive (%1). Working in one file from several "
                    "computers is not safe there, so only one person at a time can have it "
                    "open; anyone who opens it meanwhile is told that you have it. To work "
                    "together, use review packs."
                ).replace("%1", project.network),
            )
        self._update_status()
        if self.model.rowCount():
            self.table.selectRow(0)
        self.projectOpened.emit()

    def _pages_dropped(self, page_ids: list[int], _node_id: int) -> None:
        if self.model is not None:
            self.model.refresh_pages(page_ids)
        if self.detail is not None:
            self.detail.refresh()

    def _dashboard_visible(self, visible: bool) -> None:
        if visible and self.project is not None and self.dashboard is None:
            self.dashboard = self._optional_widget(
                "audit_app.ui.dashboard", "DashboardWidget", self.project
            )
            self.dashboard_dock.setWidget(self.dashboard)

    def _nav_node_chosen(self, node_id: int) -> None:
        if self.filters is None or self.project is None:
            return
        from audit_app.core.navigation import node_paths

        with self.project.read() as conn:
            path = node_paths(conn).get(node_id, "")
        self.filters.show_nav_node(node_id, self.tr("New navigation: %1").replace("%1", path))

    def show_my_pages(self) -> None:
        """Filter the table to the pages of the reviewer with the user's name."""
        if self.project is None or self.filters is None:
            return
        from audit_app.core.page_query import PageFilter
        from audit_app.core.reviewers import find_reviewer

        name = self.prefs.user_name
        with self.project.read() as conn:
            me = find_reviewer(conn, name)
        if me is None:
            self.statusBar().showMessage(
                self.tr(
                    "There is no reviewer called %1. Add yourself under Audit > Reviewers, or "
                    "change your name in the preferences."
                ).replace("%1", name)
            )
            return
        self.filters.set_filter(PageFilter(reviewers=[me.id]))

    def _show_homeless(self) -> None:
        if self.filters is not None:
            self.filters.show_nav_node(
                "none", self.tr("Pages to keep or rewrite without a place in the new navigation")
            )

    def _optional_widget(self, module: str, cls: str, *args: Any) -> QWidget:
        """Widgets from a part of the app that may not be installed yet show a placeholder."""
        try:
            import importlib

            factory = getattr(importlib.import_module(module), cls)
            widget: QWidget = factory(*args, parent=self)
            return widget
        except (ImportError, AttributeError) as exc:
            log.info("%s not available: %s", module, exc)
            label = QLabel(self.tr("Not available in this version."), self)
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            return label

    def close_project(self) -> None:
        if self.project is None:
            return
        if self.isVisible() or self.stack.currentWidget() is not self.start_screen:
            self.prefs.window_state = self.saveState()
        self.prefs.table_header = self.table.horizontalHeader().saveState()
        if self.workshop_action.isChecked():
            self.toggle_workshop()
        self.undo_stack.clear()
        if self.guard is not None:
            self.guard.stop()
            self.guard.deleteLater()
            self.guard = None
        self.table.setModel(None)
        if self.workshop is not None:
            self.stack.removeWidget(self.workshop)
            self.workshop.deleteLater()
            self.workshop = None
        for dock in (self.filters_dock, self.detail_dock, self.nav_dock, self.dashboard_dock):
            old = dock.widget()
            dock.setWidget(QLabel())
            if old is not None:
                old.deleteLater()
        self.filters = self.detail = self.nav_panel = self.dashboard = None
        if self.model is not None:
            self.model.deleteLater()
            self.model = None
        self.project.close()
        self.project = None
        self.setWindowTitle(self.tr("Content audit"))
        self._show_start()
        self._update_optional_actions()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.crawl_panel.is_running():
            self.crawl_panel.cancel()
            self.crawl_panel.wait(60000)
        if self.open_task is not None:
            self.open_task.wait()
        for task in list(self.tasks):
            task.wait()
        if self.stack.currentWidget() is not self.start_screen:
            self.prefs.window_state = self.saveState()
        self.prefs.window_geometry = self.saveGeometry()
        self.prefs.sync()
        self.close_project()
        super().closeEvent(event)

    def _message(self, icon: QMessageBox.Icon, title: str, message: str) -> QMessageBox:
        box = QMessageBox(icon, title, message, QMessageBox.StandardButton.Ok, self)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.open()
        return box

    def show_error(self, title: str, message: str) -> QMessageBox:
        """A message that says what happened and what to do next; never blocks the caller."""
        self.error_box = self._message(QMessageBox.Icon.Warning, title, message)
        return self.error_box

    def show_info(self, title: str, message: str) -> QMessageBox:
        self.info_box = self._message(QMessageBox.Icon.Information, title, message)
        return self.info_box

    def run_task(
        self, label: str, job: Callable[[Any], Any], done: Callable[[Any], None]
    ) -> BackgroundTask:
        """A short job beside the project (recovery, restoring a copy): status bar, then *done*
        or a message."""
        self.statusBar().showMessage(label)
        task = BackgroundTask(job, self)
        self.tasks.append(task)

        def finished() -> None:
            self.statusBar().clearMessage()
            self.tasks.remove(task)

        task.succeeded.connect(done)
        task.failed.connect(lambda m: self.show_error(self.tr("That did not work"), m))
        task.finished.connect(finished)
        return task.start()

    def restore_backup(self) -> None:
        if self.project is not None:
            recovery_flows.restore_backup(
                self, self.project.path, self.project.project_id, self.run_task, self.open_project
            )

    def _outside_changed(self, found: Any) -> None:
        """Another process (a colleague's command, a second window) wrote to the project."""
        if self.model is None or self.crawl_panel.is_running():
            return  # our own crawl or import reloads everything when it ends
        if found.pages_changed:
            self.reload_everything()
        else:
            if found.page_ids:
                self.model.refresh_pages(found.page_ids)
            if self.detail is not None:
                self.detail.refresh()
            if self.workshop is not None and self.stack.currentWidget() is self.workshop:
                self.workshop.refresh()
            if (found.structure or found.page_ids) and self.nav_panel is not None:
                reload = getattr(self.nav_panel, "reload", None)
                if reload is not None:
                    reload()
        if found.describe():
            self.statusBar().showMessage(found.describe(), 8000)

    # ---- selection and status ----------------------------------------------------------------

    def selected_page_ids(self) -> list[int]:
        if self.model is None:
            return []
        if self.workshop is not None and self.stack.currentWidget() is self.workshop:
            pid = self.workshop.page_id
            return [pid] if pid is not None else []
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        if not rows and self.table.currentIndex().isValid():
            rows = [self.table.currentIndex().row()]
        return [pid for r in rows if (pid := self.model.page_id(r)) is not None]

    def select_page(self, page_id: int) -> None:
        if self.model is None:
            return
        row = self.model.row_of(page_id)
        if row is None:
            if self.detail is not None:
                self.detail.show_page(page_id)
            return
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.table.scrollTo(index)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self.detail is not None and self.model is not None:
            self.detail.show_page(self.model.page_id(current.row()) if current.isValid() else None)

    def _loading_changed(self, loading: bool) -> None:
        if loading:
            self.statusBar().showMessage(self.tr("Sorting and filtering…"))
        else:
            self.statusBar().clearMessage()

    def _after_reset(self) -> None:
        """New filter or sort: show the first page rather than an empty detail panel."""
        self._update_status()
        if self.model is not None and self.model.rowCount():
            QTimer.singleShot(0, self, self._select_first_if_none)

    def _select_first_if_none(self) -> None:
        if self.model is not None and self.model.rowCount() and not self.selected_page_ids():
            self.table.selectRow(0)

    def _update_status(self) -> None:
        if self.model is None:
            self.status_label.clear()
            return
        with self.model.project.read() as conn:
            from audit_app.core.page_query import PageFilter, count_decided

            # the table's own definition: pages and documents in a listed state, no assets
            total = count_decided(conn, PageFilter())[1]
        self.status_label.setText(
            self.tr("%1 of %2 pages shown")
            .replace("%1", str(self.model.rowCount()))
            .replace("%2", str(total))
        )

    def _stack_moved(self, _index: int) -> None:
        if self.model is not None:
            self.model.refresh_pages(None)
        if self.detail is not None:
            self.detail.refresh()
        if self.workshop is not None and self.stack.currentWidget() is self.workshop:
            self.workshop.refresh()
        if self.nav_panel is not None and hasattr(self.nav_panel, "reload"):
            self.nav_panel.reload()

    # ---- deciding ----------------------------------------------------------------------------

    def push_changes(self, changes: list[FieldChange], label: str) -> None:
        if self.project is None or not changes:
            return
        cmd = ChangeCommand(
            self.project,
            changes,
            self.prefs.user_name,
            label,
            on_error=self._not_saved,
        )
        self.undo_stack.push(cmd)
        if self.guard is not None:
            self.guard.note_change()
        if self.model is not None:
            self.model.refresh_pages({c.entity_id for c in changes})

    def _not_saved(self, message: str) -> None:
        self.show_error(self.tr("Not saved"), message)

    def decide(self, decision: str | None, page_ids: list[int] | None = None) -> None:
        ids = page_ids if page_ids is not None else self.selected_page_ids()
        if not ids:
            self.statusBar().showMessage(self.tr("Select one or more pages first."), 4000)
            return
        changes = [FieldChange("decision", pid, "decision", decision) for pid in ids]
        what = decision_label(decision) if decision else self.tr("Clear decision")
        label = (
            what
            if len(ids) == 1
            else self.tr("%1 (%2 pages)").replace("%1", what).replace("%2", str(len(ids)))
        )
        self.push_changes(changes, label)

    def set_review_status(self, status: str, page_ids: list[int] | None = None) -> None:
        ids = page_ids if page_ids is not None else self.selected_page_ids()
        if not ids:
            return
        label = {
            "discuss": self.tr("Mark for discussion"),
            "reviewed": self.tr("Mark as reviewed"),
        }.get(status, status)
        self.push_changes(
            [FieldChange("decision", pid, "review_status", status) for pid in ids], label
        )

    def ask_note(self) -> None:
        ids = self.selected_page_ids()
        if self.project is None or not ids:
            return
        with self.project.read() as conn:
            current = conn.execute(
                text("SELECT note FROM decisions WHERE page_id = :i"), {"i": ids[0]}
            ).scalar()
        note, ok = QInputDialog.getMultiLineText(
            self, self.tr("Note"), self.tr("Note for the selected pages:"), current or ""
        )
        if ok:
            self.set_note(note, ids)

    def set_note(self, note: str, page_ids: list[int]) -> None:
        value = note.strip() or None
        self.push_changes(
            [FieldChange("decision", pid, "note", value) for pid in page_ids], self.tr("Note")
        )

    def accept_suggestion(self, page_ids: list[int] | None = None) -> None:
        ids = page_ids if page_ids is not None else self.selected_page_ids()
        if self.project is None or not ids:
            return
        with self.project.read() as conn:
            rows = conn.execute(
                text(
                    "SELECT page_id, suggestion FROM scores WHERE suggestion IS NOT NULL "
                    f"AND page_id IN ({','.join(str(int(i)) for i in ids)})"
                )
            ).all()
        changes = [FieldChange("decision", r.page_id, "decision", r.suggestion) for r in rows]
        if not changes:
            self.statusBar().showMessage(self.tr("These pages have no suggestion yet."), 4000)
            return
        self.push_changes(
            changes, self.tr("Accept suggestion (%1 pages)").replace("%1", str(len(changes)))
        )

    def _workshop_decision(self, key: str) -> None:
        if key == "accept":
            self.accept_suggestion()
        else:
            self.decide(key)

    def next_page(self) -> None:
        self._step(1)

    def previous_page(self) -> None:
        self._step(-1)

    def _step(self, delta: int) -> None:
        if self.model is None:
            return
        if self.workshop is not None and self.stack.currentWidget() is self.workshop:
            (self.workshop.next if delta > 0 else self.workshop.previous)()
            return
        row = self.table.currentIndex().row() + delta
        if 0 <= row < self.model.rowCount():
            self.table.selectRow(row)

    # ---- workshop mode -------------------------------------------------------------------------

    def toggle_workshop(self) -> None:
        if self.workshop is None or self.model is None:
            self.workshop_action.setChecked(False)
            return
        entering = self.stack.currentWidget() is not self.workshop
        self.workshop_action.setChecked(entering)
        if entering:
            self._docks_before = [d for d in self._all_docks() if d.isVisible()]
            for d in self._docks_before:
                d.hide()
            self.toolbar.hide()
            self.stack.setCurrentWidget(self.workshop)
            current = self.table.currentIndex()
            self.workshop.set_row(current.row() if current.isValid() else 0)
            self.workshop.setFocus()
            self._was_full_screen = self.isFullScreen()
            if self.isVisible():
                self.showFullScreen()
        else:
            row = self.workshop.row
            self.stack.setCurrentWidget(self.table)
            for d in getattr(self, "_docks_before", []):
                d.show()
            self.toolbar.show()
            if 0 <= row < self.model.rowCount():
                self.table.selectRow(row)
            self.table.setFocus()
            if self.isFullScreen() and not getattr(self, "_was_full_screen", False):
                self.showNormal()

    def _all_docks(self) -> list[QDockWidget]:
        return [
            self.filters_dock,
            self.nav_dock,
            self.detail_dock,
            self.dashboard_dock,
            self.crawl_dock,
        ]

    # ---- crawling, scoring, exporting ----------------------------------------------------------

    def _busy(self) -> bool:
        """A crawl, score or export uses the open project: switching now would pull it away."""
        if not self.crawl_panel.is_running():
            return False
        self.show_error(
            self.tr("A task is still running"),
            self.tr("Wait until it has finished, or stop it first."),
        )
        return True

    def new_audit(self) -> None:
        from audit_app.ui.new_audit_dialog import NewAuditDialog

        if self._busy():
            return
        dialog = NewAuditDialog(self, self._project_folder())
        dialog.accepted.connect(lambda: self.start_new_audit(dialog.result_audit()))
        dialog.open()
        self.new_audit_dialog = dialog

    def start_new_audit(self, audit: Any) -> None:
        """Create the project file and crawl into it; the table fills when the crawl ends."""
        if self._busy():
            return
        try:
            project = Project.create(audit.project_path)
        except Exception as exc:
            self.show_error(
                self.tr("The project could not be created"),
                f"{exc}\n\n" + self.tr("Choose another place or name for the project file."),
            )
            return
        self.set_project(project)
        self.start_crawl(audit.config)

    def start_crawl(self, config: Any, *, then_score: bool = True) -> None:
        if self.project is None:
            return
        self._after_crawl_score = then_score
        self.crawl_dock.show()
        self.crawl_dock.raise_()
        self.crawl_panel.run_crawl(self.project, config)

    def resume_crawl(self) -> None:
        if self.project is None:
            return
        from audit_app.core.crawl_job import last_crawl_run
        from crawlers.config import CrawlConfig

        last = last_crawl_run(self.project)
        if last is None:
            self.show_error(
                self.tr("No crawl to resume"),
                self.tr("This project has no crawl yet. Use File > New audit."),
            )
            return
        config, status = last
        if status == "finished" and not self.confirm_recrawl():
            return
        self.start_crawl(CrawlConfig.from_dict(config))

    def confirm_recrawl(self) -> bool:
        """The last crawl finished: resuming means fetching every page again. Ask first."""
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Crawl again?"),
            self.tr(
                "The last crawl is finished; there is nothing to resume. Crawling again "
                "fetches every page anew. Decisions, homes and notes are kept."
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            self,
        )
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Crawl again"))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        return box.exec() == QMessageBox.StandardButton.Yes

    def rescore(self) -> None:
        if self.project is not None and not self.crawl_panel.is_running():
            self.crawl_dock.show()
            self.crawl_dock.raise_()
            self.crawl_panel.run_scoring(self.project)

    def run_demo_crawl(self) -> None:
        """Crawl the bundled sample intranet into the open project (served on 127.0.0.1)."""
        if self.project is None:
            return
        project = self.project

        def job(progress: Any) -> Any:
            from audit_app.core.crawl_job import run_crawl
            from audit_app.core.sample_server import SampleServer
            from crawlers.config import CrawlConfig

            with SampleServer() as server:
                config = CrawlConfig(start=[server.base_url])
                return run_crawl(project, config, progress)

        self._after_crawl_score = True
        self.crawl_dock.show()
        self.crawl_dock.raise_()
        self.crawl_panel.run("crawl", self.tr("Crawling the sample intranet…"), job)

    def open_demo(self) -> None:
        if self._busy():
            return
        folder = Path(
            QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
        )
        path = folder / f"demo{PROJECT_SUFFIX}"
        try:
            project = Project.create(path, name="Demo")
        except Exception as exc:
            self.show_error(self.tr("The demo could not be started"), str(exc))
            return
        self.set_project(project)
        if self.model is not None and self.model.rowCount() == 0:
            self.run_demo_crawl()

    def _stage_finished(self, stage: str, outcome: str, result: Any) -> None:
        self.reload_everything()
        if outcome == "failed":
            hint = (
                self.tr(
                    "What was done so far is saved. Check the address "
                    "and login, then try again with Audit > Resume crawl."
                )
                if stage == "crawl"
                else self.tr("Nothing in the project was lost. Correct the cause and try again.")
            )
            self.show_error(self.tr("The task stopped with an error"), f"{result}\n\n{hint}")
            return
        if stage == "read-packs" and outcome == "done":
            self._review_plan_read(result)
            return
        if stage == "apply-packs" and outcome == "done":
            self.undo_stack.clear()  # earlier steps would now undo over the reviewers' work
        if (
            stage == "crawl"
            and outcome == "done"
            and self._after_crawl_score
            and self.project is not None
            and _has("audit_app.core.scoring.runner")
        ):
            self.crawl_panel.run_scoring(self.project)

    def reload_everything(self) -> None:
        if self.model is None:
            return
        steps: list[Callable[[], object]] = [self.model.reload]
        if self.filters is not None:
            steps.append(self.filters.reload_options)
        steps += [w.reload for w in (self.nav_panel, self.dashboard) if hasattr(w, "reload")]
        if self.detail is not None:
            steps.append(self.detail.refresh)
        self._run_steps(steps)

    def _run_steps(self, steps: list[Callable[[], object]]) -> None:
        """One step per turn of the event loop: each is quick, all of them in one go would
        freeze the window for over 100 ms at the end of a crawl."""
        if self.project is None:
            return  # closed in the meantime
        steps[0]()
        if len(steps) > 1:
            QTimer.singleShot(0, self, lambda: self._run_steps(steps[1:]))

    def export_workbook(self) -> None:
        if self.project is None:
            return
        path = file_dialogs.save_file(
            self,
            self.tr("Export migration plan"),
            self.project.path.with_suffix(".xlsx"),
            self.tr("Excel workbooks (*.xlsx)"),
        )
        if path:
            self.run_export(path)

    def run_export(self, path: Path) -> None:
        if self.project is None or self.crawl_panel.is_running():
            return
        project = self.project

        def job(progress: Any) -> Any:
            from exporters.options import ExportOptions
            from exporters.workbook import export_workbook

            lang: Lang = "en" if self.prefs.language == "en" else "nl"
            count = export_workbook(
                project, path, options=ExportOptions(lang=lang), progress=progress
            )
            return (
                self.tr("%1 pages written to %2").replace("%1", str(count)).replace("%2", str(path))
            )

        self.crawl_dock.show()
        self.crawl_dock.raise_()
        self.crawl_panel.run("export", self.tr("Exporting to Excel…"), job)

    def make_review_packs(self) -> None:
        """One Excel pack per reviewer, to fill in without the program and send back."""
        if self.project is None or self.crawl_panel.is_running():
            return
        folder = file_dialogs.choose_folder(
            self, self.tr("Folder for the review packs"), self.project.path.parent
        )
        if folder:
            self.run_review_packs(folder)

    def run_review_packs(self, folder: Path) -> None:
        if self.project is None:
            return
        project = self.project
        lang: Lang = "en" if self.prefs.language == "en" else "nl"

        def job(progress: Any) -> Any:
            from exporters.review_packs import export_review_packs

            made = export_review_packs(project, folder, lang=lang, progress=progress)
            if not made:
                return self.tr("No packs made: no reviewer has pages yet (Audit > Reviewers).")
            return (
                self.tr("%1 review packs written to %2")
                .replace("%1", str(len(made)))
                .replace("%2", str(folder))
            )

        self.crawl_dock.show()
        self.crawl_dock.raise_()
        self.crawl_panel.run("packs", self.tr("Making review packs…"), job)

    def import_reviews(self) -> None:
        if self.project is None or self.crawl_panel.is_running():
            return
        files = file_dialogs.open_files(
            self,
            self.tr("Returned review packs"),
            self.project.path.parent,
            self.tr("Excel workbooks (*.xlsx)"),
        )
        if files:
            self.read_reviews(files)

    def read_reviews(self, files: list[Path]) -> None:
        """Read the packs in the background, then show what they would change before applying."""
        if self.project is None:
            return
        project = self.project

        def job(progress: Any) -> Any:
            from exporters.review_import import read_packs

            return read_packs(project, files, progress)

        self.crawl_dock.show()
        self.crawl_panel.run("read-packs", self.tr("Reading review packs…"), job)

    def _review_plan_read(self, plan: Any) -> None:
        if plan.errors:
            shown = "\n".join(f"• {e}" for e in plan.errors[:12])
            more = len(plan.errors) - 12
            if more > 0:
                shown += "\n" + self.tr("… and %1 more").replace("%1", str(more))
            self.show_error(
                self.tr("Nothing was imported"),
                shown + "\n\n" + self.tr("Correct these cells in the packs and import again."),
            )
            return
        box = QMessageBox(self)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Import reviews"))
        text = self.tr("%1 changes from %2 packs.").replace("%1", str(len(plan.changes)))
        text = text.replace("%2", str(len(plan.packs)))
        if plan.conflicts:
            text += "\n\n" + self.tr(
                "%1 fields were also changed here after the packs went out. Whose value wins?"
            ).replace("%1", str(len(plan.conflicts)))
            theirs = box.addButton(self.tr("The reviewers'"), QMessageBox.ButtonRole.AcceptRole)
            box.addButton(self.tr("Keep ours"), QMessageBox.ButtonRole.AcceptRole)
        else:
            theirs = box.addButton(self.tr("Import"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setText(text)

        def chosen(button: Any) -> None:
            if box.buttonRole(button) != QMessageBox.ButtonRole.AcceptRole:
                return
            self.apply_reviews(plan, use_theirs=button is theirs)

        box.buttonClicked.connect(chosen)
        box.open()
        self.review_box = box

    def apply_reviews(self, plan: Any, *, use_theirs: bool) -> None:
        if self.project is None:
            return
        project = self.project

        def job(_progress: Any) -> Any:
            from exporters.review_import import apply_plan, resolve_all

            resolutions = resolve_all(plan, "theirs" if use_theirs else "ours")
            count = apply_plan(project, plan, resolutions)
            return self.tr("%1 fields imported from the review packs.").replace("%1", str(count))

        self.crawl_panel.run("apply-packs", self.tr("Importing reviews…"), job)

    def edit_reviewers(self) -> None:
        if self.project is None:
            return
        try:
            from audit_app.ui.reviewers_dialog import ReviewersDialog
        except ImportError:
            self.show_error(self.tr("Reviewers"), self.tr("Not available in this version."))
            return
        dialog = ReviewersDialog(self.project, self.undo_stack, self)
        dialog.finished.connect(lambda _r: self.reload_everything())
        dialog.open()

    def edit_preferences(self) -> None:
        from audit_app.ui.settings import PreferencesDialog

        dialog = PreferencesDialog(self.prefs, self)
        dialog.open()

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Content audit"),
            self.tr("Content audit helps you take stock of an old intranet and plan its move."),
        )


def _has(module: str, attr: str | None = None) -> bool:
    """Is an optional part of the app installed? Looks at files only: importing a module
    such as the scorer on the GUI thread would freeze the window for seconds (scipy)."""
    import importlib.util

    top, *rest = module.split(".")
    try:
        spec = importlib.util.find_spec(top)
    except (ImportError, ValueError):
        return False
    if spec is None or not spec.submodule_search_locations:
        return spec is not None and not rest
    base = Path(next(iter(spec.submodule_search_locations))).joinpath(*rest)
    return base.with_suffix(".py").is_file() or (base / "__init__.py").is_file()
