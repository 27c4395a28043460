"""The page table's view: rows of pages, dragged onto the new navigation by a small label.

Qt's own drag image is a picture of every selected row, big enough to hide the navigation item
the user aims at; ours is a label ("3 pages") beside and below the pointer.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import (
    QColor,
    QDrag,
    QFont,
    QFontMetrics,
    QPainter,
    QPixmap,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QMenu,
    QTableView,
    QWidget,
)

from audit_app.core.page_query import COLUMNS
from audit_app.ui.page_table_model import column_title

# What a workshop decides with fits on a 1600-pixel screen beside the panels; the rest is one
# right-click on the header away.
DEFAULT_HIDDEN = ("section", "readability", "words", "inlinks")
DEFAULT_WIDTHS = {
    "title": 230,
    "url": 150,
    "age": 70,
    "suggestion": 105,
    "decision": 100,
    "nav": 140,
    "reviewer": 100,
    "status": 80,
}
FLEXIBLE = ("title", "url", "nav")  # these give or take the width the others leave


def drag_label(text: str, font: QFont) -> QPixmap:
    metrics = QFontMetrics(font)
    box = metrics.boundingRect(text).adjusted(-8, -4, 8, 4)
    pixmap = QPixmap(box.width() + 2, box.height() + 2)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QColor("#1f3f66"))
    painter.setPen(QColor("#1f3f66"))
    painter.drawRoundedRect(QRect(0, 0, box.width(), box.height()), 6, 6)
    painter.setPen(QColor("#ffffff"))
    painter.setFont(font)
    painter.drawText(QRect(0, 0, box.width(), box.height()), Qt.AlignmentFlag.AlignCenter, text)
    painter.end()
    return pixmap


class PageTableView(QTableView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSortingEnabled(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setDragEnabled(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.setAlternatingRowColors(True)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.setWordWrap(False)
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.verticalHeader().hide()
        self.horizontalHeader().setSectionsMovable(True)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        header = self.horizontalHeader()
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)
        header.sectionResized.connect(self._section_resized)
        self.last_drag_pixmap: QPixmap | None = None
        self._fitting = False
        self._sizing = False  # fit_columns is resizing, not the user

    def apply_default_columns(self) -> None:
        """Title first, the columns a workshop decides with, widths that fit at 1600 px."""
        header = self.horizontalHeader()
        for i, key in enumerate(COLUMNS):
            header.setSectionHidden(i, key in DEFAULT_HIDDEN)
            if key in DEFAULT_WIDTHS:
                header.resizeSection(i, DEFAULT_WIDTHS[key])
        title = COLUMNS.index("title")
        header.moveSection(header.visualIndex(title), 0)
        # The panels beside the table settle their widths over the next moments, and the
        # window may change size: keep fitting until the user sizes a column.
        self._fitting = True
        self.fit_columns()

    def stop_fitting(self) -> None:
        """From now on the widths are the user's (or a restored layout's)."""
        self._fitting = False

    def _section_resized(self, *_args: object) -> None:
        if self._sizing:
            return
        if QApplication.mouseButtons() != Qt.MouseButton.NoButton:
            self.stop_fitting()  # the user drags a column edge

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self._fitting:
            self.fit_columns()

    def fit_columns(self) -> None:
        """Size the title, address and home columns so the shown columns fill the width: from
        their default widths (never from their current ones, so the many resize events while
        the panels settle do not shrink them step by step), between half and twice those."""
        header = self.horizontalHeader()
        available = self.viewport().width()
        if available < 300:
            return
        shown = [i for i in range(header.count()) if not header.isSectionHidden(i)]
        flexible = [i for i in (COLUMNS.index(k) for k in FLEXIBLE) if i in shown]
        if not flexible:
            return
        fixed = sum(header.sectionSize(i) for i in shown if i not in flexible)
        wanted = sum(DEFAULT_WIDTHS[COLUMNS[i]] for i in flexible)
        factor = min(2.0, max(0.5, (available - fixed - 2) / wanted))
        self._sizing = True
        try:
            for i in flexible:
                header.resizeSection(i, int(DEFAULT_WIDTHS[COLUMNS[i]] * factor))
        finally:
            self._sizing = False

    def _header_menu(self, pos: QPoint) -> None:
        header = self.horizontalHeader()
        menu = QMenu(self)
        menu.addSection(self.tr("Columns"))
        for i, key in enumerate(COLUMNS):
            action = menu.addAction(column_title(key))
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(i))
            action.toggled.connect(lambda on, i=i: header.setSectionHidden(i, not on))
        menu.addSeparator()
        menu.addAction(self.tr("Default columns"), self.apply_default_columns)
        self.column_menu = menu
        menu.popup(header.mapToGlobal(pos))

    def startDrag(self, supportedActions: Qt.DropAction) -> None:
        model = self.model()
        rows = self.selectionModel().selectedRows()
        if model is None or not rows:
            return
        data = model.mimeData(rows)
        if data is None:
            return
        drag = QDrag(self)
        drag.setMimeData(data)
        pixmap = drag_label(self.tr("%n pages", "", len(rows)), self.font())
        drag.setPixmap(pixmap)
        # The pointer sits above and left of the label, so the target stays in sight.
        drag.setHotSpot(QPoint(-16, -12))
        self.last_drag_pixmap = pixmap
        drag.exec(supportedActions, Qt.DropAction.CopyAction)
