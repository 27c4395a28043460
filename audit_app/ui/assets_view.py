"""The Files panel: images and other files on the old intranet, and where each is shown.

Assets are not pages (they are never decided in the workshop), but the new intranet must carry
or replace them, and every image shown without alt text is an accessibility item to fix. The
table is a model over asset addresses like the page table: the ordered addresses come from one
query off the GUI thread, cells are read in blocks when the view needs them.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QItemSelection,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from audit_app.core import assets as core
from audit_app.core.project import Project
from audit_app.ui.page_table_model import short_url
from audit_app.ui.row_cache import RowCache
from audit_app.ui.taskman import ManagedTask, tasks

URL_ROLE = Qt.ItemDataRole.UserRole + 1
PAGE_ID_ROLE = Qt.ItemDataRole.UserRole + 2
USES_SHOWN = 1000
MISSING_COLOUR = QColor("#b3261e")  # dark red: readable on white, and on a projector

Index = QModelIndex | QPersistentModelIndex


def column_title(key: str) -> str:
    titles = {
        "url": QCoreApplication.translate("AssetsPanel", "File"),
        "type": QCoreApplication.translate("AssetsPanel", "Type"),
        "size": QCoreApplication.translate("AssetsPanel", "Size"),
        "pages": QCoreApplication.translate("AssetsPanel", "Pages"),
        "missing_alt": QCoreApplication.translate("AssetsPanel", "Without alt text"),
    }
    return titles.get(key, key)


def size_text(size: int | None) -> str:
    if size is None:
        return "–"
    return QLocale().formattedDataSize(size, 0, QLocale.DataSizeFormat.DataSizeTraditionalFormat)


def read_urls(
    project: Project, flt: core.AssetFilter, sort: str, descending: bool
) -> tuple[list[str], tuple[int, int]]:
    """The ordered addresses and the totals; safe on a worker thread."""
    with project.read() as conn:
        return core.asset_urls(conn, flt, sort, descending), core.asset_totals(conn)


class AssetTableModel(QAbstractTableModel):
    """Rows are asset addresses; cells are read lazily from the project."""

    loaded = Signal()

    def __init__(self, project: Project, parent: Any = None) -> None:
        super().__init__(parent)
        self.project = project
        self.filter = core.AssetFilter()
        self.sort_key = "url"
        self.descending = False
        self.totals = (0, 0)  # (files, files shown without alt text) in the whole project
        self._urls: list[str] = []
        self._cache: RowCache[str, core.AssetRow] = RowCache(self._fetch_rows)
        self._generation = 0
        self._tasks: list[ManagedTask] = []
        self.loading = False

    # ---- loading ----------------------------------------------------------------------------

    def reload(self) -> None:
        """Ask for the addresses of the current filter and sort; the rows change when the
        answer arrives, and a newer request makes an older answer obsolete."""
        self._generation += 1
        generation = self._generation
        args = (self.project, self.filter, self.sort_key, self.descending)
        self.loading = True
        self._tasks = [t for t in self._tasks if not t.done]
        self._tasks.append(
            tasks().run_beside(
                "asset-urls",
                lambda _progress: read_urls(*args),
                on_done=lambda result: self._loaded(result, generation),
                receiver=self,
            )
        )

    def _loaded(self, result: tuple[list[str], tuple[int, int]], generation: int) -> None:
        if generation != self._generation:
            return
        self.loading = False
        self.beginResetModel()
        self._urls, self.totals = result
        self._cache.clear()
        self.endResetModel()
        self.loaded.emit()

    def wait_until_loaded(self, msecs: int = 30000) -> None:
        for task in list(self._tasks):
            task.wait(msecs)

    def set_filter(self, flt: core.AssetFilter) -> None:
        self.filter = flt
        self.reload()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(core.COLUMNS):
            return
        key, descending = core.COLUMNS[column], order == Qt.SortOrder.DescendingOrder
        if (key, descending) == (self.sort_key, self.descending):
            return
        self.sort_key, self.descending = key, descending
        self.reload()

    def _row(self, row: int) -> core.AssetRow | None:
        return self._cache.get(self._urls, row)

    def _fetch_rows(self, urls: list[str]) -> dict[str, core.AssetRow]:
        with self.project.read() as conn:
            return core.fetch_assets(conn, urls)

    def url(self, row: int) -> str | None:
        return self._urls[row] if 0 <= row < len(self._urls) else None

    def row_data(self, row: int) -> core.AssetRow | None:
        return self._row(row) if 0 <= row < len(self._urls) else None

    # ---- Qt model API -----------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._urls)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(core.COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(core.COLUMNS)
            and role == Qt.ItemDataRole.DisplayRole
        ):
            return column_title(core.COLUMNS[section])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return (
            Qt.ItemFlag.ItemIsEnabled
            | Qt.ItemFlag.ItemIsSelectable
            | Qt.ItemFlag.ItemNeverHasChildren
        )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self._urls):
            return None
        key = core.COLUMNS[index.column()]
        if role == URL_ROLE:
            return self._urls[index.row()]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if key in ("size", "pages", "missing_alt"):
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            return None
        if role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
            Qt.ItemDataRole.ForegroundRole,
        ):
            return None
        row = self._row(index.row())
        if row is None:
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            if key == "missing_alt" and row.missing_alt:
                return QBrush(MISSING_COLOUR)
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            if key == "url":
                return row.url
            if key == "size" and row.size_bytes is None:
                return QCoreApplication.translate(
                    "AssetsPanel",
                    "Not fetched: pages show it, but no link leads to it, so its size is unknown",
                )
            if key == "missing_alt":
                return QCoreApplication.translate(
                    "AssetsPanel", "%n time(s) shown without alt text", "", row.missing_alt
                )
            return None
        return self._display(key, row)

    def _display(self, key: str, row: core.AssetRow) -> str:
        locale = QLocale()
        if key == "url":
            return short_url(row.url)
        if key == "type":
            return row.file_type
        if key == "size":
            return size_text(row.size_bytes)
        if key == "pages":
            return locale.toString(row.pages)
        if key == "missing_alt":
            return locale.toString(row.missing_alt) if row.missing_alt else ""
        return ""


class AssetsPanel(QWidget):
    """The Files panel: the table, a filter, and the pages that show the chosen file."""

    pageRequested = Signal(int)  # a page id: select it in the page table

    def __init__(self, project: Project, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.project = project
        self.model = AssetTableModel(project, self)
        self.model.loaded.connect(self._loaded)

        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search in addresses"))
        self.search.setClearButtonEnabled(True)
        self.missing_only = QCheckBox(self.tr("Only files without alt text"), self)
        self.missing_only.setToolTip(
            self.tr(
                "Images that at least one page shows without alt text: screen reader users "
                "miss what they show. The new intranet must fix these."
            )
        )
        self.summary = QLabel(self)
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(250)
        self._search_timer.timeout.connect(self._apply_filter)
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self.missing_only.toggled.connect(lambda _on: self._apply_filter())
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.missing_only)
        top.addWidget(self.summary)

        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        row_height = self.fontMetrics().height() + 8  # as dense as the page table
        self.table.verticalHeader().setDefaultSectionSize(row_height)
        self.table.setWordWrap(False)
        hh = self.table.horizontalHeader()
        hh.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for col, width in ((1, 60), (2, 90), (3, 70), (4, 120)):
            hh.setSectionResizeMode(col, QHeaderView.ResizeMode.Interactive)
            self.table.setColumnWidth(col, width)
        self.table.setSortingEnabled(True)
        hh.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self.table.selectionModel().selectionChanged.connect(self._selection_changed)

        self.uses_label = QLabel(self)
        self.uses_label.setWordWrap(True)
        self.uses = QTableWidget(0, 2, self)
        self.uses.setHorizontalHeaderLabels([self.tr("Shown on page"), self.tr("Alt text")])
        self.uses.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.uses.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.uses.verticalHeader().hide()
        self.uses.verticalHeader().setDefaultSectionSize(row_height)
        self.uses.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.uses.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.uses.setToolTip(self.tr("Double-click a page to show it in the page table."))
        self.uses.itemActivated.connect(self._use_activated)
        below = QWidget(self)
        below_layout = QVBoxLayout(below)
        below_layout.setContentsMargins(0, 0, 0, 0)
        below_layout.addWidget(self.uses_label)
        below_layout.addWidget(self.uses, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.table)
        splitter.addWidget(below)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addLayout(top)
        layout.addWidget(splitter, 1)
        self._show_uses(None)
        self.reload()

    # ---- loading ----------------------------------------------------------------------------

    def reload(self) -> None:
        self.summary.setText(self.tr("Loading…"))
        self.model.reload()

    def wait_until_loaded(self) -> None:
        self.model.wait_until_loaded()

    def _apply_filter(self) -> None:
        self.model.set_filter(
            core.AssetFilter(
                missing_alt=self.missing_only.isChecked(), search=self.search.text().strip()
            )
        )

    def _loaded(self) -> None:
        total, missing = self.model.totals
        shown = self.model.rowCount()
        locale = QLocale()
        if total == 0:
            text = self.tr("No images or other files found")
        elif shown == total:
            text = self.tr("%n file(s), %1 without alt text", "", total)
            text = text.replace("%1", locale.toString(missing))
        else:
            text = self.tr("%1 of %n file(s) shown, %2 without alt text", "", total)
            text = text.replace("%1", locale.toString(shown))
            text = text.replace("%2", locale.toString(missing))
        self.summary.setText(text)
        if shown:
            self.table.selectRow(0)
        else:
            self._show_uses(None)

    # ---- the pages that show the chosen file ------------------------------------------------

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = self.table.selectionModel().selectedRows()
        self._show_uses(self.model.url(rows[0].row()) if rows else None)

    def current_url(self) -> str | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.url(rows[0].row()) if rows else None

    def _show_uses(self, url: str | None) -> None:
        self.uses.setRowCount(0)
        if url is None:
            self.uses_label.setText(self.tr("Choose a file to see the pages that show it."))
            return
        with self.project.read() as conn:
            uses, total = core.asset_uses(conn, url, USES_SHOWN)
        if total == 0:
            self.uses_label.setText(
                self.tr("%1: linked to, but no page shows it as an image.").replace(
                    "%1", short_url(url)
                )
            )
            return
        text = self.tr("%1 is shown %n time(s) on pages:", "", total).replace("%1", short_url(url))
        if total > len(uses):
            text += " " + self.tr("the first %1, those without alt text first.").replace(
                "%1", QLocale().toString(len(uses))
            )
        self.uses_label.setText(text)
        self.uses.setRowCount(len(uses))
        italic = QFont(self.uses.font())
        italic.setItalic(True)
        for i, use in enumerate(uses):
            page = QTableWidgetItem(use.title or short_url(use.page_url))
            page.setToolTip(use.page_url)
            page.setData(PAGE_ID_ROLE, use.page_id)
            if use.alt is None:
                alt = QTableWidgetItem(self.tr("no alt text"))
                alt.setForeground(QBrush(MISSING_COLOUR))
                alt.setFont(italic)
            elif not use.alt.strip():
                alt = QTableWidgetItem(self.tr("empty (decorative image)"))
                alt.setFont(italic)
            else:
                alt = QTableWidgetItem(use.alt)
            alt.setData(PAGE_ID_ROLE, use.page_id)
            self.uses.setItem(i, 0, page)
            self.uses.setItem(i, 1, alt)

    def _use_activated(self, item: QTableWidgetItem) -> None:
        page_id = item.data(PAGE_ID_ROLE)
        if page_id is not None:
            self.pageRequested.emit(int(page_id))
