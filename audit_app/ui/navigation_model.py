"""The new navigation tree as a Qt item model: titles editable, nodes and pages droppable.

The tree is small (hundreds of nodes), so it is read whole from the project on every
``reload``. Edits never touch the model's own data: they push undo commands that change the
project, and the model reloads when the undo stack's index changes.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import (
    QAbstractItemModel,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QUndoStack

from audit_app.core import navigation as nav
from audit_app.core.changes import FieldChange
from audit_app.core.project import Project
from audit_app.ui.commands import (
    ChangeCommand,
    ErrorHandler,
    MoveNavNodeCommand,
    RenameNavNodeCommand,
    current_user,
)

PAGE_IDS_MIME = "application/x-content-audit-page-ids"
NODE_ID_MIME = "application/x-content-audit-nav-node"
NodeIdRole = Qt.ItemDataRole.UserRole + 1
CountsRole = Qt.ItemDataRole.UserRole + 2

AnyIndex = QModelIndex | QPersistentModelIndex


def decode_ids(data: QMimeData, mime: str) -> list[int]:
    """Integers from a JSON list in *data*; anything else is no ids (a foreign drag)."""
    if not data.hasFormat(mime):
        return []
    try:
        raw = json.loads(bytes(data.data(mime).data()).decode("utf-8"))
    except (ValueError, UnicodeDecodeError):
        return []
    if not isinstance(raw, list):
        return []
    return [int(x) for x in raw if isinstance(x, int) and not isinstance(x, bool)]


class NavigationModel(QAbstractItemModel):
    """Column 0: the node's title; column 1: its pages by decision."""

    pagesDropped = Signal(list, int)  # page ids, node id

    def __init__(
        self,
        project: Project,
        undo_stack: QUndoStack,
        parent: Any = None,
        *,
        who: str | None = None,
        on_error: ErrorHandler | None = None,
    ) -> None:
        super().__init__(parent)
        self.project = project
        self.undo_stack = undo_stack
        self._who = who
        self.on_error = on_error
        self._nodes: dict[int, nav.NavNode] = {}
        self._children: dict[int, list[int]] = {0: []}
        self._row: dict[int, int] = {}
        self._counts: dict[int, dict[str | None, int]] = {}
        self._subtree_total: dict[int, int] = {}
        undo_stack.indexChanged.connect(self.reload)
        self.reload()

    @property
    def who(self) -> str:
        """Recorded as the author of changes; the preferences' name unless set here."""
        return self._who or current_user()

    @who.setter
    def who(self, name: str | None) -> None:
        self._who = name or None

    # ---- loading ------------------------------------------------------------------------

    def reload(self) -> None:
        with self.project.read() as conn:
            nodes = nav.list_nodes(conn)
            counts = nav.counts_by_node(conn)
        self.beginResetModel()
        self._nodes = {n.id: n for n in nodes}
        self._children = {0: []}
        for n in nodes:
            self._children.setdefault(n.id, [])
        for n in nodes:
            parent = n.parent_id if n.parent_id in self._nodes else 0
            self._children[parent or 0].append(n.id)
        self._row = {c: i for kids in self._children.values() for i, c in enumerate(kids)}
        self._counts = counts
        self._subtree_total = {}
        for node_id in self._children[0]:
            self._sum_subtree(node_id)
        self.endResetModel()

    def _sum_subtree(self, node_id: int) -> int:
        total = sum(self._counts.get(node_id, {}).values())
        for child in self._children.get(node_id, []):
            total += self._sum_subtree(child)
        self._subtree_total[node_id] = total
        return total

    # ---- structure ----------------------------------------------------------------------

    def node_id(self, index: AnyIndex) -> int | None:
        return int(index.internalId()) if index.isValid() else None

    def index_of(self, node_id: int) -> QModelIndex:
        if node_id not in self._nodes:
            return QModelIndex()
        return self.createIndex(self._row[node_id], 0, node_id)

    def node(self, node_id: int) -> nav.NavNode | None:
        return self._nodes.get(node_id)

    def subtree_total(self, node_id: int) -> int:
        """Pages homed at the node or anywhere below it."""
        return self._subtree_total.get(node_id, 0)

    def index(self, row: int, column: int, parent: AnyIndex = QModelIndex()) -> QModelIndex:  # noqa: B008
        kids = self._children.get(self.node_id(parent) or 0, [])
        if not (0 <= row < len(kids)) or not (0 <= column < 2):
            return QModelIndex()
        return self.createIndex(row, column, kids[row])

    def parent(self, index: AnyIndex = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        node_id = self.node_id(index)
        if node_id is None or node_id not in self._nodes:
            return QModelIndex()
        parent_id = self._nodes[node_id].parent_id
        if parent_id is None or parent_id not in self._nodes:
            return QModelIndex()
        return self.createIndex(self._row[parent_id], 0, parent_id)

    def rowCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._children.get(self.node_id(parent) or 0, []))

    def columnCount(self, parent: AnyIndex = QModelIndex()) -> int:  # noqa: B008
        return 2

    # ---- data ---------------------------------------------------------------------------

    def counts_text(self, node_id: int) -> str:
        own = self._counts.get(node_id, {})
        parts = []
        for key, label in (
            ("keep", self.tr("%n kept", "", own.get("keep", 0))),
            ("rewrite", self.tr("%n to rewrite", "", own.get("rewrite", 0))),
            ("delete", self.tr("%n to delete", "", own.get("delete", 0))),
            (None, self.tr("%n undecided", "", own.get(None, 0))),
        ):
            if own.get(key):
                parts.append(label)
        total = self.subtree_total(node_id)
        if total > sum(own.values()):
            parts.append(self.tr("%n in total", "", total))
        return " · ".join(parts)

    def data(self, index: AnyIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        node_id = self.node_id(index)
        if node_id is None or node_id not in self._nodes:
            return None
        node = self._nodes[node_id]
        col = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return node.title if col == 0 else self.counts_text(node_id)
        if role == Qt.ItemDataRole.ToolTipRole:
            total = self.subtree_total(node_id)
            return self.tr("%1: %n page(s) here and below", "", total).replace("%1", node.title)
        if role == Qt.ItemDataRole.ForegroundRole and col == 1:
            return QColor("#5f6b7a")
        if role == NodeIdRole:
            return node_id
        if role == CountsRole:
            return dict(self._counts.get(node_id, {}))
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr("New navigation") if section == 0 else self.tr("Pages")
        return None

    def flags(self, index: AnyIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        f = (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemIsDragEnabled
            | Qt.ItemFlag.ItemIsDropEnabled
        )
        if index.column() == 0:
            f |= Qt.ItemFlag.ItemIsEditable
        return f

    def setData(self, index: AnyIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        node_id = self.node_id(index)
        if node_id is None or index.column() != 0 or role != Qt.ItemDataRole.EditRole:
            return False
        title = " ".join(str(value or "").split())
        if not title:
            if self.on_error:
                self.on_error(self.tr("A navigation item needs a name."))
            return False
        if title == self._nodes[node_id].title:
            return False
        self.undo_stack.push(
            RenameNavNodeCommand(self.project, node_id, title, self.who, on_error=self.on_error)
        )
        return True

    # ---- drag and drop ------------------------------------------------------------------

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction | Qt.DropAction.CopyAction | Qt.DropAction.LinkAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [NODE_ID_MIME, PAGE_IDS_MIME]

    def mimeData(self, indexes: Sequence[QModelIndex]) -> QMimeData:
        ids = sorted({i for i in (self.node_id(ix) for ix in indexes) if i is not None})
        data = QMimeData()
        data.setData(NODE_ID_MIME, json.dumps(ids).encode("utf-8"))
        return data

    def canDropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: AnyIndex
    ) -> bool:
        if data.hasFormat(PAGE_IDS_MIME):
            return parent.isValid() and bool(decode_ids(data, PAGE_IDS_MIME))
        if data.hasFormat(NODE_ID_MIME):
            target = self.node_id(parent)
            ids = decode_ids(data, NODE_ID_MIME)
            return len(ids) == 1 and (target is None or not self._is_within(target, ids[0]))
        return False

    def _is_within(self, node_id: int, ancestor: int) -> bool:
        seen: set[int] = set()
        cur: int | None = node_id
        while cur is not None and cur not in seen:
            if cur == ancestor:
                return True
            seen.add(cur)
            node = self._nodes.get(cur)
            cur = node.parent_id if node else None
        return False

    def dropMimeData(
        self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: AnyIndex
    ) -> bool:
        if action == Qt.DropAction.IgnoreAction:
            return True
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        target = self.node_id(parent)
        if data.hasFormat(PAGE_IDS_MIME):
            assert target is not None
            return self.drop_pages(decode_ids(data, PAGE_IDS_MIME), target)
        (moving,) = decode_ids(data, NODE_ID_MIME)
        self.undo_stack.push(
            MoveNavNodeCommand(
                self.project,
                moving,
                target,
                None if row < 0 else row,
                self.who,
                on_error=self.on_error,
            )
        )
        # False: the view must not remove the dragged rows, the reload already moved them.
        return False

    def drop_pages(self, page_ids: list[int], node_id: int) -> bool:
        """Give the pages their home at *node_id* as one undoable step."""
        node = self._nodes.get(node_id)
        if node is None or not page_ids:
            return False
        text = self.tr("%n page(s) to '%1'", "", len(page_ids)).replace("%1", node.title)
        before = self.undo_stack.index()
        self.undo_stack.push(
            ChangeCommand(
                self.project,
                [FieldChange("decision", int(p), "nav_node_id", node_id) for p in page_ids],
                self.who,
                text,
                on_error=self.on_error,
            )
        )
        moved = self.undo_stack.index() != before
        if moved:
            self.pagesDropped.emit(page_ids, node_id)
        return moved
