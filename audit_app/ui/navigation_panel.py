"""The panel where a workshop builds the new navigation and gives pages their home.

A tree with a small toolbar, a message line instead of pop-ups for everyday feedback (a
workshop projects this screen; modal boxes interrupt the room), and a warning badge that
counts kept or rewritten pages that still have no place in the new intranet.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QToolBar,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from audit_app.core import navigation as nav
from audit_app.core.changes import FieldChange
from audit_app.core.nav_import import NavImportError, read_tree_file, templates
from audit_app.core.project import Project
from audit_app.ui import file_dialogs, help_viewer
from audit_app.ui.commands import (
    AddNavNodeCommand,
    ChangeCommand,
    DeleteNavNodeCommand,
    ImportNavTreeCommand,
    current_user,
)
from audit_app.ui.error_words import user_message
from audit_app.ui.navigation_model import NavigationModel

_MESSAGE_STYLE = {
    "error": "background:#fdecea; color:#8a1c12; border:1px solid #f5c2bd;",
    "info": "background:#e8f3ec; color:#1d5a32; border:1px solid #b9dcc5;",
}
_BADGE_STYLE = (
    "QPushButton { background:#fff4e0; color:#7a4b00; border:1px solid #f0c36d; "
    "border-radius:10px; padding:3px 10px; font-weight:600; text-align:left; }"
    "QPushButton:hover { background:#ffe9bf; }"
)


class NavigationPanel(QWidget):
    pagesDropped = Signal(list, int)  # page ids, node id: after the command is pushed
    nodeSelected = Signal(int)  # node id (selecting never filters the table by itself)
    filterRequested = Signal(int)  # node id: the user asked to see the pages placed here
    homelessRequested = Signal()  # the user wants to see the pages without a home

    def __init__(self, project: Project, undo_stack: QUndoStack, parent: QWidget | None = None):
        super().__init__(parent)
        self.project = project
        self.undo_stack = undo_stack
        self._who: str | None = None
        self._expanded: set[int] = set()
        self._current: int | None = None
        self._first_load = True
        self._last_emitted: int | None = None
        self._restoring = False

        self.model = NavigationModel(project, undo_stack, self, on_error=self.show_error)
        self.model.pagesDropped.connect(self._pages_dropped)

        self.toolbar = QToolBar(self)
        self.toolbar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.add_action = self._action(self.tr("New"), self.add_node, self.tr("Add an item"))
        self.add_child_action = self._action(
            self.tr("Sub-item"), self.add_child, self.tr("Add an item under the selected one")
        )
        self.rename_action = self._action(self.tr("Rename"), self.rename_selected)
        self.rename_action.setShortcut(QKeySequence(Qt.Key.Key_F2))
        self.delete_action = self._action(self.tr("Delete"), self.delete_selected)
        self.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.show_pages_action = self._action(
            self.tr("Show pages"),
            self.show_pages,
            self.tr("Show the pages placed here (and below) in the table"),
        )
        self.gone_action = self._action(
            self.tr("Deleted pages here get 410"),
            self.toggle_gone,
            self.tr(
                "Deleted pages placed here get 410 (gone) instead of a redirect to this item's "
                "page; items below follow unless they choose otherwise"
            ),
            in_toolbar=False,
        )
        self.gone_action.setCheckable(True)
        self.toolbar.addSeparator()
        self.import_action = self._action(
            self.tr("From a file (text or CSV)…"),
            self.choose_import_file,
            self.tr("Read a tree from an indented text file or a CSV (Excel) file"),
            in_toolbar=False,
        )
        self.import_menu = QMenu(self)
        self.import_menu.addAction(self.import_action)
        self.import_menu.addSection(self.tr("Templates"))
        for name in templates():
            # "&" marks a shortcut letter in a menu: "Werk & organisatie" lost its "&"
            self.import_menu.addAction(name.replace("&", "&&"), partial(self.apply_template, name))
        self.import_button = QToolButton(self)
        self.import_button.setText(self.tr("Import"))
        self.import_button.setToolTip(
            self.tr("Import a tree from a file, or start from a ready-made template")
        )
        self.import_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.import_button.setMenu(self.import_menu)
        self._message_index: int | None = None
        undo_stack.indexChanged.connect(self._stack_moved)

        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setVisible(False)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._message_timer = QTimer(self)
        self._message_timer.setSingleShot(True)
        self._message_timer.timeout.connect(lambda: self.message.setVisible(False))

        self.badge = QPushButton(self)
        self.badge.setStyleSheet(_BADGE_STYLE)
        self.badge.setCursor(Qt.CursorShape.PointingHandCursor)
        self.badge.setToolTip(
            self.tr(
                "Pages marked keep or rewrite that have no place in the new navigation yet. "
                "Click to show them."
            )
        )
        self.badge.clicked.connect(self.homelessRequested)
        badge_row = QHBoxLayout()
        badge_row.setContentsMargins(0, 0, 0, 0)
        badge_row.addWidget(self.badge)
        badge_row.addStretch(1)
        # Beside the badge rather than in the toolbar: there it would drop into the toolbar's
        # overflow menu in a narrow panel, out of reach once the tree has items.
        badge_row.addWidget(self.import_button)

        self.empty_label = QLabel(
            self.tr(
                "No navigation yet. Start from a template, import a tree from a text or CSV "
                "file, or add the first item."
            ),
            self,
        )
        self.empty_label.setWordWrap(True)
        self.empty_label.setStyleSheet("color:#5f6b7a; padding:12px 12px 4px 12px;")
        self.empty_button = QPushButton(self.tr("Choose a template or file…"), self)
        self.empty_button.setMenu(self.import_menu)
        empty_row = QHBoxLayout()
        empty_row.setContentsMargins(12, 0, 12, 8)
        empty_row.addWidget(self.empty_button)
        empty_row.addStretch(1)

        self.tree = QTreeView(self)
        self.tree.setModel(self.model)
        # After setModel, so these run after the view's own reset handling.
        self.model.modelAboutToBeReset.connect(self._remember_view)
        self.model.modelReset.connect(self._restore_view)
        self.tree.setHeaderHidden(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setStyleSheet("QTreeView::item { padding: 3px 2px; }")
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.tree.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.tree.setDragEnabled(True)
        self.tree.setAcceptDrops(True)
        self.tree.setDropIndicatorShown(True)
        self.tree.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        for action in (
            self.add_action,
            self.add_child_action,
            self.rename_action,
            self.delete_action,
            self.show_pages_action,
            self.gone_action,
        ):
            self.tree.addAction(action)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.selectionModel().currentChanged.connect(self._current_changed)
        self.tree.expanded.connect(lambda ix: self._expanded_changed(ix, True))
        self.tree.collapsed.connect(lambda ix: self._expanded_changed(ix, False))

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.setSpacing(6)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.message)
        layout.addLayout(badge_row)
        layout.addWidget(self.empty_label)
        layout.addLayout(empty_row)
        layout.addWidget(self.tree, 1)
        self._restore_view()

    def _action(
        self,
        text: str,
        slot: Callable[[], object],
        tip: str | None = None,
        *,
        in_toolbar: bool = True,
    ) -> QAction:
        action = QAction(text, self)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        # Not connected directly: triggered(bool) would arrive as the slot's first argument.
        action.triggered.connect(lambda _checked=False: slot())
        if tip:
            action.setToolTip(tip)
        self.addAction(action)
        if in_toolbar:
            self.toolbar.addAction(action)
        return action

    @property
    def who(self) -> str:
        """Recorded as the author of changes; the preferences' name unless set here."""
        return self._who or current_user()

    @who.setter
    def who(self, name: str | None) -> None:
        self._who = name or None
        self.model.who = name

    # ---- public -------------------------------------------------------------------------

    def reload(self) -> None:
        """Re-read the tree and counts, e.g. after decisions were changed outside the stack."""
        self.model.reload()

    def current_node_id(self) -> int | None:
        return self.model.node_id(self.tree.currentIndex())

    def select_node(self, node_id: int) -> None:
        index = self.model.index_of(node_id)
        if index.isValid():
            self.tree.scrollTo(index)
            self.tree.setCurrentIndex(index)

    def show_pages(self) -> None:
        node_id = self.current_node_id()
        if node_id is not None:
            self.filterRequested.emit(node_id)

    def show_error(self, text: str) -> None:
        self._show(text, "error")

    def show_info(self, text: str) -> None:
        self._show(text, "info")

    @property
    def homeless(self) -> int:
        with self.project.read() as conn:
            return nav.homeless_count(conn)

    # ---- actions ------------------------------------------------------------------------

    def add_node(self, title: str | None = None, parent_id: int | None = -1) -> int | None:
        """Add an item next to the selected one (or under *parent_id*) and start renaming it."""
        if parent_id == -1:
            current = self.current_node_id()
            node = self.model.node(current) if current is not None else None
            parent_id = node.parent_id if node else None
        cmd = AddNavNodeCommand(
            self.project, title or self.tr("New item"), parent_id, self.who,
            on_error=self.show_error,
        )  # fmt: skip
        self.undo_stack.push(cmd)
        if cmd.node_id is None or cmd.error:
            return None
        if parent_id is not None:
            self.tree.expand(self.model.index_of(parent_id))
        self.select_node(cmd.node_id)
        if title is None:
            self.tree.edit(self.tree.currentIndex())
        return cmd.node_id

    def add_child(self, title: str | None = None) -> int | None:
        current = self.current_node_id()
        if current is None:
            self.show_error(self.tr("Select the item to add a sub-item under."))
            return None
        return self.add_node(title, current)

    def _show_gone_choice(self, node_id: int | None) -> None:
        gone = False
        if node_id is not None:
            with self.project.read() as conn:
                gone = nav.deleted_to(conn, node_id) == "gone"
        self.gone_action.setChecked(gone)

    def toggle_gone(self) -> None:
        """Deleted pages on this item: 410, or (again) a redirect to the item's page."""
        node_id = self.current_node_id()
        if node_id is None:
            return
        value = "gone" if self.gone_action.isChecked() else None
        text = (
            self.tr("Deleted pages here get 410")
            if value
            else self.tr("Deleted pages here go to this item's page")
        )
        cmd = ChangeCommand(
            self.project,
            [FieldChange("nav_node", node_id, "deleted_to", value)],
            self.who,
            text,
            on_done=lambda: self._show_gone_choice(self.current_node_id()),
            on_error=self.show_error,
        )
        self.undo_stack.push(cmd)

    def rename_selected(self) -> None:
        index = self.tree.currentIndex()
        if index.isValid():
            self.tree.edit(index.siblingAtColumn(0))

    def delete_selected(self, confirm: bool = True) -> bool:
        node_id = self.current_node_id()
        if node_id is None:
            return False
        node = self.model.node(node_id)
        assert node is not None
        with self.project.read() as conn:
            below = len(nav.subtree_ids(conn, node_id)) - 1
        pages = self.model.subtree_total(node_id)
        if confirm and (below or pages):
            text = self.tr("Delete '%1'?").replace("%1", node.title)
            if below:
                text += " " + self.tr("%n item(s) below it will be deleted too.", "", below)
            if pages:
                text += " " + self.tr("%n page(s) will lose their place.", "", pages)
            text += " " + self.tr("You can undo this.")
            if not help_viewer.ask_yes_no(
                self, help_viewer.NAVIGATION, self.tr("Delete navigation item"), text
            ):
                return False
        cmd = DeleteNavNodeCommand(self.project, node_id, self.who, on_error=self.show_error)
        cmd.setText(self.tr("Delete '%1'").replace("%1", node.title))
        self.undo_stack.push(cmd)
        if pages:
            self.show_info(
                self.tr("%n page(s) no longer have a place. Undo with Ctrl+Z.", "", pages)
            )
        return cmd.snapshot is not None

    def choose_import_file(self) -> None:
        path = file_dialogs.open_file(
            self,
            self.tr("Import navigation"),
            self.project.path.parent,
            self.tr("Navigation (*.txt *.csv);;All files (*)"),
        )
        if path:
            self.import_file(str(path))

    def import_file(self, path: str | Path) -> int:
        """Import a tree file at the top level; a broken file imports nothing."""
        try:
            items = read_tree_file(path)
        except NavImportError as exc:
            self.show_error(self.tr("Nothing was imported: %1").replace("%1", user_message(exc)))
            return 0
        text = self.tr("Import '%1'").replace("%1", Path(path).name)
        return self._push_tree([i.path for i in items], text)

    def apply_template(self, name: str) -> int:
        path = templates().get(name)
        if path is None:
            self.show_error(self.tr("Template '%1' not found.").replace("%1", name))
            return 0
        items = read_tree_file(path)
        return self._push_tree(
            [i.path for i in items], self.tr("Template '%1'").replace("%1", name)
        )

    def _push_tree(self, paths: list[tuple[str, ...]], text: str) -> int:
        cmd = ImportNavTreeCommand(self.project, paths, None, self.who, text,
                                   on_error=self.show_error)  # fmt: skip
        self.undo_stack.push(cmd)
        if cmd.error:
            return 0
        n = len(cmd.created)
        if n:
            self.show_info(self.tr("%n item(s) added. Undo with Ctrl+Z.", "", n))
        else:
            self.show_info(self.tr("All items were already there; nothing added."))
        return n

    # ---- view state ---------------------------------------------------------------------

    def _show(self, text: str, kind: str) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(_MESSAGE_STYLE[kind] + "border-radius:4px; padding:6px;")
        self.message.setVisible(True)
        self._message_timer.start(12000 if kind == "info" else 30000)
        self._message_index = self.undo_stack.index()

    def _stack_moved(self, index: int) -> None:
        """Undo or redo makes a message about the step before ("4 pages placed") untrue."""
        if self._message_index is not None and index != self._message_index:
            self._message_timer.stop()
            self.message.setVisible(False)
            self._message_index = None

    def _pages_dropped(self, page_ids: list[int], node_id: int) -> None:
        node = self.model.node(node_id)
        title = node.title if node else ""
        self.show_info(
            self.tr("%n page(s) placed under '%1'.", "", len(page_ids)).replace("%1", title)
        )
        self.pagesDropped.emit(page_ids, node_id)

    def _remember_view(self) -> None:
        self._current = self.current_node_id()
        self._restoring = True

    def _expanded_changed(self, index: QModelIndex, expanded: bool) -> None:
        node_id = self.model.node_id(index)
        if node_id is None or self._restoring:
            return
        if expanded:
            self._expanded.add(node_id)
        else:
            self._expanded.discard(node_id)

    def _restore_view(self) -> None:
        self._restoring = False
        if self._first_load:
            self._first_load = False
            for row in range(self.model.rowCount()):
                self.tree.expand(self.model.index(row, 0))
        else:
            for node_id in list(self._expanded):
                self.tree.expand(self.model.index_of(node_id))
        if self._current is not None:
            index = self.model.index_of(self._current)
            if index.isValid():
                self.tree.setCurrentIndex(index)
        empty = self.model.rowCount() == 0
        self.empty_label.setVisible(empty)
        self.empty_button.setVisible(empty)
        n = self.homeless
        self.badge.setText(self.tr("⚠ %n page(s) without a place", "", n))
        self.badge.setVisible(n > 0)
        has = self.current_node_id() is not None
        for action in (
            self.add_child_action,
            self.rename_action,
            self.delete_action,
            self.show_pages_action,
            self.gone_action,
        ):
            action.setEnabled(has)
        self._show_gone_choice(self.current_node_id())

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        node_id = self.model.node_id(current)
        has = node_id is not None
        for action in (
            self.add_child_action,
            self.rename_action,
            self.delete_action,
            self.show_pages_action,
            self.gone_action,
        ):
            action.setEnabled(has)
        self._show_gone_choice(node_id)
        if node_id is not None and node_id != self._last_emitted:
            self._last_emitted = node_id
            self.nodeSelected.emit(node_id)
