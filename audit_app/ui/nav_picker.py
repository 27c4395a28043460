"""Choosing a page's home in the new navigation by typing: the picker behind `N`.

The whole tree is shown; each typed word narrows it to the items whose path contains that word
(ancestors stay visible, so the room sees where an item sits). Up/Down move, Enter places.
Works with a remote's arrow keys and Enter, and with a mouse (double-click).
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from audit_app.core.navigation import NavNode
from audit_app.ui import help_viewer

NODE_ROLE = Qt.ItemDataRole.UserRole + 1
PATH_ROLE = Qt.ItemDataRole.UserRole + 2
AnyIndex = QModelIndex | QPersistentModelIndex


class _PathFilter(QSortFilterProxyModel):
    """Keeps items whose full path contains every typed word (case and accents as typed)."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.words: list[str] = []
        self.setRecursiveFilteringEnabled(True)

    def set_words(self, typed: str) -> None:
        self.beginFilterChange()
        self.words = typed.casefold().split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: AnyIndex) -> bool:
        if not self.words:
            return True
        index = self.sourceModel().index(source_row, 0, source_parent)
        path = str(index.data(PATH_ROLE) or "").casefold()
        return all(w in path for w in self.words)


def build_tree_model(nodes: list[NavNode], paths: dict[int, str]) -> QStandardItemModel:
    model = QStandardItemModel()
    items: dict[int, QStandardItem] = {}
    for node in sorted(nodes, key=lambda n: (n.position, n.id)):
        item = QStandardItem(node.title)
        item.setEditable(False)
        item.setData(node.id, NODE_ROLE)
        item.setData(paths.get(node.id, node.title), PATH_ROLE)
        items[node.id] = item
    # Parents before children whatever the order of the list.
    for node in sorted(nodes, key=lambda n: (n.position, n.id)):
        parent = items.get(node.parent_id) if node.parent_id is not None else None
        (parent or model.invisibleRootItem()).appendRow(items[node.id])
    return model


class NavPicker(help_viewer.GuidedDialog):
    """Pick one item of the new navigation; ``chosen_id`` holds it after ``accepted``."""

    help_topic = help_viewer.PLACE

    def __init__(
        self,
        nodes: list[NavNode],
        paths: dict[int, str],
        *,
        page_title: str,
        current: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("New home"))
        self.setObjectName("navPicker")
        self.chosen_id: int | None = None
        self.source = build_tree_model(nodes, paths)
        self.proxy = _PathFilter(self)
        self.proxy.setSourceModel(self.source)
        heading = QLabel(self.tr("Where does “%1” go?").replace("%1", page_title), self)
        heading.setWordWrap(True)
        f = heading.font()
        f.setBold(True)
        heading.setFont(f)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Type to search, e.g. verlof"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._filter)
        self.search.installEventFilter(self)
        self.tree = QTreeView(self)
        self.tree.setModel(self.proxy)
        self.tree.setHeaderHidden(True)
        self.tree.setUniformRowHeights(True)
        self.tree.doubleClicked.connect(lambda _i: self.accept())
        self.hint = QLabel(self.tr("↑ ↓ choose · Enter places the page · Esc cancels"), self)
        self.empty = QLabel(
            self.tr(
                "The new navigation has no items yet. Build it in the New navigation panel "
                "first (View > New navigation)."
            ),
            self,
        )
        self.empty.setWordWrap(True)
        self.empty.setVisible(not nodes)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.place_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.place_button.setText(self.tr("Place here"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.add_help_button(buttons)
        lay = QVBoxLayout(self)
        lay.addWidget(heading)
        lay.addWidget(self.search)
        lay.addWidget(self.empty)
        lay.addWidget(self.tree, 1)
        lay.addWidget(self.hint)
        lay.addWidget(buttons)
        self.tree.expandAll()
        self.tree.selectionModel().currentChanged.connect(self._update_place_button)
        self.proxy.modelReset.connect(self._update_place_button)
        self.proxy.layoutChanged.connect(self._update_place_button)
        if current is not None:
            self.select(current)
        else:
            self._select_first()
        self._update_place_button()
        self.search.setFocus()

    def _update_place_button(self) -> None:
        """Nothing to place on (no navigation yet, nothing matches what was typed): the
        button says so by being off, rather than doing nothing when pressed."""
        self.place_button.setEnabled(self.tree.currentIndex().isValid())

    def select(self, node_id: int) -> None:
        matches = self.source.match(
            self.source.index(0, 0),
            NODE_ROLE,
            node_id,
            1,
            Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive,
        )
        if matches:
            index = self.proxy.mapFromSource(matches[0])
            self.tree.setCurrentIndex(index)
            self.tree.scrollTo(index)

    def _select_first(self) -> None:
        """The first item that matches itself (not an ancestor kept only for its child)."""
        index = self.proxy.index(0, 0)
        while index.isValid():
            path = str(index.data(PATH_ROLE) or "").casefold()
            if all(w in path for w in self.proxy.words):
                self.tree.setCurrentIndex(index)
                return
            index = self.tree.indexBelow(index)
        self.tree.setCurrentIndex(self.proxy.index(0, 0))

    def _filter(self, typed: str) -> None:
        self.proxy.set_words(typed)
        self.tree.expandAll()
        self._select_first()
        self._update_place_button()

    def eventFilter(self, watched: object, event: object) -> bool:
        """Up and Down in the search field move through the tree."""
        moves = (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown)
        if (
            watched is self.search
            and isinstance(event, QKeyEvent)
            and event.type() == QKeyEvent.Type.KeyPress
            and event.key() in moves
        ):
            self.tree.keyPressEvent(event)
            return True
        return super().eventFilter(watched, event)  # type: ignore[arg-type]

    def accept(self) -> None:
        index = self.tree.currentIndex()
        if not index.isValid():
            return
        self.chosen_id = int(index.data(NODE_ROLE))
        super().accept()
