"""The main window: the start screen or the page table, with its panels around it.

The window lays out and wires the parts; each part lives in its own file: the start screen
(start_screen.py), actions and menus (window_actions.py), the open project with its undo stack
and page model (project_controller.py), filling a project (crawl_flows.py), exports and review
packs (transfer_flows.py), workshop mode (workshop_mode.py), and every background job through
the one task manager (taskman.py).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QUndoStack
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QMainWindow,
    QStackedWidget,
    QWidget,
)

from audit_app.core.db_errors import StoreError
from audit_app.core.navigation import list_nodes, node_paths
from audit_app.core.page_query import PageFilter
from audit_app.core.progress import Progress
from audit_app.core.project import Project
from audit_app.core.reviewers import find_reviewer
from audit_app.core.scoring.word_store import rescore_words
from audit_app.ui import file_dialogs, help_viewer, recovery_flows
from audit_app.ui.about_dialog import AboutDialog
from audit_app.ui.assets_view import AssetsPanel
from audit_app.ui.crawl_flows import CrawlFlows
from audit_app.ui.dashboard import DashboardWidget
from audit_app.ui.detail_panel import DetailPanel
from audit_app.ui.error_words import user_message
from audit_app.ui.filters_panel import FiltersPanel
from audit_app.ui.help_viewer import show_help
from audit_app.ui.messages import Messages
from audit_app.ui.nav_picker import NavPicker
from audit_app.ui.navigation_panel import NavigationPanel
from audit_app.ui.own_words_dialog import OwnWordsDialog, WordRecheck
from audit_app.ui.page_table_model import PageTableModel
from audit_app.ui.page_table_view import PageTableView
from audit_app.ui.plan_flows import PlanFlows
from audit_app.ui.progress_panel import ProgressPanel
from audit_app.ui.project_controller import ProjectController
from audit_app.ui.reviewers_dialog import ReviewersDialog
from audit_app.ui.server_dialog import ServerDialog
from audit_app.ui.settings import Preferences, PreferencesDialog
from audit_app.ui.start_screen import StartScreen
from audit_app.ui.taskman import ManagedTask, tasks
from audit_app.ui.thresholds_dialog import ThresholdsDialog
from audit_app.ui.transfer_flows import TransferFlows
from audit_app.ui.window_actions import WindowActions
from audit_app.ui.workshop_mode import WorkshopMode
from audit_app.ui.workshop_view import WorkshopView


class MainWindow(QMainWindow):
    projectOpened = Signal()

    def __init__(
        self, prefs: Preferences | None = None, *, use_webengine: bool | None = None
    ) -> None:
        super().__init__()
        self.prefs = prefs or Preferences()
        self.use_webengine = use_webengine
        self.messages = Messages(self)
        self.controller = ProjectController(self.prefs, self.messages, self)
        self.controller.selection = self.selected_page_ids
        self.controller.dialog_parent = self.dialog_parent
        self.controller.opened.connect(self._project_opened)
        self.controller.closing.connect(self._project_closing)
        self.controller.closed.connect(self._show_start)
        self.controller.notice.connect(self._notice)
        self.controller.passwordNeeded.connect(self.ask_open_server)
        self.controller.undo_stack.indexChanged.connect(self._stack_moved)
        self.word_recheck: WordRecheck | None = None  # made when the word list is first opened
        self.crawls = CrawlFlows(self.controller, self.messages, self)
        self.transfers = TransferFlows(self.controller, self.messages, self)
        self.plan_flows = PlanFlows(self.controller, self.messages, self)
        self.workshop_mode = WorkshopMode(self)
        tasks().started.connect(self._task_started)
        tasks().ended.connect(self._task_ended)
        tasks().refused.connect(self._task_refused)
        self.setWindowTitle(self.tr("Content audit"))
        self.resize(1280, 800)

        self.stack = QStackedWidget(self)
        # The workshop page's big buttons must not force a wide window while the table shows.
        self.stack.setMinimumSize(320, 240)
        self.start_screen = StartScreen(self)
        self.start_screen.newRequested.connect(self.crawls.new_audit)
        self.start_screen.openRequested.connect(self.ask_open)
        self.start_screen.demoRequested.connect(self.crawls.open_demo)
        self.start_screen.recentChosen.connect(self.open_project)
        self.stack.addWidget(self.start_screen)
        self.table = PageTableView(self)
        self.stack.addWidget(self.table)
        self.workshop: WorkshopView | None = None
        self.setCentralWidget(self.stack)

        self.progress_panel = ProgressPanel(self)
        self.progress_dock = self._dock(
            "crawl",
            self.tr("Progress"),
            self.progress_panel,
            Qt.DockWidgetArea.BottomDockWidgetArea,
        )
        self.filters: FiltersPanel | None = None
        self.detail: DetailPanel | None = None
        self.nav_panel: NavigationPanel | None = None
        self.dashboard: DashboardWidget | None = None
        self.assets: AssetsPanel | None = None
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
            "dashboard", self.tr("Overview"), QLabel(), Qt.DockWidgetArea.BottomDockWidgetArea
        )
        # images and other files: not pages, so beside the overview rather than in the table
        self.assets_dock = self._dock(
            "files", self.tr("Files"), QLabel(), Qt.DockWidgetArea.BottomDockWidgetArea
        )
        self.tabifyDockWidget(self.filters_dock, self.nav_dock)
        self.tabifyDockWidget(self.progress_dock, self.dashboard_dock)
        self.tabifyDockWidget(self.dashboard_dock, self.assets_dock)
        self.dashboard_dock.visibilityChanged.connect(self._dashboard_visible)
        self.assets_dock.visibilityChanged.connect(self._assets_visible)
        self.filters_dock.raise_()
        self.status_label = QLabel(self)
        self.statusBar().addPermanentWidget(self.status_label)
        self.presence_label = QLabel(self)  # who else works in a server project now
        self.statusBar().addPermanentWidget(self.presence_label)

        self.window_actions = WindowActions(self)
        for a in self.window_actions.page_actions:
            self.table.addAction(a)
        self.recent_menu, self.toolbar = self.window_actions.build_menus()
        self._refresh_recent()
        self._show_start()
        if self.prefs.window_geometry is not None:
            self.restoreGeometry(self.prefs.window_geometry)

    # ---- the open project, as others see it --------------------------------------------------

    @property
    def project(self) -> Project | None:
        return self.controller.project

    @property
    def model(self) -> PageTableModel | None:
        return self.controller.model

    @property
    def undo_stack(self) -> QUndoStack:
        return self.controller.undo_stack

    # ---- building ----------------------------------------------------------------------------

    def _dock(self, name: str, title: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(f"dock-{name}")
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        return dock

    def all_docks(self) -> list[QDockWidget]:
        return [
            self.filters_dock,
            self.nav_dock,
            self.detail_dock,
            self.dashboard_dock,
            self.assets_dock,
            self.progress_dock,
        ]

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
        for dock in (
            self.filters_dock,
            self.nav_dock,
            self.detail_dock,
            self.dashboard_dock,
            self.assets_dock,
        ):
            dock.hide()
        if not self.progress_panel.is_running():
            self.progress_dock.hide()
        self.toolbar.hide()
        self.window_actions.set_project_open(False)
        self.setWindowTitle(self.tr("Content audit"))

    def _show_project(self) -> None:
        self.stack.setCurrentWidget(self.table)
        self.toolbar.show()
        self.window_actions.set_project_open(True)
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
                    [self.filters_dock, self.detail_dock], [260, 420], Qt.Orientation.Horizontal
                ),
            )
        # A saved layout never leaves a project without its toolbar and panels.
        self.toolbar.show()
        if not any(d.isVisible() for d in (self.filters_dock, self.nav_dock, self.detail_dock)):
            for dock in (self.filters_dock, self.nav_dock, self.detail_dock):
                dock.show()

    # ---- opening and closing ---------------------------------------------------------------------

    def ask_open(self) -> None:
        recent = self.prefs.recent_projects
        path = file_dialogs.open_file(
            self,
            self.tr("Open project"),
            recent[0].parent if recent else Path.home(),
            self.tr("Audit projects (*.audit);;All files (*)"),
        )
        if path:
            self.open_project(path)

    def ask_open_server(self, location: str | None = None, message: str = "") -> None:
        """The server dialog; filled in when a server asked for a password."""
        dialog = ServerDialog(self)
        if location:
            dialog.fill(location, message)
        dialog.accepted.connect(lambda: self.open_project(dialog.location()))
        dialog.open()
        self.server_dialog = dialog

    def open_project(self, path: Path | str, then: Callable[[], None] | None = None) -> None:
        self.controller.open(path, then)

    def set_project(self, project: Project, ids: list[int] | None = None) -> None:
        self.controller.set_project(project, ids)

    def close_project(self) -> None:
        self.controller.close()

    def _project_opened(self) -> None:
        """Build the panels around the project the controller just opened."""
        project, model = self.controller.project, self.controller.model
        assert project is not None and model is not None
        self._refresh_recent()
        # The model is already sorted by address; set up the header without sorting again.
        self.table.setSortingEnabled(False)
        self.table.setModel(model)
        hh = self.table.horizontalHeader()
        saved = self.prefs.table_header
        if saved is None or not hh.restoreState(saved):
            self.table.apply_default_columns()
        else:
            self.table.stop_fitting()
        hh.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        model.modelReset.connect(self._after_reset)
        model.loadingChanged.connect(self._loading_changed)
        self.filters = FiltersPanel(project, self)
        self.filters.filterChanged.connect(model.set_filter)
        self.filters_dock.setWidget(self.filters)
        self.detail = DetailPanel(project, self, use_webengine=self.use_webengine)
        self.detail.pageRequested.connect(self.select_page)
        self.detail_dock.setWidget(self.detail)
        self.workshop = WorkshopView(model, self, use_webengine=self.use_webengine)
        self.workshop.decisionRequested.connect(self._workshop_decision)
        self.workshop.placeRequested.connect(self.ask_place)
        self.workshop.exitRequested.connect(self.workshop_mode.toggle)
        acts = self.window_actions
        # Undo, redo and leaving work from the room's remote whatever is on screen.
        self.workshop.addActions([acts.undo_action, acts.redo_action, acts.workshop_action])
        workshop_only = [
            acts.workshop_place_action,
            acts.workshop_next_action,
            acts.workshop_prev_action,
        ]
        for a in [*acts.page_actions, *workshop_only]:
            if a not in (acts.note_action, acts.place_action):
                self.workshop.addAction(a)
        self.stack.addWidget(self.workshop)
        self.nav_panel = NavigationPanel(project, self.undo_stack, parent=self)
        self.nav_panel.who = self.prefs.user_name
        self.nav_panel.filterRequested.connect(self._nav_node_chosen)
        self.nav_panel.homelessRequested.connect(self._show_homeless)
        self.nav_panel.pagesDropped.connect(self._pages_dropped)
        self.nav_dock.setWidget(self.nav_panel)
        self.dashboard = None  # built when first shown: its charts read the whole project
        if self.dashboard_dock.isVisible():
            self._dashboard_visible(True)
        self.assets = None  # built when first shown, like the overview
        if self.assets_dock.isVisible():
            self._assets_visible(True)
        assert self.controller.guard is not None
        self.controller.guard.outsideChanged.connect(self._outside_changed)
        self.controller.guard.backupFailed.connect(lambda m: self.statusBar().showMessage(m, 15000))
        self.controller.guard.serverProblem.connect(
            lambda m: self.statusBar().showMessage(m, 15000)
        )
        self.controller.guard.presenceChanged.connect(self.presence_label.setText)
        self.setWindowTitle(self.tr("%1 — Content audit").replace("%1", project.name))
        self._show_project()
        if project.network is not None:
            self.messages.info(
                self.tr("Project on a network drive"),
                self.tr(
                    "This project is on a network drive (%1). Working in one file from several "
                    "computers is not safe there, so only one person at a time can have it "
                    "open; anyone who opens it meanwhile is told that you have it. To work "
                    "together, use review packs."
                ).replace("%1", project.network),
            )
        self._update_status()
        if model.rowCount():
            self.table.selectRow(0)
        self.projectOpened.emit()

    def _project_closing(self) -> None:
        """The views let go of the project before the controller closes it."""
        self.presence_label.clear()
        self.workshop_mode.leave()
        if self.stack.currentWidget() is not self.start_screen:
            self.prefs.window_state = self.saveState()
        self.prefs.table_header = self.table.horizontalHeader().saveState()
        self.table.setModel(None)
        if self.workshop is not None:
            self.stack.removeWidget(self.workshop)
            self.workshop.deleteLater()
            self.workshop = None
        for dock in (
            self.filters_dock,
            self.detail_dock,
            self.nav_dock,
            self.dashboard_dock,
            self.assets_dock,
        ):
            old = dock.widget()
            dock.setWidget(QLabel())
            if old is not None:
                old.deleteLater()
        self.filters = self.detail = self.nav_panel = self.dashboard = self.assets = None

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.progress_panel.is_running():
            self.progress_panel.cancel()
        tasks().wait_all()
        self.close_project()  # saves the layout of the project screen
        self.prefs.window_geometry = self.saveGeometry()
        self.prefs.sync()
        super().closeEvent(event)

    def restore_backup(self) -> None:
        project = self.project
        if project is not None:
            recovery_flows.restore_backup(
                self,
                project.path,
                project.project_id,
                self.controller.run_side_job,
                self.open_project,
            )

    # ---- background work -------------------------------------------------------------------------

    def _task_started(self, managed: ManagedTask) -> None:
        """Project work on our project shows in the progress panel."""
        if managed.owner is not self.project or not managed.title:
            return
        previous = self.progress_panel.current
        follows = (
            previous is not None
            and previous.stage == "crawl"
            and managed.stage == "score"
            and previous.outcome == "done"
        )
        self.progress_panel.watch(managed, follows=follows)
        self.progress_dock.show()
        self.progress_dock.raise_()

    def _task_ended(self, managed: ManagedTask) -> None:
        if managed.owner is not self.project:
            return
        self.reload_everything()

    def _task_refused(self, project: object, _title: str) -> None:
        if project is self.project:
            self.controller.busy()  # says what runs and to wait

    def _outside_changed(self, found: Any) -> None:
        """Another process (a colleague's command, a second window) wrote to the project."""
        try:
            self._take_outside_changes(found)
        except StoreError as exc:  # a server project's server away for a moment
            self.statusBar().showMessage(user_message(exc), 15000)

    def _take_outside_changes(self, found: Any) -> None:
        if self.model is None or self.progress_panel.is_running():
            return  # our own crawl or import reloads everything when it ends
        if found.pages_changed:
            self.reload_everything()
        else:
            if found.page_ids:
                self.model.refresh_pages(found.page_ids)
            if self.detail is not None:
                self.detail.refresh()
            if self.workshop_mode.active() and self.workshop is not None:
                self.workshop.refresh()
            if (found.structure or found.page_ids) and self.nav_panel is not None:
                self.nav_panel.reload()
        if found.describe():
            self.statusBar().showMessage(found.describe(), 8000)

    def reload_everything(self) -> None:
        if self.model is None:
            return
        steps: list[Callable[[], object]] = [self.model.reload]
        if self.filters is not None:
            steps.append(self.filters.reload_options)
        steps += [w.reload for w in (self.nav_panel, self.dashboard, self.assets) if w is not None]
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

    # ---- panels --------------------------------------------------------------------------------

    def _pages_dropped(self, page_ids: list[int], _node_id: int) -> None:
        if self.model is not None:
            self.model.refresh_pages(page_ids)
        if self.detail is not None:
            self.detail.refresh()

    def _dashboard_visible(self, visible: bool) -> None:
        if visible and self.project is not None and self.dashboard is None:
            self.dashboard = DashboardWidget(self.project, parent=self)
            self.dashboard_dock.setWidget(self.dashboard)

    def _assets_visible(self, visible: bool) -> None:
        if visible and self.project is not None and self.assets is None:
            self.assets = AssetsPanel(self.project, parent=self)
            self.assets.pageRequested.connect(self.select_page)
            self.assets_dock.setWidget(self.assets)

    def _nav_node_chosen(self, node_id: int) -> None:
        if self.filters is None or self.project is None:
            return
        with self.project.read() as conn:
            path = node_paths(conn).get(node_id, "")
        label = self.tr("New navigation: %1").replace("%1", path)
        self.filters.show_nav_node(node_id, label)
        self.statusBar().showMessage(
            self.tr("The table shows only: %1. Clear it under Filters.").replace("%1", label),
            10000,
        )

    def _show_homeless(self) -> None:
        if self.filters is not None:
            self.filters.show_nav_node(
                "none", self.tr("Pages to keep or rewrite without a place in the new navigation")
            )

    def show_my_pages(self) -> None:
        """Filter the table to the pages of the reviewer with the user's name."""
        if self.project is None or self.filters is None:
            return
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

    def edit_reviewers(self) -> None:
        if self.project is None:
            return
        dialog = ReviewersDialog(self.project, self.undo_stack, self)
        dialog.finished.connect(lambda _r: self.reload_everything())
        dialog.open()

    def edit_own_words(self) -> None:
        if self.project is None:
            return
        if self.word_recheck is None:
            self.word_recheck = WordRecheck(self._recheck_words, self)
        dialog = OwnWordsDialog(self.project, self.undo_stack, self.word_recheck.touch, self)
        dialog.open()

    def _recheck_words(self, done: Callable[[], None]) -> None:
        """Redo the word counts off the GUI thread after the own word list changed (also by
        undo or redo), then show the new marks and reasons."""
        project = self.project
        if project is None:
            done()
            return

        def job(progress: Progress) -> Any:
            return rescore_words(project, progress, isolate=True)

        def finished_ok(_result: Any) -> None:
            self.reload_everything()
            done()

        def failed(message: str) -> None:
            self.controller.job_failed(message)
            done()

        started = tasks().run_project_work(
            project,
            "words",
            self.tr("Checking words again…"),
            job,
            on_done=finished_ok,
            on_failed=failed,
            on_cancelled=lambda _r: done(),
        )
        if started is None:  # other work on the project: the next scoring counts the words
            done()

    def edit_preferences(self) -> None:
        PreferencesDialog(self.prefs, self).open()

    def edit_thresholds(self) -> None:
        project = self.project
        if project is None or tasks().busy(project):
            return
        self.thresholds_dialog = ThresholdsDialog(project, self)
        self.thresholds_dialog.accepted.connect(
            lambda: self.crawls.rescore() if self.thresholds_dialog.changed else None
        )
        self.thresholds_dialog.open()

    def show_help(self) -> None:
        show_help(self)

    def about(self) -> None:
        path = self.project.path if self.project is not None else None
        self.about_dialog = AboutDialog(path, self.prefs.store.fileName(), self)
        self.about_dialog.open()

    # ---- selection and status ----------------------------------------------------------------

    def selected_page_ids(self) -> list[int]:
        if self.model is None:
            return []
        if self.workshop_mode.active() and self.workshop is not None:
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

    def _notice(self, message: str) -> None:
        if message:
            self.statusBar().showMessage(message, 6000)
        else:
            self.statusBar().clearMessage()

    def _loading_changed(self, loading: bool) -> None:
        self._notice(self.tr("Sorting and filtering…") if loading else "")

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
        self.status_label.setText(
            self.tr("%1 of %n pages shown", "", self.controller.page_count()).replace(
                "%1", str(self.model.rowCount())
            )
        )

    def _stack_moved(self, _index: int) -> None:
        if self.model is not None:
            self.model.refresh_pages(None)
        if self.detail is not None:
            self.detail.refresh()
        if self.workshop_mode.active() and self.workshop is not None:
            self.workshop.refresh()
        if self.nav_panel is not None:
            self.nav_panel.reload()

    # ---- deciding ----------------------------------------------------------------------------

    def ask_note(self) -> None:
        ids = self.selected_page_ids()
        if not ids:
            return
        note, ok = help_viewer.ask_text(
            self,
            help_viewer.DECIDING,
            self.tr("Note"),
            self.tr("Note for the selected pages:"),
            self.controller.note_of(ids[0]),
            multiline=True,
        )
        if ok:
            self.controller.set_note(note, ids)

    def ask_new_url(self) -> None:
        """The selected pages' own address on the new intranet (for the redirects)."""
        ids = self.selected_page_ids()
        if not ids:
            return
        url, ok = help_viewer.ask_text(
            self,
            help_viewer.NEW_URL,
            self.tr("New URL"),
            self.tr(
                "Address of the selected pages on the new intranet (leave empty to use the "
                "address of their place in the navigation):"
            ),
            self.controller.new_url_of(ids[0]),
        )
        if ok:
            self.controller.set_new_url(url, ids)

    def dialog_parent(self) -> QWidget:
        """Questions in a workshop appear over the workshop view, in its large type."""
        if self.workshop_mode.active() and self.workshop is not None:
            return self.workshop
        return self

    def ask_place(self) -> None:
        """Give the selected page(s) a home: type to find the item, Enter places them."""
        ids = self.selected_page_ids()
        if self.project is None or self.nav_panel is None or not ids:
            return
        with self.project.read() as conn:
            nodes, paths = list_nodes(conn), node_paths(conn)
        detail = self.controller.page_summary(ids[0])
        title = detail[0] if len(ids) == 1 else self.tr("%n pages", "", len(ids))
        parent = self.dialog_parent()
        self.nav_picker = NavPicker(
            nodes, paths, page_title=title, current=detail[1], parent=parent
        )
        if self.workshop_mode.active() and self.workshop is not None:
            self.nav_picker.resize(self.width() // 2, self.height() * 2 // 3)
        self.nav_picker.accepted.connect(lambda: self._place(ids, self.nav_picker.chosen_id))
        self.nav_picker.open()
        self.nav_picker.activateWindow()
        self.nav_picker.search.setFocus()

    def _place(self, page_ids: list[int], node_id: int | None) -> None:
        if node_id is None or self.nav_panel is None or self.project is None:
            return
        placed = self.nav_panel.model.drop_pages(page_ids, node_id)
        with self.project.read() as conn:
            path = node_paths(conn).get(node_id, "").replace(" > ", " › ")
        if placed:
            self.nav_panel.select_node(node_id)
            message = self.tr("Placed under %1. Undo with Ctrl+Z.").replace("%1", path)
        else:
            message = self.tr("Nothing changed: already under %1.").replace("%1", path)
        if self.workshop_mode.active() and self.workshop is not None:
            self.workshop.refresh()
            self.workshop.show_flash(message)
        else:
            self.statusBar().showMessage(message, 8000)

    def _workshop_decision(self, key: str) -> None:
        if key == "accept":
            self.controller.accept_suggestion()
        else:
            self.controller.decide(key)

    def next_page(self) -> None:
        self._step(1)

    def previous_page(self) -> None:
        self._step(-1)

    def _step(self, delta: int) -> None:
        if self.model is None:
            return
        if self.workshop_mode.active() and self.workshop is not None:
            (self.workshop.next if delta > 0 else self.workshop.previous)()
            return
        row = self.table.currentIndex().row() + delta
        if 0 <= row < self.model.rowCount():
            self.table.selectRow(row)
