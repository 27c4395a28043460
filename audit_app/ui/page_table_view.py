"""The page table's view: rows of pages, dragged onto the new navigation by a small label.

Qt's own drag image is a picture of every selected row, big enough to hide the navigation item
the user aims at; ours is a label ("3 pages") beside and below the pointer.
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtGui import QColor, QDrag, QFont, QFontMetrics, QPainter, QPixmap
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget


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
        self.last_drag_pixmap: QPixmap | None = None

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
